import type { ExtractedFields } from './types';
import { textOf } from './dom-text';
import { readJobPosting } from './json-ld';
import { readSteps } from './steps';

/** Text of the first element matching any selector (in order of preference), or ''. */
export function pick(root: ParentNode, selectors: readonly string[]): string {
  for (const selector of selectors) {
    const text = textOf(root.querySelector(selector));
    if (text) return text;
  }
  return '';
}

/** A <meta name|property> value, trimmed. */
export function meta(doc: Document, key: string): string {
  const el = doc.querySelector(`meta[property="${key}"], meta[name="${key}"]`);
  return el?.getAttribute('content')?.trim() ?? '';
}

/** `undefined` for empty strings, so optional fields stay absent instead of blank. */
export function opt(value: string | null | undefined): string | undefined {
  const v = value?.replace(/\s+/g, ' ').trim();
  return v ? v : undefined;
}

/** Fills the fields `primary` lacks from `fallback` (e.g. DOM first, JSON-LD for the gaps). */
export function fillFrom(primary: ExtractedFields, fallback: ExtractedFields | null): ExtractedFields {
  if (!fallback) return primary;
  const out: ExtractedFields = { ...primary };
  for (const key of Object.keys(fallback) as (keyof ExtractedFields)[]) {
    if (!out[key] && fallback[key]) (out as Record<string, unknown>)[key] = fallback[key];
  }
  return out;
}

// A money amount with an optional range and a pay unit: "$25–35/hour", "£9.00/hr", "USD 40 per hour",
// "€0.30 per task", "$80 - $110/hour". Bounded repeats keep it linear on long descriptions.
const PAY =
  /(?:(?:up to|starting at|from|at least)\s)?(?:(?:US|CA|AU|R)?\$|£|€|₹|(?:USD|EUR|GBP|INR|CAD|AUD)\s?)\s?\d{1,6}(?:[.,]\d{1,3}){0,2}(?:\s?(?:-|–|—|to)\s?(?:(?:US|CA|AU|R)?\$|£|€|₹)?\s?\d{1,6}(?:[.,]\d{1,3}){0,2})?(?:\s?(?:USD|EUR|GBP|INR))?\s?(?:\/\s?|per\s|an\s|a\s)(?:hour|hr|h|task|HIT|word|minute|study|project|week|month|year|annum|asset|audio hour)\b/i;

// A salary named as such but without a unit: "Salary: $71,750 - $95,000", "Pay range: $60,000–$80,000".
// Thousands separators are required, so a bare "$5" bonus mention is not taken for a salary.
const LABELLED_SALARY =
  /\b(?:salary|pay range|base pay|compensation|pay)\b[^\n$£€₹]{0,30}((?:US|CA|AU)?[$£€₹]\s?\d{1,3}(?:,\d{3})+(?:\.\d{2})?(?:\s?(?:-|–|—|to)\s?(?:(?:US|CA|AU)?[$£€₹])?\s?\d{1,3}(?:,\d{3})+(?:\.\d{2})?)?)/i;

/** The first stated rate in free text, for pages that only mention pay inside the description. */
export function findPayText(text: string): string | undefined {
  const head = text.slice(0, 50_000);
  const found = PAY.exec(head)?.[0] ?? LABELLED_SALARY.exec(head)?.[1];
  return found?.replace(/\s+/g, ' ').trim();
}

export interface PlatformPageOptions {
  company: string;
  title?: readonly string[];
  description?: readonly string[];
  pay?: readonly string[];
  location?: readonly string[];
  employmentType?: readonly string[];
  postedAt?: readonly string[];
  jobId?: string;
  canonicalUrl?: string;
}

/**
 * The usual shape of an AI-training platform's own listing page: a heading, a body and maybe a
 * pay line. DOM first (the site's own wording), JSON-LD for whatever the DOM lacks. (extractListing
 * falls back to the first rate named in the body for pay, for every source.)
 */
export function readPlatformPage(doc: Document, o: PlatformPageOptions): ExtractedFields | null {
  const jsonLd = readJobPosting(doc);
  const title = pick(doc, [...(o.title ?? []), 'main h1', 'h1']) || jsonLd?.title || meta(doc, 'og:title');
  const description =
    pick(doc, [...(o.description ?? []), 'main article', '[role="main"]', 'main']) || jsonLd?.description;
  if (!title || !description) return null;
  const fields = fillFrom(
    {
      jobId: o.jobId,
      title,
      company: o.company,
      payText: opt(pick(doc, o.pay ?? [])),
      location: opt(pick(doc, o.location ?? [])),
      employmentType: opt(pick(doc, o.employmentType ?? [])),
      postedAt: opt(pick(doc, o.postedAt ?? [])),
      description,
      canonicalUrl: o.canonicalUrl,
      // An onboarding or application step list, when the platform's page shows one.
      steps: readSteps(doc),
    },
    jsonLd,
  );
  return fields;
}

/** Text of an element with some descendants (apply buttons, share widgets) left out. */
export function textWithout(el: Element | null, drop: string): string {
  if (!el) return '';
  const copy = el.cloneNode(true) as Element;
  for (const junk of copy.querySelectorAll(drop)) junk.remove();
  return textOf(copy);
}

/** Joined text of every element matching the selectors, in document order. */
export function textOfAll(root: ParentNode, selector: string): string {
  return [...root.querySelectorAll(selector)]
    .map((el) => textOf(el))
    .filter(Boolean)
    .join('\n\n');
}

/**
 * The JSON object that starts at `from` (an opening brace), cut at its own closing brace, so
 * statements after it in the same script do not break the parse. Strings are skipped whole; an
 * object longer than `maxChars` counts as cut short.
 */
export function jsonObjectAt(text: string, from: number, maxChars = Infinity): string | null {
  if (text[from] !== '{') return null;
  let depth = 0;
  let inString = false;
  const end = Math.min(text.length, from + maxChars);
  for (let i = from; i < end; i++) {
    const c = text[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === '{') depth++;
    else if (c === '}' && --depth === 0) return text.slice(from, i + 1);
  }
  return null;
}

/**
 * The object a page's inline script writes right after `marker` (`window.__remixContext =`, a
 * state key), parsed; null when no script holds it or it does not parse. Only inline scripts are
 * read: the content script sees their text, never the page's own variables.
 */
export function inlineJsonAfter(doc: Document, marker: string): unknown {
  for (const script of doc.querySelectorAll('script:not([src])')) {
    const text = script.textContent ?? '';
    const at = text.indexOf(marker);
    if (at < 0) continue;
    const json = jsonObjectAt(text, text.indexOf('{', at + marker.length));
    if (!json) return null;
    try {
      return JSON.parse(json) as unknown;
    } catch {
      return null;
    }
  }
  return null;
}
