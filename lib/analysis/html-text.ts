/**
 * Readable text from an HTML string without a DOM (the analyser also runs in Node and workers).
 * A single forward scan with indexOf: linear in the input, no regex backtracking over the page.
 */
import { BLOCK_TAGS, SKIPPED_TAGS } from '../sites/text-tags';

// A whole document's <title> is a line of its own too.
const BLOCK = new Set([...BLOCK_TAGS, 'title']);
const NAMED_ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  ndash: '–',
  mdash: '—',
  euro: '€',
  pound: '£',
  cent: '¢',
  yen: '¥',
  rsquo: '’',
  lsquo: '‘',
  rdquo: '”',
  ldquo: '“',
  hellip: '…',
  bull: '•',
  middot: '·',
  times: '×',
  copy: '©',
  reg: '®',
  trade: '™',
  rupee: '₹',
};

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]{2,8});/gi, (whole, code: string) => {
    if (code[0] === '#') {
      const n =
        code[1] === 'x' || code[1] === 'X' ? parseInt(code.slice(2), 16) : parseInt(code.slice(1), 10);
      return n > 0 && n <= 0x10ffff ? String.fromCodePoint(n) : whole;
    }
    return NAMED_ENTITIES[code.toLowerCase()] ?? whole;
  });
}

export interface HtmlExtract {
  text: string;
  /** Contents of <script type="application/ld+json"> blocks. */
  jsonLd: string[];
  /** The document <title>, if any. */
  title?: string;
}

const TAG_NAME = /^<\/?([a-z][a-z0-9-]{0,20})/i;

export function extractHtml(html: string): HtmlExtract {
  const lower = html.toLowerCase();
  const parts: string[] = [];
  const jsonLd: string[] = [];
  let title: string | undefined;
  let i = 0;
  while (i < html.length) {
    const lt = html.indexOf('<', i);
    if (lt < 0) {
      parts.push(html.slice(i));
      break;
    }
    if (lt > i) parts.push(html.slice(i, lt));
    if (lower.startsWith('<!--', lt)) {
      const close = lower.indexOf('-->', lt + 4);
      i = close < 0 ? html.length : close + 3;
      continue;
    }
    const m = TAG_NAME.exec(html.slice(lt, lt + 24));
    if (!m) {
      // A stray "<" (e.g. "pay < $5") is text.
      parts.push('<');
      i = lt + 1;
      continue;
    }
    const gt = html.indexOf('>', lt + 1);
    if (gt < 0) break;
    const name = m[1].toLowerCase();
    const closing = html[lt + 1] === '/';
    i = gt + 1;
    if (!closing && (SKIPPED_TAGS.has(name) || name === 'title')) {
      const end = lower.indexOf(`</${name}`, i);
      const inner = html.slice(i, end < 0 ? html.length : end);
      if (name === 'script' && lower.slice(lt, gt).includes('ld+json')) jsonLd.push(inner);
      if (name === 'title') title = decodeEntities(inner).trim() || undefined;
      const endGt = end < 0 ? -1 : html.indexOf('>', end);
      i = endGt < 0 ? html.length : endGt + 1;
      continue;
    }
    if (BLOCK.has(name)) parts.push('\n');
  }
  const text = decodeEntities(parts.join(''))
    .replace(/[ \t\u00a0\r\f\v]{1,1000}/g, ' ')
    .replace(/ ?\n[\n ]{0,1000}/g, '\n')
    .trim();
  return { text, jsonLd, title };
}
