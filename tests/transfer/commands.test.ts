import { describe, expect, it } from 'vitest';
import { parseMessage } from '@/lib/messaging/trust';
import { splitTexts } from '@/lib/transfer/text-parts';

const [part] = splitTexts([{ name: 'backup.json', text: '{"format":"tasklens-export"}' }]);
const importMessage = {
  type: 'import:part',
  importId: crypto.randomUUID(),
  ...part,
  mode: 'merge',
  apply: false,
};

describe('import and wipe messages', () => {
  it('are accepted from the extension’s own pages only', () => {
    const preview = { type: 'import:preview', importId: crypto.randomUUID(), mode: 'merge' };
    const files = {
      type: 'import:files',
      importId: crypto.randomUUID(),
      files: [{ name: 'backup.json', url: 'blob:chrome-extension://abc/1f0e' }],
      mode: 'merge',
      apply: false,
    };
    const wipe = { type: 'db:wipe', confirm: 'delete everything' };
    const discard = { type: 'import:discard', importId: crypto.randomUUID() };
    for (const message of [importMessage, files, preview, discard, wipe]) {
      expect(parseMessage(message, 'page').ok).toBe(true);
      for (const trust of ['content', 'panel', 'unknown'] as const) {
        expect(parseMessage(message, trust).ok).toBe(false);
      }
    }
  });

  it('are checked field by field, and a wipe must say so', () => {
    const bad = { ...importMessage, chunks: [{ file: 99, text: 'x' }] };
    const result = parseMessage(bad, 'page');
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toMatch(/chunks\.0\.file/);
    expect(parseMessage({ ...importMessage, importId: 'not-a-uuid' }, 'page').ok).toBe(false);
    expect(parseMessage({ ...importMessage, mode: 'overwrite' }, 'page').ok).toBe(false);
    const byUrl = { type: 'import:files', importId: crypto.randomUUID(), mode: 'merge', apply: true };
    expect(
      parseMessage({ ...byUrl, files: [{ name: 'a.json', url: 'https://evil.example/a' }] }, 'page').ok,
    ).toBe(false);
    expect(parseMessage({ ...byUrl, files: [] }, 'page').ok).toBe(false);
    expect(parseMessage({ type: 'db:wipe' }, 'page').ok).toBe(false);
    expect(parseMessage({ type: 'db:wipe', confirm: 'yes' }, 'page').ok).toBe(false);
    expect(parseMessage({ ...importMessage, extra: 1 }, 'page').ok).toBe(false);
  });
});
