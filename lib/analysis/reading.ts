import { z } from 'zod';
import { Analysis } from './types';

/** The computed side of a listing, as pushed to the panel (see listing-reading.ts). */
export const ListingReading = z.object({
  analysis: Analysis,
  platform: z.object({ key: z.string(), name: z.string() }),
  onAiPlatform: z.boolean(),
});
export type ListingReading = z.infer<typeof ListingReading>;
