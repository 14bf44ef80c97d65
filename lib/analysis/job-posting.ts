import { descriptionText, jobPostingsIn, jsonText, salaryParts } from '../sites/job-posting-json';
import { extractHtml } from './html-text';

/** "Pay: USD 25–35 per hour", in words the pay parser reads; nothing without a currency. */
function payLine(salary: unknown): string | undefined {
  const { currency, amount, unit } = salaryParts(salary);
  if (!amount || !currency) return undefined;
  return `Pay: ${currency} ${amount}${unit ? ` per ${unit}` : ''}`;
}

export interface JobPostingFields {
  title?: string;
  company?: string;
  pay?: string;
  description?: string;
}

/** The first schema.org JobPosting among JSON-LD blocks, including inside @graph. */
export function readJobPostingJson(blocks: readonly string[]): JobPostingFields | null {
  const o = jobPostingsIn(blocks)[0];
  if (!o) return null;
  const description =
    typeof o.description === 'string'
      ? descriptionText(o.description, (html) => extractHtml(html).text)
      : undefined;
  return {
    title: jsonText(o.title),
    company: jsonText(o.hiringOrganization),
    pay: payLine(o.baseSalary),
    description: description || undefined,
  };
}
