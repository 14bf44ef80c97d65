import { upgradeApplication1to2, upgradePlatform1to2 } from '../db/migrations';
import { TransferError } from './errors';
import { EXPORT_FORMAT, EXPORT_SCHEMA_VERSION } from './file-format';

export type ExportDocument = Record<string, unknown>;

/** Turns a document of version n into version n + 1. */
export type UpgradeStep = (document: ExportDocument) => ExportDocument;

/**
 * Upgrades each record of a list that looks like a record. One that cannot be upgraded is left as
 * it is, so validation afterwards names it instead of the upgrade failing without a place.
 */
function upgradeEach(list: unknown, lists: string[], upgrade: (record: never) => unknown): unknown {
  if (!Array.isArray(list)) return list;
  return list.map((record: unknown) => {
    // The upgrades trust the old shape (a string would pass for a list of characters).
    if (!isPlainObject(record) || lists.some((k) => record[k] !== undefined && !Array.isArray(record[k]))) {
      return record;
    }
    try {
      return upgrade(record as never);
    } catch {
      return record;
    }
  });
}

/**
 * One step per past version, keyed by the version it upgrades from. The record upgrades are the
 * database's own (lib/db/migrations.ts), so an old file ends up as the old database would have.
 */
export const UPGRADE_STEPS: Readonly<Record<number, UpgradeStep>> = {
  // v2: stage-since dates, outcome dates, dated requirements, tidied tags. Events are unchanged.
  1: (document) => ({
    ...document,
    platforms: upgradeEach(document.platforms, ['requirements'], upgradePlatform1to2),
    applications: upgradeEach(document.applications, ['tags'], upgradeApplication1to2),
  }),
};

function isPlainObject(value: unknown): value is ExportDocument {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/**
 * Checks that a parsed file is a TaskLens export this version can read, and brings an older one
 * up to the current version step by step. A newer one is refused: reading it would drop fields.
 */
export function upgradeDocument(
  raw: unknown,
  what: string,
  current: number = EXPORT_SCHEMA_VERSION,
  steps: Readonly<Record<number, UpgradeStep>> = UPGRADE_STEPS,
): ExportDocument {
  if (!isPlainObject(raw) || raw.format !== EXPORT_FORMAT) {
    throw new TransferError(
      `${what} is not a TaskLens export (its "format" is not "${EXPORT_FORMAT}"). Nothing was changed.`,
    );
  }
  const version = raw.schemaVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    throw new TransferError(`${what} has no valid "schemaVersion". Nothing was changed.`);
  }
  if (version > current) {
    throw new TransferError(
      `${what} was made by a newer TaskLens (file format version ${version}; this one reads up to version ${current}). Update TaskLens, then import it again. Nothing was changed.`,
    );
  }
  let document = raw;
  for (let v = version; v < current; v++) {
    const step = steps[v];
    if (!step) {
      throw new TransferError(
        `${what} uses file format version ${version}, which this TaskLens cannot upgrade. Nothing was changed.`,
      );
    }
    document = { ...step(document), schemaVersion: v + 1 };
  }
  return document;
}
