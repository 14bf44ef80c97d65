import type { ExtractedFields } from './types';
import { textOf } from './dom-text';
import { meta } from './read';

/** Last resort: the page's main content and heading, when neither adapter nor JSON-LD found a listing. */
export function readMainContent(doc: Document): ExtractedFields | null {
  const main =
    doc.querySelector('main, [role="main"], article') ??
    [...doc.querySelectorAll('div, section')]
      .map((el) => ({ el, len: (el.textContent ?? '').length }))
      .filter(({ len }) => len > 200)
      .sort((a, b) => a.len - b.len)[0]?.el ??
    doc.body;
  const description = textOf(main).slice(0, 100_000);
  const title = textOf(main?.querySelector('h1') ?? doc.querySelector('h1')) || doc.title.trim();
  if (!description || description.length < 80) return null;
  return { title, company: meta(doc, 'og:site_name'), description };
}
