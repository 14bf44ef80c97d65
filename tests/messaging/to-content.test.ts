import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ToContentMessage } from '@/lib/messaging/protocol';
import { readToContentMessage } from '@/lib/messaging/to-content';

const valid = [
  { type: 'panel:layout', collapsed: true, side: 'left' },
  { type: 'panel:layout', collapsed: false, side: 'right', remember: false },
  { type: 'panel:highlight', snippet: 'pay a fee' },
  { type: 'panel:highlight', snippet: '' },
];
const invalid = [
  null,
  'panel:layout',
  { type: 'panel:layout', collapsed: 'yes', side: 'left' },
  { type: 'panel:layout', collapsed: true, side: 'top' },
  { type: 'panel:layout', collapsed: true, side: 'left', extra: 1 },
  { type: 'panel:highlight', field: 'text', snippet: 'x' },
  { type: 'panel:highlight', snippet: 5 },
  { type: 'unknown' },
];

describe('readToContentMessage', () => {
  it('accepts exactly what the zod schema accepts, on known cases', () => {
    for (const m of valid) expect(readToContentMessage(m)).toEqual(ToContentMessage.parse(m));
    for (const m of invalid) {
      expect(readToContentMessage(m)).toBeNull();
      expect(ToContentMessage.safeParse(m).success).toBe(false);
    }
  });

  it('agrees with the zod schema on generated messages', () => {
    const message = fc.record(
      {
        type: fc.constantFrom('panel:layout', 'panel:highlight', 'other'),
        collapsed: fc.oneof(fc.boolean(), fc.string()),
        side: fc.constantFrom('left', 'right', 'up'),
        remember: fc.oneof(fc.boolean(), fc.integer()),
        field: fc.constantFrom('title', 'text', 'body'),
        snippet: fc.oneof(fc.string(), fc.integer()),
      },
      { requiredKeys: ['type'] },
    );
    fc.assert(
      fc.property(message, (m) => {
        const zod = ToContentMessage.safeParse(m);
        expect(readToContentMessage(m)).toEqual(zod.success ? zod.data : null);
      }),
      { numRuns: 2000 },
    );
  });
});
