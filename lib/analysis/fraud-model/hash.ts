/** 32-bit FNV-1a: small, fast and stable across runs and platforms, so buckets never move. */
export const FNV_OFFSET = 0x811c9dc5;

/** Continues an FNV-1a hash `h` over the UTF-16 code units of `s`. */
export function fnvFeed(h: number, s: string): number {
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** The bucket of a hash among `buckets` (a power of two); the high bits are folded in. */
export function bucketOf(hash: number, buckets: number): number {
  return (hash ^ (hash >>> 16)) & (buckets - 1);
}
