import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const FIXTURES_DIR = resolve(import.meta.dirname, '../fixtures');

export interface FixturePage {
  siteId: string;
  name: string;
  file: string;
  url: string;
  /** The expected Listing fields (descriptionIncludes checks the description by inclusion). */
  listing: Record<string, unknown> & { title?: string; company?: string; payText?: string };
}

/** Every saved page in tests/fixtures/<site>/<name>.html with its <name>.expected.json. */
export function fixturePages(): FixturePage[] {
  if (!existsSync(FIXTURES_DIR)) return [];
  const pages: FixturePage[] = [];
  for (const siteId of readdirSync(FIXTURES_DIR).sort()) {
    const dir = join(FIXTURES_DIR, siteId);
    let names: string[];
    try {
      names = readdirSync(dir);
    } catch {
      continue;
    }
    for (const fileName of names.filter((n) => n.endsWith('.expected.json')).sort()) {
      const name = fileName.replace(/\.expected\.json$/, '');
      const file = join(dir, `${name}.html`);
      if (!existsSync(file)) continue;
      const expected = JSON.parse(readFileSync(join(dir, fileName), 'utf8')) as {
        url: string;
        listing: FixturePage['listing'];
      };
      pages.push({ siteId, name, file, url: expected.url, listing: expected.listing });
    }
  }
  return pages;
}
