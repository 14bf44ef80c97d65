import { z } from 'zod';
import { MAX_DESCRIPTION } from './limits';

export const ListingSource = z.enum(['adapter', 'json-ld', 'generic', 'selection']);
export type ListingSource = z.infer<typeof ListingSource>;

/** What a site adapter reads off a listing page. Every later judgment reads this. */
export const Listing = z.object({
  siteId: z.string().min(1).max(64),
  url: z.string().url().max(4096),
  canonicalUrl: z.string().url().max(4096),
  /** Stable id for dedupe, e.g. `linkedin:3912345678`. */
  listingKey: z.string().min(1).max(512),
  title: z.string().max(1000),
  company: z.string().max(500),
  location: z.string().max(500).optional(),
  payText: z.string().max(2000).optional(),
  description: z.string().max(MAX_DESCRIPTION),
  employmentType: z.string().max(200).optional(),
  postedAt: z.string().max(100).optional(),
  /** What a board says about the client behind the job (Upwork's "About the client"), in its words. */
  clientText: z.string().max(2000).optional(),
  /** The platform's application or onboarding steps as the page lists them ("Resume", "Interview"…). */
  steps: z.array(z.string().min(1).max(200)).max(20).optional(),
  source: ListingSource,
});
export type Listing = z.infer<typeof Listing>;
