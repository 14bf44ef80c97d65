/**
 * schema.org JobPosting at the JSON level, shared by the page reader (lib/sites/json-ld.ts, which
 * has a DOM) and the analysis of saved HTML files (lib/analysis/job-posting.ts, which has none).
 */
export type Json = Record<string, unknown>;

const MAX_POSTINGS = 10;
const MAX_NODES = 1000;

export function asArray(value: unknown): unknown[] {
  return Array.isArray(value) ? value : value == null ? [] : [value];
}

/** A JSON-LD value as text: strings trimmed, numbers written out, `{ name }` objects by their name. */
export function jsonText(value: unknown): string | undefined {
  if (typeof value === 'string') return value.trim() || undefined;
  if (typeof value === 'number') return String(value);
  if (value && typeof value === 'object' && 'name' in value) return jsonText((value as Json).name);
  return undefined;
}

/** A positive amount from page data as the page would print it ("1,500", "12.5"); else undefined. */
export function amountText(value: unknown): string | undefined {
  const n = typeof value === 'number' ? value : Number(jsonText(value));
  return Number.isFinite(n) && n > 0 ? n.toLocaleString('en-US', { maximumFractionDigits: 2 }) : undefined;
}

function isJobPosting(node: unknown): node is Json {
  return Boolean(node && typeof node === 'object' && asArray((node as Json)['@type']).includes('JobPosting'));
}

/** Every JobPosting in a page's JSON-LD blocks, including inside @graph and arrays; bad JSON is skipped. */
export function jobPostingsIn(blocks: Iterable<string>): Json[] {
  const found: Json[] = [];
  for (const block of blocks) {
    let data: unknown;
    try {
      data = JSON.parse(block);
    } catch {
      continue;
    }
    const stack = asArray(data);
    let visited = 0;
    while (stack.length && found.length < MAX_POSTINGS && visited++ < MAX_NODES) {
      const node = stack.pop();
      if (isJobPosting(node)) found.push(node);
      else if (node && typeof node === 'object') stack.push(...asArray((node as Json)['@graph']));
    }
  }
  return found;
}

/** A schema.org baseSalary (MonetaryAmount) in words: "USD 25–35 per hour". */
export function salaryParts(salary: unknown): { currency?: string; amount?: string; unit?: string } {
  const s = asArray(salary)[0];
  if (!s || typeof s !== 'object') return { amount: jsonText(s) };
  const o = s as Json;
  const value = (o.value && typeof o.value === 'object' ? o.value : o) as Json;
  const min = jsonText(value.minValue);
  const max = jsonText(value.maxValue);
  return {
    currency: jsonText(o.currency),
    amount: min && max && min !== max ? `${min}–${max}` : (min ?? max ?? jsonText(value.value)),
    unit: (jsonText(value.unitText) ?? jsonText(o.unitText))?.toLowerCase(),
  };
}

export function salaryText(salary: unknown): string | undefined {
  const { currency, amount, unit } = salaryParts(salary);
  if (!amount) return undefined;
  return [currency, amount, unit ? `per ${unit}` : ''].filter(Boolean).join(' ');
}

// A tag left in text after one pass: the description's HTML was escaped twice ("&lt;p&gt;").
const TAG_LEFT = /<\/?[a-z][a-z0-9]{0,10}[ >/]/i;

/**
 * A JobPosting description as text. It is HTML, and some sites escape that HTML once more, so a
 * first pass leaves tags and entities as text; a second pass reads those too.
 */
export function descriptionText(html: string, toText: (html: string) => string): string {
  const text = toText(html);
  return TAG_LEFT.test(text) ? toText(text) : text;
}
