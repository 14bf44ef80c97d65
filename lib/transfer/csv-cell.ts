/**
 * Spreadsheet cells against formula injection (OWASP "CSV Injection"): a cell that starts with a
 * character a spreadsheet may read as a formula gets a leading single quote. So that import can
 * always undo it, a cell that really starts with a quote gets one too: on import, exactly one
 * leading quote is removed, and a cell without one is taken as it is.
 *
 * Text a CSV file cannot carry as it is gets an escaped cell instead: control characters other
 * than tab and line breaks (a NUL makes the file look binary to the importer) and lone surrogates
 * (UTF-8 has no bytes for them; they would come back as U+FFFD). An escaped cell starts with a
 * quote and a backslash, which no other cell does (a backslash never needs the formula quote);
 * after that, `\\` stands for a backslash and `\u{hex}` for one UTF-16 code unit. Everything
 * else is written as it is, so the cell stays readable in a spreadsheet.
 */

// OWASP's = + - @ tab CR, plus LF and the full-width forms some spreadsheets also accept, plus the
// quote itself so the escape stays unambiguous.
const NEEDS_QUOTE = /^[=+\-@\t\r\n'\uFF1D\uFF0B\uFF0D\uFF20]/;

// C0 controls but tab, LF and CR; DEL; and UTF-16 code units not part of a surrogate pair.
const UNWRITABLE =
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const UNWRITABLE_ALL = new RegExp(`${UNWRITABLE.source}|\\\\`, 'g');
const ESCAPED = "'\\";
const ESCAPE_SEQUENCE = /\\(?:\\|u\{([0-9a-f]{1,4})\})/g;

export function toCell(value: string): string {
  if (UNWRITABLE.test(value)) {
    const body = value.replace(UNWRITABLE_ALL, (c) =>
      c === '\\' ? '\\\\' : `\\u{${c.charCodeAt(0).toString(16)}}`,
    );
    return ESCAPED + body;
  }
  return NEEDS_QUOTE.test(value) ? `'${value}` : value;
}

export function fromCell(cell: string): string {
  if (cell.startsWith(ESCAPED)) {
    return cell
      .slice(ESCAPED.length)
      .replace(ESCAPE_SEQUENCE, (_, hex: string | undefined) =>
        hex === undefined ? '\\' : String.fromCharCode(parseInt(hex, 16)),
      );
  }
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
