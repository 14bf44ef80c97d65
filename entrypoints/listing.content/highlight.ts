const HIGHLIGHT_NAME = 'tasklens-evidence';
const FALLBACK_MS = 2500;

type HighlightRegistry = { set(name: string, value: unknown): void; delete(name: string): void };
type HighlightCtor = new (...ranges: Range[]) => unknown;

/** Finds `snippet` in the page's visible text (whitespace-insensitive) and returns its Range. */
export function findTextRange(doc: Document, snippet: string): Range | null {
  const wanted = snippet.replace(/\s+/g, ' ').trim().toLowerCase();
  if (!wanted || !doc.body) return null;
  const walker = doc.createTreeWalker(doc.body, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) =>
      node.parentElement?.closest('script, style, noscript, template, tasklens-panel')
        ? NodeFilter.FILTER_REJECT
        : NodeFilter.FILTER_ACCEPT,
  });
  // Flatten the text with one space for every whitespace run, remembering where each char came from.
  let flat = '';
  const origin: { node: Text; offset: number }[] = [];
  let lastWasSpace = true;
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    const value = node.nodeValue ?? '';
    for (let i = 0; i < value.length; i++) {
      const space = /\s/.test(value[i]);
      if (space && lastWasSpace) continue;
      flat += space ? ' ' : value[i].toLowerCase();
      origin.push({ node, offset: i });
      lastWasSpace = space;
    }
    if (!lastWasSpace) {
      flat += ' ';
      origin.push({ node, offset: value.length });
      lastWasSpace = true;
    }
  }
  const at = flat.indexOf(wanted);
  if (at < 0) return null;
  const start = origin[at];
  const end = origin[at + wanted.length - 1];
  const range = doc.createRange();
  range.setStart(start.node, start.offset);
  range.setEnd(end.node, Math.min(end.offset + 1, end.node.length));
  return range;
}

let styled = false;

/**
 * Shows the evidence in the page with the CSS Custom Highlight API, which paints without touching
 * the page's DOM. Where the API is missing, scroll there and outline the element for a moment.
 */
export function highlightSnippet(doc: Document, snippet: string): boolean {
  const range = findTextRange(doc, snippet);
  if (!range) return false;
  const target = range.startContainer.parentElement;
  target?.scrollIntoView({ block: 'center', behavior: 'smooth' });
  const registry = (globalThis.CSS as unknown as { highlights?: HighlightRegistry }).highlights;
  const Highlight = (globalThis as unknown as { Highlight?: HighlightCtor }).Highlight;
  if (registry && Highlight) {
    if (!styled) {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(`::highlight(${HIGHLIGHT_NAME}) { background-color: #ffd43b; color: #111; }`);
      doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
      styled = true;
    }
    registry.set(HIGHLIGHT_NAME, new Highlight(range));
    return true;
  }
  if (target) {
    const previous = target.style.outline;
    target.style.outline = '3px solid #f59f00';
    setTimeout(() => (target.style.outline = previous), FALLBACK_MS);
  }
  return true;
}
