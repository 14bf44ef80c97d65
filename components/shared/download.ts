/**
 * Saves text as a file through a blob link: the browser's own download, with no downloads
 * permission. The link's URL is revoked once the browser has had time to start the download.
 */
export function downloadText(fileName: string, text: string, type: string) {
  downloadParts(fileName, [text], type);
}

/** About 4 MB of text per blob: each blob costs a round trip to the browser. */
const CHARS_PER_BLOB = 4 * 1024 * 1024;

/**
 * The same for a file made in parts: the parts go into blobs as they come, so the page never
 * holds the whole file as one string.
 */
export function downloadParts(fileName: string, parts: Iterable<string>, type: string) {
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
  const url = URL.createObjectURL(new Blob(blobs, { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
