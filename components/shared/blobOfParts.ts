/** About 4 MB of text per blob: each blob costs a round trip to the browser. */
const CHARS_PER_BLOB = 4 * 1024 * 1024;

/**
 * A file made in parts, as one blob. The parts go into blobs as they come, so the whole file is
 * never one string: a 30 MB string, and the pieces it is built of, kept the garbage collector
 * busy for longer than making the file took.
 */
export function blobOfParts(parts: Iterable<string>, type: string): Blob {
  const blobs: Blob[] = [];
  let batch: string[] = [];
  let chars = 0;
  for (const part of parts) {
    batch.push(part);
    chars += part.length;
    if (chars >= CHARS_PER_BLOB) {
      blobs.push(new Blob(batch));
      batch = [];
      chars = 0;
    }
  }
  blobs.push(new Blob(batch));
  return new Blob(blobs, { type });
}
