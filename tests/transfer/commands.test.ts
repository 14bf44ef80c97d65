import { describe, expect, it } from 'vitest';
import { parseMessage } from '@/lib/messaging/trust';
import { splitImport } from '@/lib/transfer/chunks';
import { emptyPayload } from '@/lib/transfer/payload';
import { sampleApplication } from './sample';

const [part] = splitImport(
  { ...emptyPayload(), applications: [sampleApplication('a')] },
  'merge',
  crypto.randomUUID(),
);
const importMessage = { type: 'import:apply', ...part };

describe('import and wipe messages', () => {
  it('are accepted from the extension’s own pages only', () => {
    expect(parseMessage(importMessage, 'page').ok).toBe(true);
    expect(parseMessage({ type: 'db:wipe', confirm: 'delete everything' }, 'page').ok).toBe(true);
    for (const trust of ['content', 'panel', 'unknown'] as const) {
      expect(parseMessage(importMessage, trust).ok).toBe(false);
      expect(parseMessage({ type: 'db:wipe', confirm: 'delete everything' }, trust).ok).toBe(false);
    }
  });

  it('are re-validated record by record, and a wipe must say so', () => {
    const bad = {
      ...importMessage,
      payload: { ...part.payload, applications: [{ ...sampleApplication('a'), stage: 'hired' }] },
    };
    const result = parseMessage(bad, 'page');
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toMatch(/payload\.applications\.0\.stage/);
    expect(parseMessage({ type: 'db:wipe' }, 'page').ok).toBe(false);
    expect(parseMessage({ type: 'db:wipe', confirm: 'yes' }, 'page').ok).toBe(false);
    expect(parseMessage({ ...importMessage, extra: 1 }, 'page').ok).toBe(false);
  });
});
