import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { Window } from 'happy-dom';

export const FIXTURES_DIR = join(__dirname, '..', 'fixtures');

export interface ExpectedListing {
  siteId: string;
  listingKey: string;
  title: string;
  company: string;
  location?: string;
  payText?: string;
  employmentType?: string;
  postedAt?: string;
  /** The step list exactly, in the page's words. */
  steps?: string[];
  source: 'adapter' | 'json-ld' | 'generic';
  descriptionIncludes: string[];
  /** Phrases the client block must hold (Upwork's "About the client"). */
  clientTextIncludes?: string[];
}

export interface Fixture {
  siteId: string;
  name: string;
  htmlPath: string;
  url: string;
  listing: ExpectedListing | null;
}

/** Every `tests/fixtures/<siteId>/<name>.html` with its `<name>.expected.json`. */
export function loadFixtures(): Fixture[] {
  const out: Fixture[] = [];
  for (const siteId of readdirSync(FIXTURES_DIR)) {
    const dir = join(FIXTURES_DIR, siteId);
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.html'))) {
      const name = file.replace(/\.html$/, '');
      const expectedPath = join(dir, `${name}.expected.json`);
      if (!existsSync(expectedPath)) throw new Error(`${siteId}/${file} has no ${name}.expected.json`);
      const expected = JSON.parse(readFileSync(expectedPath, 'utf8')) as Pick<Fixture, 'url' | 'listing'>;
      out.push({ siteId, name, htmlPath: join(dir, file), url: expected.url, listing: expected.listing });
    }
  }
  return out;
}

/** A happy-dom document at the fixture's real URL, scripts not run (as a content script would first see it). */
export function documentFor(fixture: Fixture): { document: Document; close: () => Promise<void> } {
  const window = new Window({
    url: fixture.url,
    settings: {
      disableJavaScriptEvaluation: true,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
    },
  });
  // Our own fixture files, parsed with scripts off: the test needs the page exactly as shipped.
  // eslint-disable-next-line no-unsanitized/method
  window.document.write(readFileSync(fixture.htmlPath, 'utf8'));
  return { document: window.document as unknown as Document, close: () => window.happyDOM.close() };
}
