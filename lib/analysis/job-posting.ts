import { extractHtml } from './html-text';

type Json = Record<string, unknown>;

const asArray = (v: unknown): unknown[] => (Array.isArray(v) ? v : v == null ? [] : [v]);

function str(value: unknown): string | undefined {
  if (typeof value === 'string') return value.trim() || undefined;
  if (typeof value === 'number') return String(value);
  if (value && typeof value === 'object' && 'name' in value) return str((value as Json).name);
  return undefined;
}

/** "USD 25–35 per hour" from a schema.org MonetaryAmount, in words the pay parser reads. */
function salaryText(salary: unknown): string | undefined {
  const s = asArray(salary)[0];
  if (!s || typeof s !== 'object') return str(s);
  const o = s as Json;
  const value = (o.value && typeof o.value === 'object' ? o.value : o) as Json;
  const currency = str(o.currency) ?? '';
  const unit = str(value.unitText) ?? str(o.unitText);
  const min = str(value.minValue);
  const max = str(value.maxValue);
  const amount = min && max && min !== max ? `${min}–${max}` : (min ?? max ?? str(value.value));
  if (!amount || !currency) return undefined;
  return `Pay: ${currency} ${amount}${unit ? ` per ${unit.toLowerCase()}` : ''}`;
}

export interface JobPostingFields {
  title?: string;
  company?: string;
  pay?: string;
  description?: string;
}

/** The first schema.org JobPosting among JSON-LD blocks, including inside @graph. */
export function readJobPosting(blocks: readonly string[]): JobPostingFields | null {
  for (const block of blocks) {
    let data: unknown;
    try {
      data = JSON.parse(block);
    } catch {
      continue;
    }
    const stack = asArray(data);
    let guard = 0;
    while (stack.length && guard++ < 1000) {
      const node = stack.pop();
      if (!node || typeof node !== 'object') continue;
      const o = node as Json;
      if (asArray(o['@type']).includes('JobPosting')) {
        let description = typeof o.description === 'string' ? extractHtml(o.description).text : undefined;
        // Some sites escape the description's HTML twice ("&lt;p&gt;"); one more pass strips those tags.
        if (description && /<\/?[a-z][a-z0-9]{0,10}[ >/]/i.test(description))
          description = extractHtml(description).text;
        return {
          title: str(o.title),
          company: str(o.hiringOrganization),
          pay: salaryText(o.baseSalary),
          description: description || undefined,
        };
      }
      stack.push(...asArray(o['@graph']));
    }
  }
  return null;
}
