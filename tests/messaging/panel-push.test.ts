import { describe, expect, it } from 'vitest';
import { PanelPush } from '@/lib/messaging/protocol';
import { readPanelPush } from '@/lib/messaging/panel-push';
import { readListing } from '@/lib/analysis/listing-reading';
import { makeListing } from '../db/fixtures';

const listing = makeListing('x');

it('reads a listing on an AI-training platform as that platform', () => {
  const reading = readListing(listing);
  expect(reading.platform).toEqual({ key: 'outlier', name: expect.any(String) });
  expect(reading.onAiPlatform).toBe(true);
  // A platform's own ATS board counts as that platform, as in the log.
  const board = {
    ...listing,
    siteId: 'greenhouse',
    url: 'https://job-boards.greenhouse.io/scaleai/jobs/4567890',
    company: 'Scale AI',
  };
  expect(readListing(board).platform.key).toBe('scaleai');
  expect(readListing(board).onAiPlatform).toBe(false);
  expect(
    readListing({
      ...listing,
      siteId: 'linkedin',
      url: 'https://www.linkedin.com/jobs/view/4012345678/',
      company: 'Acme',
    }).platform.key,
  ).toBe('company:acme');
});

describe('readPanelPush', () => {
  it('accepts the pushes the zod schema accepts', () => {
    for (const push of [
      { type: 'panel:state', listing: null, reading: null, application: null, platform: null },
      { type: 'panel:state', listing, reading: readListing(listing), application: null, platform: null },
    ]) {
      expect(PanelPush.safeParse(push).success).toBe(true);
      expect(readPanelPush(push)).toEqual(push);
    }
  });

  it('refuses anything that is not a panel state of the right shape', () => {
    for (const push of [
      null,
      'panel:state',
      { type: 'other', listing: null, reading: null, application: null, platform: null },
      { type: 'panel:state', listing: { title: 5 }, reading: null, application: null, platform: null },
      { type: 'panel:state', listing: null, reading: null, application: 'x', platform: null },
      { type: 'panel:state', listing: null, reading: null, application: null, platform: { id: 1 } },
      { type: 'panel:state', listing, reading: readListing(listing), application: undefined, platform: null },
      { type: 'panel:state', listing, reading: { analysis: 1 }, application: null, platform: null },
    ]) {
      expect(readPanelPush(push)).toBeNull();
      expect(PanelPush.safeParse(push).success).toBe(false);
    }
    // A listing always travels with its reading (the schema alone cannot say so).
    expect(
      readPanelPush({ type: 'panel:state', listing, reading: null, application: null, platform: null }),
    ).toBeNull();
  });
});
