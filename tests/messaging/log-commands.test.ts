import { countApplications, getApplication } from '@/lib/db/applications';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { TaskLensDb } from '@/lib/db/database';
import { saveListing } from '@/lib/db/save-listing';
import { COMMANDS } from '@/lib/messaging/commands';
import { routeMessage } from '@/lib/messaging/router';
import { parseMessage, type Trust } from '@/lib/messaging/trust';
import { COMMAND_HANDLERS } from '@/entrypoints/background/command-handlers';
import { PanelSessions } from '@/entrypoints/background/panel-sessions';
import { freshDb, makeListing, snapshot } from '../db/fixtures';

let db: TaskLensDb;
let appId: string;
beforeEach(async () => {
  db = freshDb();
  appId = (await saveListing(db, { listing: makeListing('a'), stage: 'found', notes: '' })).id;
});
afterEach(async () => {
  await db.delete();
});

const DASHBOARD = { url: 'chrome-extension://tasklens/dashboard.html', id: 'tasklens' };

/** What the background does with a raw message from a sender: its own router and handlers. */
function deliver(raw: unknown, trust: Trust) {
  const context = { db, sessions: new PanelSessions(db), sender: DASHBOARD };
  return routeMessage(COMMAND_HANDLERS, raw, trust, context);
}

describe('log commands from the dashboard', () => {
  it('apply stage, outcome, edits, platform changes, delete and undo', async () => {
    expect(await deliver({ type: 'application:stage', id: appId, stage: 'trial' }, 'page')).toMatchObject({
      ok: true,
    });
    expect(
      await deliver({ type: 'application:outcome', id: appId, outcome: 'no_work' }, 'page'),
    ).toMatchObject({ ok: true });
    expect(
      await deliver({ type: 'application:edit', id: appId, tags: ['bio'], notes: 'n' }, 'page'),
    ).toMatchObject({
      ok: true,
    });
    expect(await deliver({ type: 'platform:edit', id: 'outlier', unpaidHours: 4 }, 'page')).toMatchObject({
      ok: true,
    });
    const requirement = { id: 'payment_setup', done: true, doneOn: '2025-02-01' };
    expect(await deliver({ type: 'platform:requirement', id: 'outlier', requirement }, 'page')).toMatchObject(
      {
        ok: true,
      },
    );
    expect(await getApplication(db, appId)).toMatchObject({
      stage: 'trial',
      outcome: 'no_work',
      tags: ['bio'],
    });
    expect(await db.platforms.get('outlier')).toMatchObject({ unpaidHours: 4, requirements: [requirement] });

    const deleted = await deliver({ type: 'applications:delete', ids: [appId] }, 'page');
    expect(await countApplications(db)).toBe(0);
    const { batch } = (deleted as { data: { batch: string } }).data;
    expect(await deliver({ type: 'applications:restore', batch }, 'page')).toMatchObject({
      ok: true,
      data: { restored: 1 },
    });
    expect(await countApplications(db)).toBe(1);
  });

  it('creates a platform by name and answers the record', async () => {
    expect(COMMANDS['platform:create'].tier).toBe('page');
    const reply = await deliver({ type: 'platform:create', name: '  Outlier ' }, 'page');
    expect(reply).toMatchObject({ ok: true, data: { id: 'outlier', stage: 'found' } });
  });
});

describe('unknown or malformed messages', () => {
  const bad: [string, unknown, 'content' | 'panel' | 'page' | 'unknown'][] = [
    ['unknown type', { type: 'db:drop' }, 'page'],
    ['extra field', { type: 'application:stage', id: 'x', stage: 'paid', sql: 'drop' }, 'page'],
    ['bad stage', { type: 'application:stage', id: 'x', stage: 'hired' }, 'page'],
    ['empty edit', { type: 'application:edit', id: 'x' }, 'page'],
    ['negative hours', { type: 'platform:edit', id: 'outlier', unpaidHours: -1 }, 'page'],
    ['hours not a number', { type: 'platform:edit', id: 'outlier', unpaidHours: 'lots' }, 'page'],
    [
      'bad requirement',
      { type: 'platform:requirement', id: 'outlier', requirement: { id: 'soul', done: true } },
      'page',
    ],
    [
      'bad requirement date',
      {
        type: 'platform:requirement',
        id: 'outlier',
        requirement: { id: 'nda', done: true, doneOn: 'yesterday' },
      },
      'page',
    ],
    ['empty id list', { type: 'applications:delete', ids: [] }, 'page'],
    ['huge tag', { type: 'application:edit', id: 'x', tags: ['x'.repeat(65)] }, 'page'],
    ['not an object', 'application:delete', 'page'],
    ['null', null, 'page'],
    ['delete from a content script', { type: 'application:delete', id: 'x' }, 'content'],
    ['bulk stage from the panel', { type: 'applications:stage', ids: ['x'], stage: 'paid' }, 'panel'],
    ['platform edit from the panel', { type: 'platform:edit', id: 'outlier', notes: 'x' }, 'panel'],
    ['anything from an unknown sender', { type: 'application:stage', id: 'x', stage: 'paid' }, 'unknown'],
  ];

  it.each(bad)('%s is rejected with a clear error and changes nothing', async (_name, raw, trust) => {
    const before = await snapshot(db);
    const reply = await deliver(raw, trust);
    expect(reply.ok).toBe(false);
    if (!reply.ok) expect(reply.error.length).toBeGreaterThan(10);
    expect(await snapshot(db)).toEqual(before);
  });

  it('names the message and the field that was wrong', () => {
    const result = parseMessage({ type: 'application:stage', id: 'x', stage: 'hired' }, 'page');
    expect(result).toMatchObject({ ok: false });
    if (!result.ok) {
      expect(result.error).toContain('"application:stage"');
      expect(result.error).toContain('stage');
    }
  });

  it('a well-formed command about a missing record says so and changes nothing', async () => {
    const before = await snapshot(db);
    const reply = await deliver({ type: 'application:stage', id: 'nope', stage: 'paid' }, 'page');
    expect(reply).toEqual({ ok: false, error: 'That application is no longer in your log.' });
    const platform = await deliver({ type: 'platform:stage', id: 'nope', stage: 'paid' }, 'page');
    expect(platform).toEqual({ ok: false, error: 'That platform is not in your log.' });
    expect(await snapshot(db)).toEqual(before);
  });
});
