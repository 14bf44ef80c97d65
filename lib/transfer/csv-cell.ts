/**
 * Spreadsheet cells against formula injection (OWASP "CSV Injection"): a cell that starts with a
 * character a spreadsheet may read as a formula gets a leading single quote. So that import can
 * always undo it, a cell that really starts with a quote gets one too: on import, exactly one
 * leading quote is removed, and a cell without one is taken as it is.
 */

// OWASP's = + - @ tab CR, plus LF and the full-width forms some spreadsheets also accept, plus the
// quote itself so the escape stays unambiguous.
const NEEDS_QUOTE = /^[=+\-@\t\r\n'\uFF1D\uFF0B\uFF0D\uFF20]/;

export function toCell(value: string): string {
  return NEEDS_QUOTE.test(value) ? `'${value}` : value;
}

export function fromCell(cell: string): string {
  return cell.startsWith("'") ? cell.slice(1) : cell;
}

/** An absent value is an empty cell; an empty string is a lone quote, so the two stay apart. */
export function optionalToCell(value: string | undefined): string {
  if (value === undefined) return '';
  return value === '' ? "'" : toCell(value);
}

export function optionalFromCell(cell: string): string | undefined {
  return cell === '' ? undefined : fromCell(cell);
}

/**
 * A list as one cell: `a; b; c` when that reads back the same, otherwise a JSON array (a cell
 * starting with `[`), e.g. when an item holds `;`, starts with `[` or has spaces at its ends.
 */
export function listToCell(items: readonly string[]): string {
  const plain = items.every((t) => t !== '' && !t.includes(';') && !t.startsWith('[') && t.trim() === t);
  return toCell(plain ? items.join('; ') : JSON.stringify(items));
}

/** Returns the list, or null when a JSON list cell cannot be read. */
export function listFromCell(cell: string): string[] | null {
  const text = fromCell(cell);
  if (text === '') return [];
  if (!text.startsWith('[')) return text.split(';').map((t) => t.trim());
  try {
    const parsed: unknown = JSON.parse(text);
    return Array.isArray(parsed) && parsed.every((t) => typeof t === 'string') ? parsed : null;
  } catch {
    return null;
  }
}
