import { formatMegabytes, MAX_MESSAGE_PART_BYTES, MAX_MESSAGE_PARTS } from './format';
import { TransferError } from './errors';
import { concatPayloads, emptyPayload, PAYLOAD_LISTS, type ImportMode, type ImportPayload } from './payload';

/** One runtime message's share of an import; the background applies the import once all arrive. */
export interface ImportPart {
  importId: string;
  part: number;
  parts: number;
  mode: ImportMode;
  payload: ImportPayload;
}

/**
 * Splits an import into message-sized parts, measured as the JSON each record becomes (a fair
 * estimate of what the browser serialises). An empty import is still one part.
 */
export function splitImport(
  payload: ImportPayload,
  mode: ImportMode,
  importId: string,
  maxBytes = MAX_MESSAGE_PART_BYTES,
): ImportPart[] {
  const payloads: ImportPayload[] = [emptyPayload()];
  let size = 0;
  for (const list of PAYLOAD_LISTS) {
    for (const record of payload[list]) {
      const bytes = JSON.stringify(record).length + 1;
      if (bytes > maxBytes) {
        const name = (record as { listingKey?: string; id: string }).listingKey ?? record.id;
        throw new TransferError(
          `One record ("${name.slice(0, 80)}") is ${formatMegabytes(bytes)}, more than TaskLens can hand over at once (${formatMegabytes(maxBytes)}). Nothing was changed.`,
        );
      }
      if (size + bytes > maxBytes && size > 0) {
        payloads.push(emptyPayload());
        size = 0;
      }
      (payloads[payloads.length - 1][list] as object[]).push(record);
      size += bytes;
    }
  }
  if (payloads.length > MAX_MESSAGE_PARTS) {
    throw new TransferError(
      `This import is too large to hand to TaskLens in one go (${payloads.length} parts of up to ${formatMegabytes(maxBytes)}; the limit is ${MAX_MESSAGE_PARTS}). Nothing was changed.`,
    );
  }
  return payloads.map((p, part) => ({ importId, part, parts: payloads.length, mode, payload: p }));
}

interface Pending {
  parts: (ImportPayload | undefined)[];
  mode: ImportMode;
  startedAt: number;
}

/** How long the background waits for the rest of an import before dropping what it has. */
const PENDING_TTL_MS = 5 * 60 * 1000;

/**
 * Collects an import's parts in the background until all have arrived. Nothing is written
 * before that, so an import cut short (page closed, worker restarted) changes nothing.
 */
export class ImportAssembler {
  private pending = new Map<string, Pending>();

  /** Returns the whole import when this was its last missing part, otherwise null. */
  add(part: ImportPart, now = Date.now()): { mode: ImportMode; payload: ImportPayload } | null {
    for (const [id, p] of this.pending) if (now - p.startedAt > PENDING_TTL_MS) this.pending.delete(id);
    if (part.parts < 1 || part.parts > MAX_MESSAGE_PARTS || part.part < 0 || part.part >= part.parts) {
      throw new Error('That import part is out of range; nothing was changed.');
    }
    let pending = this.pending.get(part.importId);
    if (!pending) {
      if (part.part !== 0)
        throw new Error('The import was interrupted before it could finish; nothing was changed. Try again.');
      // One import at a time: a new one replaces any that was abandoned half way.
      this.pending.clear();
      pending = { parts: new Array(part.parts).fill(undefined), mode: part.mode, startedAt: now };
      this.pending.set(part.importId, pending);
    }
    if (pending.parts.length !== part.parts || pending.mode !== part.mode) {
      this.pending.delete(part.importId);
      throw new Error('The parts of this import do not match; nothing was changed. Try again.');
    }
    pending.parts[part.part] = part.payload;
    if (pending.parts.some((p) => !p)) return null;
    this.pending.delete(part.importId);
    return { mode: pending.mode, payload: concatPayloads(pending.parts as ImportPayload[]) };
  }
}
