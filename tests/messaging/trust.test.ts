import { describe, expect, it } from 'vitest';
import { parseMessage, trustOf } from '@/lib/messaging/trust';
import { makeListing } from '../db/fixtures';

const BASE = 'chrome-extension://abcdefghijklmnop/';
const SESSION = '0b7f6a4e-2c1d-4e5f-8a9b-1c2d3e4f5a6b';
const LISTING = makeListing('x');

describe('trustOf', () => {
  it('tells content scripts, the panel frame and extension pages apart', () => {
    expect(trustOf('https://www.linkedin.com/jobs/view/1/', BASE, true)).toBe('content');
    expect(trustOf(`${BASE}panel.html#x`, BASE, true)).toBe('panel');
    expect(trustOf(`${BASE}dashboard.html`, BASE, true)).toBe('page');
    expect(trustOf(`${BASE}popup.html`, BASE, true)).toBe('page');
  });
  it('trusts nothing from another extension or without a URL', () => {
    expect(trustOf(`${BASE}dashboard.html`, BASE, false)).toBe('unknown');
    expect(trustOf(undefined, BASE, true)).toBe('unknown');
    expect(trustOf('not a url', BASE, true)).toBe('unknown');
    expect(trustOf(`${BASE}unknown.html`, BASE, true)).toBe('unknown');
    expect(trustOf('file:///etc/passwd', BASE, true)).toBe('unknown');
    expect(trustOf('chrome-extension://other/dashboard.html', BASE, true)).toBe('unknown');
  });
});

describe('parseMessage', () => {
  it('accepts a well-formed listing from a content script', () => {
    const result = parseMessage({ type: 'listing:found', session: SESSION, listing: LISTING }, 'content');
    expect(result.ok).toBe(true);
  });
  it('refuses page-only messages from content scripts and the panel', () => {
    for (const trust of ['content', 'panel'] as const) {
      const result = parseMessage({ type: 'application:delete', id: 'x' }, trust);
      expect(result).toEqual({
        ok: false,
        error: `Rejected "application:delete" from ${trust}: it is accepted only from TaskLens’s own pages.`,
      });
    }
  });
  it('refuses unknown fields, unknown types and malformed values with a clear error', () => {
    const extra = parseMessage({ type: 'listing:gone', session: SESSION, evil: true }, 'content');
    expect(extra).toMatchObject({ ok: false });
    const unknown = parseMessage({ type: 'db:drop' }, 'page');
    expect(unknown).toMatchObject({ ok: false });
    const badStage = parseMessage({ type: 'application:stage', id: 'a', stage: 'hired' }, 'page');
    expect(badStage.ok).toBe(false);
    if (!badStage.ok) expect(badStage.error).toContain('stage');
    expect(parseMessage('hello', 'content').ok).toBe(false);
    expect(parseMessage({ type: 'listing:gone', session: SESSION }, 'unknown').ok).toBe(false);
  });
});
