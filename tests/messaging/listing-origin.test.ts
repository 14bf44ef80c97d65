import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listingOriginProblem, listingOriginProblemFor } from '@/lib/messaging/listing-origin';
import type { Listing } from '@/lib/model/listing';

const FIXTURES = join(import.meta.dirname, '../fixtures');

interface Expected {
  url: string;
  listing: Pick<Listing, 'siteId' | 'listingKey' | 'source'> | null;
}

/** Every listing the site readers derive from a fixture page, with the page's URL. */
function fixtureListings() {
  const found: { name: string; url: string; listing: Expected['listing'] & object }[] = [];
  for (const site of readdirSync(FIXTURES)) {
    for (const file of readdirSync(join(FIXTURES, site)).filter((f) => f.endsWith('.expected.json'))) {
      const expected = JSON.parse(readFileSync(join(FIXTURES, site, file), 'utf8')) as Expected;
      if (expected.listing)
        found.push({ name: `${site}/${file}`, url: expected.url, listing: expected.listing });
    }
  }
  return found;
}

describe('listingOriginProblem', () => {
  const fixtures = fixtureListings();

  it('accepts every listing the readers derive from a page, sent from that page', () => {
    expect(fixtures.length).toBeGreaterThan(20);
    for (const { name, url, listing } of fixtures) {
      expect([name, listingOriginProblem({ ...listing, url }, url)]).toEqual([name, null]);
    }
  });

  it('refuses a listing keyed for another site', () => {
    const upwork = 'https://www.upwork.com/jobs/~021234567890123456789';
    const linkedin = { siteId: 'linkedin', listingKey: 'linkedin:4012345678', source: 'adapter' as const };
    expect(listingOriginProblem({ ...linkedin, url: upwork }, upwork)).toMatch(/another site|not this page/);
    expect(listingOriginProblem({ ...linkedin, siteId: 'upwork', url: upwork }, upwork)).toMatch(
      /another site/,
    );
    // The listing claims a LinkedIn address while the sending tab is on Upwork.
    expect(
      listingOriginProblem({ ...linkedin, url: 'https://www.linkedin.com/jobs/view/4012345678/' }, upwork),
    ).toMatch(/another site/);
  });

  it('refuses another job of the same site when the URL names the job', () => {
    const url = 'https://www.linkedin.com/jobs/view/4012345678/';
    const own = { siteId: 'linkedin', listingKey: 'linkedin:4012345678', source: 'adapter' as const, url };
    expect(listingOriginProblem(own, url)).toBeNull();
    expect(listingOriginProblem({ ...own, listingKey: 'linkedin:4099999999' }, url)).toMatch(/another job/);
    expect(listingOriginProblem({ ...own, listingKey: 'linkedin:' }, url)).toMatch(/another site/);
  });

  it('keys a selection and a page no adapter claims by host', () => {
    const url = 'https://mail.example.org/inbox/42';
    const selection = {
      siteId: 'mail.example.org',
      listingKey: 'mail.example.org:selection-abc',
      source: 'selection' as const,
      url,
    };
    expect(listingOriginProblem(selection, url)).toBeNull();
    expect(listingOriginProblem({ ...selection, listingKey: 'mail.example.org:42' }, url)).toMatch(
      /another site/,
    );
    const generic = {
      ...selection,
      source: 'generic' as const,
      listingKey: 'mail.example.org:mail.example.org/inbox/42',
    };
    expect(listingOriginProblem(generic, url)).toBeNull();
    expect(listingOriginProblem({ ...generic, siteId: 'example.org' }, url)).toMatch(/not this page/);
  });

  it('refuses pages that are not web pages and addresses it cannot read', () => {
    const listing = { siteId: 'x', listingKey: 'x:1', source: 'generic' as const, url: 'https://x/' };
    expect(listingOriginProblem(listing, undefined)).toMatch(/cannot be read/);
    expect(listingOriginProblem({ ...listing, url: 'file:///x' }, 'file:///x')).toMatch(/web pages/);
  });

  it('accepts a listing that matches either address the browser gives for the sender', () => {
    // A single-page site moved on: the frame's address is the one it loaded with, the tab's is new.
    const loaded = 'https://www.linkedin.com/jobs/search/?currentJobId=4012345681&keywords=x';
    const now = 'https://www.linkedin.com/jobs/search/?currentJobId=4012345682&keywords=x';
    const listing = {
      siteId: 'linkedin',
      listingKey: 'linkedin:4012345682',
      source: 'adapter' as const,
      url: now,
    };
    expect(listingOriginProblem(listing, loaded)).toMatch(/another job/);
    expect(listingOriginProblemFor(listing, [now, loaded])).toBeNull();
    expect(listingOriginProblemFor(listing, [undefined, now])).toBeNull();
    const upwork = 'https://www.upwork.com/jobs/~021234567890123456789';
    expect(listingOriginProblemFor({ ...listing, url: upwork }, [upwork, upwork])).toMatch(/not this page/);
    expect(listingOriginProblemFor(listing, [undefined, undefined])).toMatch(/cannot be read/);
  });
});
