import { describe, expect, it } from 'vitest';
import {
  ADAPTERS,
  CONTENT_SCRIPT_MATCHES,
  SPA_HOSTS,
  adapterById,
  findListingAdapter,
  findPlatformForUrl,
  findSiteAdapter,
} from '../../lib/sites/registry';

describe.each(ADAPTERS.map((a) => [a.id, a] as const))('%s', (_id, adapter) => {
  it.each(adapter.testUrls.listing.map((u) => [u]))(
    'detects %s as its listing and no other site’s',
    (url) => {
      expect(findListingAdapter(url)?.id).toBe(adapter.id);
      for (const other of ADAPTERS) {
        if (other === adapter) continue;
        const claims =
          other.listingUrl.some((re) => re.test(url)) && !other.notListing?.some((re) => re.test(url));
        expect(claims, `${other.id} also claims ${url}`).toBe(false);
      }
    },
  );

  it.each((adapter.testUrls.notListing ?? []).map((u) => [u]))('does not treat %s as a listing', (url) => {
    expect(findListingAdapter(url)).toBeUndefined();
  });

  it('declares its hosts, its listing hosts inside them, and a cited domain', () => {
    expect(adapter.officialDomains.length).toBeGreaterThan(0);
    expect(adapter.matches.length).toBeGreaterThan(0);
    for (const url of adapter.testUrls.listing) {
      expect(findSiteAdapter(new URL(url))?.id).toBe(adapter.id);
      expect(
        CONTENT_SCRIPT_MATCHES.some((m) => matchPattern(m, url)),
        `no manifest pattern covers ${url}`,
      ).toBe(true);
    }
  });

  it('uses anchored patterns', () => {
    for (const re of [...adapter.listingUrl, ...(adapter.notListing ?? [])])
      expect(re.source.startsWith('^')).toBe(true);
  });

  it('answers quickly on long hostile URLs (no catastrophic backtracking)', () => {
    const host = new URL(adapter.testUrls.listing[0]).origin;
    const hostile = [
      `${host}/${'a-'.repeat(5000)}!`,
      `${host}/jobs/${'1'.repeat(5000)}x`,
      `${host}/jobs/search/?${'a=1&'.repeat(3000)}currentJobId=x`,
      `${host}/${'~0'.repeat(3000)}`,
    ];
    const start = performance.now();
    for (const url of hostile) {
      for (const re of [...adapter.listingUrl, ...(adapter.notListing ?? [])]) re.test(url);
    }
    expect(performance.now() - start).toBeLessThan(50);
  });

  it('names only existing ATS adapters in postsVia', () => {
    for (const via of adapter.postsVia ?? []) {
      expect(adapterById(via.adapterId)?.kind).toBe('ats');
      expect(via.boardSlugs.length).toBeGreaterThan(0);
    }
  });
});

describe('registry', () => {
  it('has unique ids', () => {
    expect(new Set(ADAPTERS.map((a) => a.id)).size).toBe(ADAPTERS.length);
  });

  it('lists the SPA hosts', () => {
    expect(SPA_HOSTS).toEqual(expect.arrayContaining(['linkedin.com', 'indeed.com']));
  });

  it('maps ATS boards back to the platforms that post through them', () => {
    expect(findPlatformForUrl(new URL('https://job-boards.greenhouse.io/scaleai/jobs/4655744005'))?.id).toBe(
      'scaleai',
    );
    expect(
      findPlatformForUrl(new URL('https://jobs.lever.co/appen/b5a3495f-c569-4b54-a5b7-e18e67024e1a'))?.id,
    ).toBe('appen');
    expect(findPlatformForUrl(new URL('https://apply.workable.com/toloka-ai/j/5A1B2C3D4E/'))?.id).toBe(
      'toloka',
    );
    expect(
      findPlatformForUrl(new URL('https://jobs.ashbyhq.com/openai/982a0751-e9eb-4b96-ac93-a1fd1d2f9152')),
    ).toBeUndefined();
    expect(
      findPlatformForUrl(new URL('https://work.mercor.com/jobs/list_AAABmZxe1Lvr8tEByeFKTr9q'))?.id,
    ).toBe('mercor');
  });

  it('rejects hosts that only resemble a site', () => {
    expect(
      findListingAdapter('https://app.outlier.ai.evil.example/en/expert/opportunities/x'),
    ).toBeUndefined();
    expect(findListingAdapter('https://www.linkedin.com.evil.example/jobs/view/4012345678/')).toBeUndefined();
    expect(findListingAdapter('not a url')).toBeUndefined();
  });
});

/** Chrome match-pattern semantics for https URLs: scheme, host (with *. wildcard) and path glob. */
function matchPattern(pattern: string, url: string): boolean {
  const m = /^https:\/\/(\*\.)?([^/]+)(\/.*)$/.exec(pattern);
  if (!m) return false;
  const u = new URL(url);
  const hostOk = m[1] ? u.hostname === m[2] || u.hostname.endsWith(`.${m[2]}`) : u.hostname === m[2];
  const path = new RegExp(
    `^${m[3]
      .split('*')
      .map((s) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
      .join('.*')}$`,
  );
  return hostOk && path.test(u.pathname + u.search);
}
