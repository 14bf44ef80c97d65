import type { ExtractedFields } from './types';
import { htmlToText } from './dom-text';
import {
  asArray,
  descriptionText,
  jobPostingsIn,
  jsonText as str,
  salaryText,
  type Json,
} from './job-posting-json';

/** All JobPosting objects in the page's JSON-LD, including inside @graph and arrays. */
export function findJobPostings(doc: Document): Json[] {
  const blocks = [...doc.querySelectorAll('script[type="application/ld+json"]')].map(
    (s) => s.textContent ?? '',
  );
  return jobPostingsIn(blocks);
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
  const description =
    typeof job.description === 'string'
      ? descriptionText(job.description, (html) => htmlToText(html, doc))
      : '';
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
