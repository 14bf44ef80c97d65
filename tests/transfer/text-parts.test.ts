import { describe, expect, it } from 'vitest';
import { splitTexts, TextAssembler } from '@/lib/transfer/text-parts';

const files = [
  { name: 'applications.csv', text: 'a'.repeat(25) + 'é😀' + 'b'.repeat(10) },
  { name: 'empty.csv', text: '' },
  { name: 'events.csv', text: 'c'.repeat(7) },
];

describe('an import’s files travel to the background as text in message-sized parts', () => {
  it('cuts under the size and puts every file back together exactly', () => {
    const parts = splitTexts(files, 10);
    expect(parts.length).toBeGreaterThan(3);
    for (const part of parts) {
      expect(part.chunks.reduce((n, c) => n + c.text.length, 0)).toBeLessThanOrEqual(10);
      expect(part.names).toEqual(files.map((f) => f.name));
    }
    const assembler = new TextAssembler();
    let whole = null;
    for (const part of parts) whole = assembler.add(part);
    expect(whole).toEqual(files);
  });

  it('one part is enough for small files, and nothing is whole before the last part', () => {
    expect(splitTexts(files)).toHaveLength(1);
    const parts = splitTexts(files, 10);
    const assembler = new TextAssembler();
    expect(assembler.add(parts[0])).toBeNull();
  });

  it('a part out of turn, or one naming a file it did not announce, is refused', () => {
    const parts = splitTexts(files, 10);
    expect(() => new TextAssembler().add(parts[1])).toThrow(/interrupted/);
    const assembler = new TextAssembler();
    assembler.add(parts[0]);
    expect(() => assembler.add(parts[2])).toThrow(/interrupted/);
    const mixed = new TextAssembler();
    mixed.add(parts[0]);
    expect(() => mixed.add({ ...parts[1], parts: parts.length + 1 })).toThrow(/interrupted/);
    const stray = new TextAssembler();
    expect(() => stray.add({ ...parts[0], chunks: [{ file: 5, text: 'x' }] })).toThrow(/did not announce/);
  });

  it('an empty file after a full part needs no part of its own', () => {
    const parts = splitTexts(
      [
        { name: 'full.csv', text: 'x'.repeat(20) },
        { name: 'empty.csv', text: '' },
      ],
      10,
    );
    expect(parts).toHaveLength(2);
    expect(parts[1].chunks).toEqual([
      { file: 0, text: 'x'.repeat(10) },
      { file: 1, text: '' },
    ]);
  });

  it('refuses more text than one import may hold', () => {
    expect(() => splitTexts([{ name: 'big.json', text: 'x'.repeat(100) }], 10)).toThrow(/too large/);
  });
});
