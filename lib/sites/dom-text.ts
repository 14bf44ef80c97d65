import { BLOCK_TAGS, SKIPPED_TAGS } from './text-tags';

/**
 * Readable text of an element: block elements become line breaks, scripts and styles are dropped,
 * runs of spaces fold. Works on any DOM (the live page, happy-dom in tests).
 */
export function textOf(el: Element | null | undefined): string {
  if (!el) return '';
  const parts: string[] = [];
  const walk = (node: Node) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) parts.push(child.nodeValue ?? '');
      else if (child.nodeType === 1) {
        const tag = (child as Element).tagName.toLowerCase();
        if (SKIPPED_TAGS.has(tag)) continue;
        const block = BLOCK_TAGS.has(tag);
        if (block) parts.push('\n');
        walk(child);
        if (block) parts.push('\n');
      }
    }
  };
  walk(el);
  return parts
    .join('')
    .replace(/[ \t\u00a0]+/g, ' ')
    .replace(/ *\n[\n ]*/g, '\n')
    .trim();
}

/**
 * HTML held in page data (JSON-LD, a single-page app's state) as readable text. It is parsed into
 * an inert document of the page's own window, so nothing in it runs or loads.
 */
export function htmlToText(html: string | undefined, doc: Document): string {
  if (!html) return '';
  const view = doc.defaultView as (Window & typeof globalThis) | null;
  const Parser = view?.DOMParser ?? globalThis.DOMParser;
  return textOf(new Parser().parseFromString(html, 'text/html').body);
}
