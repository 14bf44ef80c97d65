import { afterEach, describe, expect, it } from 'vitest';
import { Listing } from '../../lib/model/listing';
import { extractListing } from '../../lib/sites/extract';
import { documentFor, loadFixtures } from './fixtures';

const fixtures = loadFixtures();
let close: (() => Promise<void>) | undefined;
afterEach(async () => {
  await close?.();
  close = undefined;
});

describe.each(fixtures.map((f) => [`${f.siteId}/${f.name}`, f] as const))('%s', (_label, fixture) => {
  it('extracts the expected listing', () => {
    const page = documentFor(fixture);
    close = page.close;
    const listing = extractListing(page.document, fixture.url);
    if (fixture.listing === null) {
      expect(listing).toBeNull();
      return;
    }
    const { descriptionIncludes, clientTextIncludes, ...exact } = fixture.listing;
    expect(listing).not.toBeNull();
    // The content script shapes listings without zod; the background's schema must accept them all.
    expect(Listing.safeParse(listing).success).toBe(true);
    // Descriptions are text: no markup left over, even from JSON-LD that escaped its HTML twice.
    expect(listing?.description).not.toMatch(/<\/?[a-z][a-z0-9]{0,10}[ >/]|&[a-z]{2,8};/i);
    expect({
      siteId: listing?.siteId,
      listingKey: listing?.listingKey,
      title: listing?.title,
      company: listing?.company,
      location: listing?.location,
      payText: listing?.payText,
      employmentType: listing?.employmentType,
      postedAt: listing?.postedAt,
      steps: listing?.steps,
      source: listing?.source,
    }).toEqual({
      location: undefined,
      payText: undefined,
      employmentType: undefined,
      postedAt: undefined,
      steps: undefined,
      ...exact,
    });
    for (const phrase of descriptionIncludes) expect(listing?.description).toContain(phrase);
    // A page without a client block has none; one with it keeps the block's own words.
    if (!clientTextIncludes) expect(listing?.clientText).toBeUndefined();
    for (const phrase of clientTextIncludes ?? []) expect(listing?.clientText).toContain(phrase);
    expect(listing?.url).toBe(fixture.url);
  });
});
