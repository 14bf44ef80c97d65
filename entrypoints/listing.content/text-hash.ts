import type { Listing } from '@/lib/model/listing';

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/**
 * 32-bit FNV-1a over UTF-16 code units: cheap enough to run on every DOM change (a 10 KB listing
 * takes well under a millisecond) and changes when any character does, not only the length.
 */
export function fnv1a(text: string, seed = FNV_OFFSET): number {
  let hash = seed;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, FNV_PRIME);
  }
  return hash >>> 0;
}

/** What the page shows of a listing, reduced to one number: a new number means read it again. */
export function listingFingerprint(listing: Listing): string {
  let hash = FNV_OFFSET;
  // Each field ends with a separator, so text moving from one field to the next still counts.
  for (const part of [
    listing.listingKey,
    listing.title,
    listing.company,
    listing.payText ?? '',
    listing.location ?? '',
    listing.employmentType ?? '',
    listing.description,
  ]) {
    hash = fnv1a(`${part}\u0000`, hash);
  }
  return `${listing.listingKey}\u0000${hash.toString(16)}`;
}
