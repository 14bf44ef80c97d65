/** About 4 MB per blob: each blob costs a round trip to the browser. */
const BYTES_PER_BLOB = 4 * 1024 * 1024;

/**
 * A file made in parts, as one blob. Each part is encoded to UTF-8 as it comes, into one buffer
 * reused for every blob (a blob copies what it is given), so the whole file is never one string
 * and no part outlives its turn: kept as text until the end, the parts and the many small pieces
 * they are built of kept the garbage collector busy for longer than making the file took, and
 * encoding each part into a fresh array took about a tenth longer.
 */
export function blobOfParts(parts: Iterable<string>, type: string): Blob {
  const encoder = new TextEncoder();
  const blobs: Blob[] = [];
  let buffer = new Uint8Array(BYTES_PER_BLOB);
  let used = 0;
  const flush = () => {
    if (used) blobs.push(new Blob([buffer.subarray(0, used)]));
    used = 0;
  };
  for (const part of parts) {
    // UTF-8 takes at most three bytes per UTF-16 code unit.
    const most = part.length * 3;
    if (used + most > buffer.length) {
      flush();
      if (most > buffer.length) buffer = new Uint8Array(most);
    }
    used += encoder.encodeInto(part, buffer.subarray(used)).written;
  }
  flush();
  return new Blob(blobs, { type });
}
