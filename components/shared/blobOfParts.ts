/** About 4 MB per blob: each blob costs a round trip to the browser. */
const BYTES_PER_BLOB = 4 * 1024 * 1024;

/**
 * A file made in parts, as one blob. Each part is encoded to UTF-8 as it comes and the bytes go
 * into blobs, so the whole file is never one string and no part outlives its turn: kept as text
 * until the end, the parts and the many small pieces they are built of kept the garbage collector
 * busy for longer than making the file took.
 */
export function blobOfParts(parts: Iterable<string>, type: string): Blob {
  const encoder = new TextEncoder();
  const blobs: Blob[] = [];
  let batch: Uint8Array<ArrayBuffer>[] = [];
  let bytes = 0;
  for (const part of parts) {
    const encoded = encoder.encode(part);
    batch.push(encoded);
    bytes += encoded.length;
    if (bytes >= BYTES_PER_BLOB) {
      blobs.push(new Blob(batch));
      batch = [];
      bytes = 0;
    }
  }
  blobs.push(new Blob(batch));
  return new Blob(blobs, { type });
}
