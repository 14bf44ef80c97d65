import type { ExtractedFields } from './types';
import { textOf } from './dom-text';

type Json = Record<string, unknown>;

function asArray(value: unknown): unknown[] {
  return Array.isArray(value) ? value : value == null ? [] : [value];
}

function isJobPosting(node: unknown): node is Json {
  if (!node || typeof node !== 'object') return false;
  return asArray((node as Json)['@type']).some((t) => t === 'JobPosting');
}

/** All JobPosting objects in the page's JSON-LD, including inside @graph and arrays. */
export function findJobPostings(doc: Document): Json[] {
  const found: Json[] = [];
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    let data: unknown;
    try {
      data = JSON.parse(script.textContent ?? '');
    } catch {
      continue;
    }
    const stack = asArray(data);
    while (stack.length && found.length < 10) {
      const node = stack.pop();
      if (isJobPosting(node)) found.push(node);
      else if (node && typeof node === 'object') stack.push(...asArray((node as Json)['@graph']));
    }
  }
  return found;
}

function str(value: unknown): string | undefined {
  if (typeof value === 'string') return value.trim() || undefined;
  if (typeof value === 'number') return String(value);
  if (value && typeof value === 'object' && 'name' in value) return str((value as Json).name);
  return undefined;
}

/** Description fields are HTML; an inert parsed document turns them into text without running anything. */
function htmlToText(html: string, doc: Document): string {
  const view = doc.defaultView as (Window & typeof globalThis) | null;
  const Parser = view?.DOMParser ?? globalThis.DOMParser;
  return textOf(new Parser().parseFromString(html, 'text/html').body);
}

function salaryText(salary: unknown): string | undefined {
  const s = asArray(salary)[0];
  if (!s || typeof s !== 'object') return str(s);
  const o = s as Json;
  const value = (o.value && typeof o.value === 'object' ? o.value : o) as Json;
  const currency = str(o.currency) ?? '';
  const unit = str(value.unitText) ?? str(o.unitText);
  const min = str(value.minValue);
  const max = str(value.maxValue);
  const single = str(value.value);
  const amount = min && max && min !== max ? `${min}–${max}` : (min ?? max ?? single);
  if (!amount) return undefined;
  return [currency, amount, unit ? `per ${unit.toLowerCase()}` : ''].filter(Boolean).join(' ');
}

export function readJobPosting(doc: Document): ExtractedFields | null {
  const job = findJobPostings(doc)[0];
  if (!job) return null;
  const location = asArray(job.jobLocation)
    .map((place) => {
      const address = (place as Json | undefined)?.address as Json | undefined;
      return [str(address?.addressLocality), str(address?.addressRegion), str(address?.addressCountry)]
        .filter(Boolean)
        .join(', ');
    })
    .filter(Boolean)
    .join('; ');
  const description = typeof job.description === 'string' ? htmlToText(job.description, doc) : '';
  return {
    title: str(job.title),
    company: str(job.hiringOrganization),
    location: location || (str(job.jobLocationType) === 'TELECOMMUTE' ? 'Remote' : undefined),
    payText: salaryText(job.baseSalary),
    description: description || undefined,
    employmentType: asArray(job.employmentType).map(str).filter(Boolean).join(', ') || undefined,
    postedAt: str(job.datePosted),
    jobId: str((job.identifier as Json | undefined)?.value) ?? str(job.identifier),
  };
}
