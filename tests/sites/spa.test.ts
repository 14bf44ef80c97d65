import { afterEach, describe, expect, it } from 'vitest';
import { extractListing } from '../../lib/sites/extract';
import { documentFor, loadFixtures, type Fixture } from './fixtures';

const fixture = (site: string, name: string): Fixture => {
  const found = loadFixtures().find((f) => f.siteId === site && f.name === name);
  if (!found) throw new Error(`missing fixture ${site}/${name}`);
  return found;
};

let close: (() => Promise<void>) | undefined;
afterEach(async () => {
  await close?.();
  close = undefined;
});

describe('LinkedIn split view', () => {
  const search = fixture('linkedin', 'search-two-jobs');
  const nextUrl = 'https://www.linkedin.com/jobs/search/?currentJobId=4012345682&keywords=ai%20trainer';

  it('returns nothing while the pane still shows the previous job', () => {
    const page = documentFor(search);
    close = page.close;
    expect(extractListing(page.document, nextUrl)).toBeNull();
  });

  it('reads the new job once the pane has switched, without any of the previous one’s data', () => {
    const page = documentFor(search);
    close = page.close;
    const pane = page.document.getElementById('job-pane');
    const next = page.document.getElementById('job-4012345682') as HTMLTemplateElement | null;
    if (!pane || !next) throw new Error('fixture changed');
    pane.replaceChildren(next.content.cloneNode(true)); // what LinkedIn's client does after fetching the job
    const listing = extractListing(page.document, nextUrl);
    expect(listing).toMatchObject({
      listingKey: 'linkedin:4012345682',
      title: 'Spanish Language Rater',
      company: 'TELUS Digital',
      payText: '$14/hr',
      employmentType: 'Contract',
      location: 'Texas, United States',
    });
    expect(listing?.description).not.toContain('Rate chatbot answers');
  });

  it('does not take JSON-LD of the first-loaded job for another job id', () => {
    const view = fixture('linkedin', 'job-view-public-jsonld');
    const page = documentFor(view);
    close = page.close;
    expect(extractListing(page.document, 'https://www.linkedin.com/jobs/view/4099999999/')).toBeNull();
  });
});

describe('Indeed split view', () => {
  const split = fixture('indeed', 'split-view');

  it('returns nothing while the pane shows another job than vjk names', () => {
    const page = documentFor(split);
    close = page.close;
    expect(
      extractListing(page.document, 'https://www.indeed.com/jobs?q=ai+trainer&l=Remote&vjk=1a2b3c4d5e6f7a8b'),
    ).toBeNull();
  });

  it('never falls back to the whole result list', () => {
    const page = documentFor(split);
    close = page.close;
    page.document.getElementById('jobDescriptionText')?.remove();
    expect(extractListing(page.document, split.url)).toBeNull();
  });
});

describe('forced reading', () => {
  it('reads a page no adapter claims when the user asks', () => {
    const page = documentFor({
      ...fixture('workable', 'jobs-view'),
      url: 'https://careers.example.org/roles/42',
    });
    close = page.close;
    expect(extractListing(page.document, 'https://careers.example.org/roles/42')).toBeNull();
    const forced = extractListing(page.document, 'https://careers.example.org/roles/42', true);
    expect(forced).toMatchObject({
      siteId: 'careers.example.org',
      title: 'Speech Data Annotator (Greek)',
      source: 'json-ld',
    });
  });
});
