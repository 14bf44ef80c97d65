const HIGHLIGHT_NAME = 'tasklens-evidence';
const FALLBACK_MS = 2500;

type HighlightRegistry = { set(name: string, value: unknown): void; delete(name: string): void };
type HighlightCtor = new (...ranges: Range[]) => unknown;

/**
 * Finds `snippet` in the page's visible text and returns its Range. Whitespace is ignored on both
 * sides: the listing text was read with line breaks between blocks, while the page may split a
 * word across inline elements or spread a sentence over several lines.
 */
function findTextRange(doc: Document, snippet: string): Range | null {
  const wanted = snippet.replace(/\s+/g, '').toLowerCase();
  if (!wanted || !doc.body) return null;
  const walker = doc.createTreeWalker(doc.body, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) =>
      node.parentElement?.closest('script, style, noscript, template, tasklens-panel')
        ? NodeFilter.FILTER_REJECT
        : NodeFilter.FILTER_ACCEPT,
  });
  // The page's text without whitespace, remembering where each character came from.
  let flat = '';
  const origin: { node: Text; offset: number }[] = [];
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    const value = node.nodeValue ?? '';
    for (let i = 0; i < value.length; i++) {
      if (/\s/.test(value[i])) continue;
      // Lowercasing can lengthen a character (İ): every unit it yields points back to it.
      const lower = value[i].toLowerCase();
      flat += lower;
      for (let k = 0; k < lower.length; k++) origin.push({ node, offset: i });
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

let sheet: CSSStyleSheet | undefined;

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
    // The page may replace its adopted sheets at any time: put ours back when it is gone.
    if (!sheet || !doc.adoptedStyleSheets.includes(sheet)) {
      sheet ??= new CSSStyleSheet();
      sheet.replaceSync(
        `::highlight(${HIGHLIGHT_NAME}) { background-color: #ffd43b !important; color: #111 !important; }`,
      );
      doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
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
