import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  hostIsOrUnder,
  identityById,
  identityOf,
  platformIdentityForUrl,
  SITE_IDENTITIES,
  siteIdentityForUrl,
  type SiteId,
  type SiteIdentity,
} from '../../lib/sites/identity';
import { ADAPTERS } from '../../lib/sites/registry';
import type { SiteAdapter } from '../../lib/sites/types';
import { importGraph, ROOT } from '../architecture/import-graph';

const IDENTITY_KEYS = [
  'id',
  'name',
  'kind',
  'officialDomains',
  'postsVia',
  'aliases',
  'hostTokens',
  'boardSlug',
] as const satisfies readonly (keyof SiteIdentity)[];

function identityPart(adapter: SiteAdapter): Partial<SiteIdentity> {
  return Object.fromEntries(IDENTITY_KEYS.filter((k) => k in adapter).map((k) => [k, adapter[k]]));
}

describe('site identity data', () => {
  it('lists the same sites as the registry, one to one and in the same order', () => {
    expect(ADAPTERS.map((a) => a.id)).toEqual(SITE_IDENTITIES.map((s) => s.id));
    expect(new Set(SITE_IDENTITIES.map((s) => s.id)).size).toBe(SITE_IDENTITIES.length);
  });

  it.each(ADAPTERS.map((a) => [a.id, a] as const))(
    '%s: the adapter’s identity is its data entry',
    (id, a) => {
      const identity = identityById(id);
      expect(identity).toBeDefined();
      // The same values, and the same functions (boardSlug), with nothing added or overridden.
      expect(identityPart(a)).toStrictEqual(identity);
      for (const key of IDENTITY_KEYS) expect(a[key]).toBe(identity?.[key]);
    },
  );

  it('is declared only in the data: no adapter file states an identity field itself', () => {
    const field = new RegExp(`^ {2}(?:${IDENTITY_KEYS.join('|')})\\s*[:(]`, 'm');
    for (const adapter of ADAPTERS) {
      const source = readFileSync(join(ROOT, 'lib/sites/adapters', `${adapter.id}.ts`), 'utf8');
      expect(source, `${adapter.id}.ts declares an identity field`).not.toMatch(field);
      expect(source).toContain(`...identityOf('${adapter.id}')`);
    }
  });

  it('gives every ATS a board reader and names only ATSes in postsVia', () => {
    for (const site of SITE_IDENTITIES) {
      expect(typeof site.boardSlug === 'function', site.id).toBe(site.kind === 'ats');
      for (const via of site.postsVia ?? []) expect(identityById(via.adapterId)?.kind).toBe('ats');
    }
  });

  it('refuses an unknown id instead of returning an empty identity', () => {
    expect(() => identityOf('nosuchsite' as SiteId)).toThrow(/nosuchsite/);
  });

  it('reads each ATS board from its URL forms', () => {
    const slug = (id: SiteId, url: string) => identityOf(id).boardSlug?.(new URL(url));
    expect(slug('greenhouse', 'https://job-boards.greenhouse.io/scaleai/jobs/4655744005')).toBe('scaleai');
    expect(
      slug('greenhouse', 'https://boards.greenhouse.io/embed/job_app?for=outlier&token=4655744005'),
    ).toBe('outlier');
    expect(slug('greenhouse', 'https://job-boards.greenhouse.io/scaleai')).toBeUndefined();
    expect(slug('lever', 'https://jobs.lever.co/appen-2/d68f2b43-5413-480d-8cb0-b14d4fafde0e/apply')).toBe(
      'appen-2',
    );
    expect(slug('lever', 'https://jobs.lever.co/')).toBeUndefined();
    expect(slug('ashby', 'https://jobs.ashbyhq.com/mercor/982a0751-e9eb-4b96-ac93-a1fd1d2f9152')).toBe(
      'mercor',
    );
    expect(slug('workable', 'https://apply.workable.com/toloka-ai/j/5A1B2C3D4E/')).toBe('toloka-ai');
    expect(slug('workable', 'https://toloka-annotators.workable.com/j/9F8E7D6C5B')).toBe('toloka-annotators');
  });

  it('finds the site and the platform behind a URL from the data alone', () => {
    expect(siteIdentityForUrl(new URL('https://uk.indeed.com/viewjob?jk=0123456789abcdef'))?.id).toBe(
      'indeed',
    );
    expect(siteIdentityForUrl(new URL('https://outlier.ai.evil.example/x'))).toBeUndefined();
    expect(
      platformIdentityForUrl(new URL('https://jobs.lever.co/appen/b5a3495f-c569-4b54-a5b7-e18e67024e1a'))?.id,
    ).toBe('appen');
    expect(
      platformIdentityForUrl(new URL('https://apply.workable.com/huggingface/j/1A2B3C4D5E')),
    ).toBeUndefined();
    expect(platformIdentityForUrl(new URL('https://www.linkedin.com/jobs/view/4012345678/'))).toBeUndefined();
    expect(hostIsOrUnder('app.outlier.ai', 'outlier.ai')).toBe(true);
    expect(hostIsOrUnder('notoutlier.ai', 'outlier.ai')).toBe(false);
  });
});

/**
 * The lib/sites modules analysis may import (eslint.config.js, SITES_READ_BY_ANALYSIS;
 * tests/architecture/layers.test.ts checks the lint allows exactly these).
 */
const READ_BY_ANALYSIS = [
  'lib/sites/identity/index.ts',
  'lib/sites/platform-identity.ts',
  'lib/sites/job-posting-json.ts',
  'lib/sites/text-tags.ts',
];

/** `entry` and every source file it reaches through imports. */
function reachedFrom(entry: string, graph: Map<string, string[]>): string[] {
  const seen = new Set([entry]);
  for (const file of seen) for (const next of graph.get(file) ?? []) seen.add(next);
  return [...seen];
}

describe('what analysis reads of lib/sites', () => {
  const graph = importGraph(['lib']);
  const DOM = /\bdocument\b|\bDocument\b|querySelector|\bwindow\b|\bElement\b|\bParentNode\b/;

  it.each(READ_BY_ANALYSIS.map((f) => [f]))('%s reaches no DOM code and no adapter', (entry) => {
    const reached = reachedFrom(entry, graph);
    expect(reached.length).toBeGreaterThan(0);
    for (const file of reached) {
      expect(file, `${entry} loads ${file}`).not.toMatch(/^lib\/sites\/(?:adapters\/|registry|read|extract)/);
      expect(
        readFileSync(join(ROOT, file), 'utf8'),
        `${file}, reached from ${entry}, touches the DOM`,
      ).not.toMatch(DOM);
    }
  });

  it('covers all of the identity data', () => {
    const reached = reachedFrom('lib/sites/identity/index.ts', graph);
    for (const file of graph.keys())
      if (file.startsWith('lib/sites/identity/')) expect(reached).toContain(file);
  });

  it('would notice a DOM module if one were imported', () => {
    // The same walk from the registry reaches the adapters and their DOM code.
    const reached = reachedFrom('lib/sites/registry.ts', graph);
    expect(reached).toContain('lib/sites/adapters/outlier.ts');
    expect(reached.some((f) => DOM.test(readFileSync(join(ROOT, f), 'utf8')))).toBe(true);
  });
});
