import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ADAPTERS, findListingAdapter } from '../../lib/sites/registry';
import { FIXTURES_DIR, loadFixtures } from './fixtures';

const fixtures = loadFixtures();

describe('fixtures cover every adapter', () => {
  it.each(ADAPTERS.map((a) => [a.id]))('%s has at least two listing fixtures with expectations', (id) => {
    const dir = join(FIXTURES_DIR, id);
    expect(existsSync(dir), `tests/fixtures/${id}/ is missing`).toBe(true);
    const pages = readdirSync(dir).filter((f) => f.endsWith('.html'));
    for (const page of pages) {
      expect(
        existsSync(join(dir, page.replace(/\.html$/, '.expected.json'))),
        `${id}/${page} lacks expectations`,
      ).toBe(true);
    }
    const listings = fixtures.filter((f) => f.siteId === id && f.listing);
    expect(listings.length).toBeGreaterThanOrEqual(2);
  });

  it.each(ADAPTERS.map((a) => [a.id, a] as const))(
    '%s has a listing fixture for every URL form it reads',
    (id, adapter) => {
      const urls = fixtures.filter((f) => f.siteId === id && f.listing).map((f) => f.url);
      for (const form of adapter.listingUrl) {
        expect(
          urls.some((url) => form.test(url)),
          `no ${id} fixture has a URL of the form ${form.source}`,
        ).toBe(true);
      }
    },
  );

  it('has no fixture folder without an adapter', () => {
    const ids = new Set(ADAPTERS.map((a) => a.id));
    for (const dir of readdirSync(FIXTURES_DIR)) {
      const pages = readdirSync(join(FIXTURES_DIR, dir)).filter((f) => f.endsWith('.html'));
      if (pages.length) expect(ids.has(dir), `tests/fixtures/${dir} names no adapter`).toBe(true);
    }
  });

  it.each(fixtures.map((f) => [`${f.siteId}/${f.name}`, f] as const))('%s is well-formed', (_label, f) => {
    expect(f.url).toMatch(/^https:\/\//);
    if (f.listing) {
      expect(findListingAdapter(f.url)?.id, `${f.url} is not a ${f.siteId} listing URL`).toBe(f.siteId);
      expect(f.listing.siteId).toBe(f.siteId);
      expect(f.listing.descriptionIncludes.length).toBeGreaterThan(0);
      expect(['adapter', 'json-ld', 'generic']).toContain(f.listing.source);
    }
    const html = readFileSync(f.htmlPath, 'utf8');
    expect(html.length).toBeLessThan(40_000);
    // Fixtures must load offline: no external scripts, styles or images to fetch.
    expect(html).not.toMatch(/<script[^>]+src=["']https?:/i);
    expect(html).not.toMatch(/<img[^>]+src=["']https?:/i);
  });

  it('includes fallback fixtures for JSON-LD and the generic reader', () => {
    const sources = new Set(fixtures.map((f) => f.listing?.source));
    expect(sources).toEqual(new Set(['adapter', 'json-ld', 'generic', undefined]));
  });
});
