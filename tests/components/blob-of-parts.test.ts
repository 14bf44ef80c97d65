import { describe, expect, it } from 'vitest';
import { blobOfParts } from '@/components/shared/blobOfParts';

describe('a file made in parts, as one blob', () => {
  it('holds exactly the parts joined, as UTF-8, across several inner blobs', async () => {
    // About 9 MB of text with characters of one to four bytes in UTF-8, in parts of uneven size.
    const parts = Array.from(
      { length: 6000 },
      (_, i) => `${i}: plain ascii, “curly quotes”, naïve café, 日本語, 🙂 ${'x'.repeat(i % 3000)}\r\n`,
    );
    const blob = blobOfParts(parts, 'text/csv;charset=utf-8');
    const text = parts.join('');
    expect(blob.type).toBe('text/csv;charset=utf-8');
    expect(blob.size).toBe(new TextEncoder().encode(text).length);
    expect(blob.size).toBeGreaterThan(8 * 1024 * 1024);
    expect(await blob.text()).toBe(text);
  });

  it('keeps a leading byte order mark as its three UTF-8 bytes', async () => {
    const blob = blobOfParts(['\uFEFFTitle\r\n', '"a"\r\n'], 'text/csv');
    const bytes = new Uint8Array(await blob.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.length).toBe(3 + 'Title\r\n"a"\r\n'.length);
  });

  it('takes a part larger than a blob’s worth whole', async () => {
    const huge = '日本語'.repeat(800_000);
    const blob = blobOfParts(['start ', huge, ' end'], 'text/plain');
    expect(blob.size).toBe(new TextEncoder().encode(`start ${huge} end`).length);
    expect(await blob.text()).toBe(`start ${huge} end`);
  });

  it('an empty file is an empty blob', async () => {
    const blob = blobOfParts([], 'application/json');
    expect(blob.size).toBe(0);
    expect(await blob.text()).toBe('');
  });
});
