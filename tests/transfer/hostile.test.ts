import { describe, expect, it } from 'vitest';
import { readImportFile, readImportFiles } from '@/lib/transfer/read-file';
import { EXPORT_FORMAT, EXPORT_SCHEMA_VERSION, MAX_IMPORT_FILE_BYTES } from '@/lib/transfer/file-format';
import { TransferError } from '@/lib/transfer/errors';
import { fileOf } from './helpers';
import { sampleApplication, sampleEvent, samplePlatform } from './sample';
import { buildApplicationsCsv, buildJsonExport } from './export-files';

const envelope = (parts: Record<string, unknown> = {}) => ({
  format: EXPORT_FORMAT,
  schemaVersion: EXPORT_SCHEMA_VERSION,
  exportedAt: '2026-11-30T00:00:00.000Z',
  platforms: [],
  applications: [],
  events: [],
  ...parts,
});

async function refusal(file: { name: string; bytes: Uint8Array }): Promise<string> {
  const started = Date.now();
  try {
    await readImportFile(file);
  } catch (error) {
    expect(error).toBeInstanceOf(TransferError);
    expect(Date.now() - started).toBeLessThan(5000);
    return (error as Error).message;
  }
  throw new Error('the file was accepted');
}

function randomBytes(n: number, seed = 7): Uint8Array {
  const bytes = new Uint8Array(n);
  let x = seed;
  for (let i = 0; i < n; i++) {
    x = (x * 1103515245 + 12345) >>> 0;
    bytes[i] = x >>> 24;
  }
  return bytes;
}

describe('hostile and broken files are refused cleanly', () => {
  it('10 MB of random bytes', async () => {
    expect(await refusal({ name: 'junk.json', bytes: randomBytes(10 * 1024 * 1024) })).toMatch(
      /not UTF-8 text/,
    );
  });

  it('10 MB of printable junk, as JSON and as CSV', async () => {
    const junk = 'a,b;"c\n{x'.repeat((10 * 1024 * 1024) / 9);
    expect(await refusal(fileOf('junk.csv', junk))).toMatch(/not a TaskLens export/);
    expect(await refusal(fileOf('junk.json', `{${junk}`))).toMatch(/not valid JSON/);
  });

  it('a file over the size limit, before reading it', async () => {
    const big = { name: 'big.json', bytes: new Uint8Array(MAX_IMPORT_FILE_BYTES + 1) };
    expect(await refusal(big)).toMatch(/TaskLens imports files up to 64 MB/);
  });

  it('UTF-16, invalid UTF-8 and binary', async () => {
    const utf16 = new Uint8Array([0xff, 0xfe, ...Array.from('{"a":1}').flatMap((c) => [c.charCodeAt(0), 0])]);
    expect(await refusal({ name: 'u16.csv', bytes: utf16 })).toMatch(/UTF-16/);
    expect(await refusal({ name: 'latin1.csv', bytes: new Uint8Array([0x54, 0xe9, 0x6c, 0xe9]) })).toMatch(
      /not UTF-8/,
    );
    expect(await refusal({ name: 'zip.json', bytes: new Uint8Array([0x50, 0x4b, 3, 4, 0, 0, 0]) })).toMatch(
      /binary/,
    );
  });

  it('prototype keys anywhere, without polluting any prototype', async () => {
    for (const key of ['__proto__', 'constructor', 'prototype']) {
      const app = JSON.stringify(sampleApplication('a')).replace('{"id"', `{"${key}":{"polluted":true},"id"`);
      const text = JSON.stringify(envelope()).replace('"applications":[]', `"applications":[${app}]`);
      expect(await refusal(fileOf('proto.json', text))).toContain(`applications.0.${key}`);
    }
    const top = `{"__proto__":{"polluted":true},${JSON.stringify(envelope()).slice(1)}`;
    expect(await refusal(fileOf('top.json', top))).toMatch(/__proto__/);
    expect(({} as { polluted?: boolean }).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
  });

  it('prototype keys inside a CSV snapshot cell and as a column', async () => {
    const csv = buildApplicationsCsv({
      platforms: [samplePlatform()],
      applications: [sampleApplication('a')],
      events: [],
    });
    const poisoned = csv.replace('{""siteId""', '{""__proto__"":{""polluted"":1},""siteId""');
    expect(await refusal(fileOf('a.csv', poisoned))).toMatch(
      /Row 2, column "Listing snapshot \(JSON\)": contains the key "__proto__"/,
    );
    const column = csv.replace('"Platform",', '"__proto__","Platform",').replace(/\r\n(?!$)/g, '\r\n"x",');
    expect(await refusal(fileOf('b.csv', column))).toMatch(/column named "__proto__"/);
    expect(Object.prototype).not.toHaveProperty('polluted');
  });

  it('wrong types name the record and the field', async () => {
    const text = JSON.stringify(
      envelope({ applications: [sampleApplication('a'), { ...sampleApplication('b'), stage: 7 }] }),
    );
    expect(await refusal(fileOf('types.json', text))).toMatch(
      /applications\[1\] \(listing key "outlier:b"\), field stage/,
    );
    expect(await refusal(fileOf('list.json', JSON.stringify(envelope({ events: 'nope' }))))).toMatch(
      /"events" must be a list/,
    );
  });

  it('huge strings', async () => {
    const text = JSON.stringify(
      envelope({ applications: [sampleApplication('a', { notes: 'x'.repeat(5_000_000) })] }),
    );
    expect(await refusal(fileOf('huge.json', text))).toMatch(/applications\[0\].*field notes: Too big/);
  });

  it('deep nesting', async () => {
    const depth = 200_000;
    expect(await refusal(fileOf('deep.json', '['.repeat(depth) + ']'.repeat(depth)))).toMatch(
      /not a TaskLens export|not valid JSON/,
    );
  });

  it('a file from a newer TaskLens, and one that is not an export', async () => {
    expect(
      await refusal(
        fileOf('new.json', JSON.stringify(envelope({ schemaVersion: EXPORT_SCHEMA_VERSION + 1 }))),
      ),
    ).toMatch(/made by a newer TaskLens.*Update TaskLens/);
    expect(await refusal(fileOf('other.json', '{"format":"other"}'))).toMatch(/not a TaskLens export/);
    expect(await refusal(fileOf('array.json', '[1,2,3]'))).toMatch(/not a TaskLens export/);
    expect(await refusal(fileOf('empty.csv', ''))).toMatch(/empty/);
  });

  it('the same record twice in one import', async () => {
    const csv = buildApplicationsCsv({ platforms: [], applications: [sampleApplication('a')], events: [] });
    await expect(readImportFiles([fileOf('one.csv', csv), fileOf('two.csv', csv)])).rejects.toThrow(
      /"two.csv", row 2: the application id "app-a" is also used by "one.csv", row 2/,
    );
    const backup = buildJsonExport(
      { platforms: [], applications: [], events: [sampleEvent('e1', 'x'), sampleEvent('e1', 'y')] },
      new Date(),
    );
    await expect(readImportFiles([fileOf('backup.json', backup)])).rejects.toThrow(
      /"backup.json", events\[1\]: the event id "e1" is also used by "backup.json", events\[0\]/,
    );
  });
});
