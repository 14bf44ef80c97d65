import { describe, expect, it } from 'vitest';
import { PanelPush } from '@/lib/messaging/protocol';
import { readPanelPush } from '@/lib/messaging/panel-push';

const listing = {
  siteId: 'outlier',
  url: 'https://app.outlier.ai/en/expert/opportunities/x',
  canonicalUrl: 'https://app.outlier.ai/en/expert/opportunities/x',
  listingKey: 'outlier:x',
  title: 'Rater',
  company: 'Outlier',
  description: 'Rate answers.',
  source: 'adapter',
};

describe('readPanelPush', () => {
  it('accepts the pushes the zod schema accepts', () => {
    for (const push of [
      { type: 'panel:state', listing: null, application: null, platform: null },
      { type: 'panel:state', listing, application: null, platform: null },
    ]) {
      expect(PanelPush.safeParse(push).success).toBe(true);
      expect(readPanelPush(push)).toEqual(push);
    }
  });

  it('refuses anything that is not a panel state of the right shape', () => {
    for (const push of [
      null,
      'panel:state',
      { type: 'other', listing: null, application: null, platform: null },
      { type: 'panel:state', listing: { title: 5 }, application: null, platform: null },
      { type: 'panel:state', listing: null, application: 'x', platform: null },
      { type: 'panel:state', listing: null, application: null, platform: { id: 1 } },
      { type: 'panel:state', listing, application: undefined, platform: null },
    ]) {
      expect(readPanelPush(push)).toBeNull();
      expect(PanelPush.safeParse(push).success).toBe(false);
    }
  });
});
