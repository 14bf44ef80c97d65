import { describe, expect, it } from 'vitest';
import { ImportAssembler, splitImport } from '@/lib/transfer/chunks';
import { emptyPayload } from '@/lib/transfer/payload';
import { sampleApplication, sampleEvent } from './sample';

const payload = {
  ...emptyPayload(),
  applications: Array.from({ length: 50 }, (_, i) => sampleApplication(String(i))),
  events: Array.from({ length: 200 }, (_, i) => sampleEvent(`e${i}`, `app-${i % 50}`)),
};

describe('an import travels to the background in message-sized parts', () => {
  it('splits under the size and puts it back together whole, in any order', () => {
    const parts = splitImport(payload, 'merge', 'id-1', 20_000);
    expect(parts.length).toBeGreaterThan(2);
    for (const part of parts) expect(JSON.stringify(part.payload).length).toBeLessThan(21_000);
    const assembler = new ImportAssembler();
    const [first, ...rest] = parts;
    expect(assembler.add(first)).toBeNull();
    let whole = null;
    for (const part of rest.reverse()) whole = assembler.add(part) ?? whole;
    expect(whole).toEqual({ mode: 'merge', payload });
  });

  it('an import cut short, or parts that do not belong together, apply nothing', () => {
    const parts = splitImport(payload, 'replace', 'id-2', 20_000);
    const assembler = new ImportAssembler();
    expect(() => assembler.add(parts[1])).toThrow(/interrupted/);
    assembler.add(parts[0]);
    expect(() => assembler.add({ ...parts[1], mode: 'merge' })).toThrow(/do not match/);
    // Abandoned parts expire.
    assembler.add(parts[0], 0);
    expect(() => assembler.add(parts[1], 10 * 60 * 1000)).toThrow(/interrupted/);
  });

  it('refuses a single record too big for one message', () => {
    const huge = {
      ...emptyPayload(),
      applications: [sampleApplication('big', { notes: 'x'.repeat(30_000) })],
    };
    expect(() => splitImport(huge, 'merge', 'id-4', 20_000)).toThrow(/One record \("outlier:big"\) is/);
  });

  it('an empty import is one part', () => {
    expect(splitImport(emptyPayload(), 'merge', 'id-3')).toHaveLength(1);
  });
});
