import { TransferError } from './errors';
import { formatMegabytes, MAX_IMPORT_FILES, MAX_MESSAGE_PART_CHARS, MAX_MESSAGE_PARTS } from './file-format';
import type { ImportText } from './decode';

/** A slice of one of the import's files. */
export interface TextChunk {
  file: number;
  text: string;
}

/** One runtime message's share of the files being imported. */
export interface TextPart {
  part: number;
  parts: number;
  names: string[];
  chunks: TextChunk[];
}

/**
 * Cuts the files' text into message-sized parts, in order. The files go over as text, once: the
 * background reads and checks them itself, so no record is serialised twice.
 */
export function splitTexts(files: readonly ImportText[], maxChars = MAX_MESSAGE_PART_CHARS): TextPart[] {
  const parts: TextChunk[][] = [[]];
  let room = maxChars;
  for (const [file, { text }] of files.entries()) {
    let at = 0;
    do {
      // An empty file needs no room: it rides in the current part.
      if (room === 0 && at < text.length) {
        parts.push([]);
        room = maxChars;
      }
      const slice = text.slice(at, at + room);
      parts[parts.length - 1].push({ file, text: slice });
      at += slice.length;
      room -= slice.length;
    } while (at < text.length);
  }
  if (parts.length > MAX_MESSAGE_PARTS) {
    throw new TransferError(
      `This import is too large to hand to TaskLens in one go (more than ${formatMegabytes(MAX_MESSAGE_PARTS * maxChars)}). Nothing was changed.`,
    );
  }
  const names = files.map((f) => f.name);
  return parts.map((chunks, part) => ({ part, parts: parts.length, names, chunks }));
}

/**
 * Puts the files back together in the background as their parts arrive, in order. Nothing is
 * read before the last part is in, so an import cut short changes nothing.
 */
export class TextAssembler {
  private texts: string[][] = [];
  private expected = 0;
  private parts = 0;
  private names: string[] = [];

  /** Returns the files when this was the last part, otherwise null. */
  add({ part, parts, names, chunks }: TextPart): ImportText[] | null {
    if (part === 0) {
      if (names.length > MAX_IMPORT_FILES)
        throw new Error('Too many files in one import; nothing was changed.');
      this.texts = names.map(() => []);
      this.names = names;
      this.parts = parts;
      this.expected = 0;
    } else if (part !== this.expected || parts !== this.parts || names.length !== this.names.length) {
      this.texts = [];
      this.expected = 0;
      throw new Error('The import was interrupted before it could finish; nothing was changed. Try again.');
    }
    for (const { file, text } of chunks) {
      if (!this.texts[file]) throw new Error('That import part names a file it did not announce.');
      this.texts[file].push(text);
    }
    this.expected = part + 1;
    if (this.expected < parts) return null;
    const files = this.names.map((name, i) => ({ name, text: this.texts[i].join('') }));
    this.texts = [];
    return files;
  }
}
