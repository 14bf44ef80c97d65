import { describe, expect, expectTypeOf, it } from 'vitest';
import type { ApplicationRecord, PlatformRecord } from '@/lib/model/records';
import {
  COMMAND_NAMES,
  COMMANDS,
  type CommandReply,
  type CommandRequest,
  type InputReplying,
} from '@/lib/messaging/commands';
import type { ImportReply } from '@/lib/transfer/import-reply';
import { COMMAND_HANDLERS } from '@/entrypoints/background/command-handlers';
import type { send } from '@/components/shared/send';

describe('the command registry', () => {
  it('names each command by the type its schema requires', () => {
    for (const name of COMMAND_NAMES) {
      const schema = COMMANDS[name].request;
      // The type field alone is never enough, but a wrong type is refused before anything else.
      const wrongType = schema.safeParse({ type: `${name}-not` });
      expect(wrongType.success, name).toBe(false);
      expect(JSON.stringify(wrongType.error?.issues), name).toContain('type');
    }
  });

  it('gives every command a tier and a handler, and the background handles exactly these', () => {
    for (const name of COMMAND_NAMES) {
      expect(['content', 'panel', 'page'], name).toContain(COMMANDS[name].tier);
      expect(typeof COMMAND_HANDLERS[name], name).toBe('function');
    }
    expect(Object.keys(COMMAND_HANDLERS).sort()).toEqual([...COMMAND_NAMES].sort());
  });

  it('keeps changes to the log away from content scripts and the panel frame', () => {
    const contentOrPanel = COMMAND_NAMES.filter((n) => COMMANDS[n].tier !== 'page');
    expect(contentOrPanel.sort()).toEqual(
      [
        'application:save',
        'listing:found',
        'listing:gone',
        'panel:highlight',
        'panel:layout',
        'report:wrong',
      ].sort(),
    );
  });

  it('derives the reply a sender gets from the registry', () => {
    // These lines are checked by the compiler (npx tsc --noEmit); at run time they do nothing.
    expectTypeOf<CommandReply<'report:wrong'>>().toEqualTypeOf<number>();
    expectTypeOf<CommandReply<'panel:highlight'>>().toEqualTypeOf<boolean>();
    expectTypeOf<CommandReply<'application:save'>>().toEqualTypeOf<ApplicationRecord>();
    expectTypeOf<CommandReply<'platform:create'>>().toEqualTypeOf<PlatformRecord>();
    expectTypeOf<CommandReply<'import:part'>>().toEqualTypeOf<ImportReply>();
    expectTypeOf<CommandReply<'listing:gone'>>().toEqualTypeOf<null>();
    expectTypeOf<CommandRequest<'application:stage'>>().toHaveProperty('stage');

    type Send = typeof send;
    expectTypeOf<InputReplying<number>>().toEqualTypeOf<{
      type: 'report:wrong';
      session: string;
      part: 'listing' | 'task_types' | 'pay' | 'flags' | 'risk' | 'other';
      note: string;
    }>();
    // A caller that expects the wrong reply does not compile.
    const check = (_send: Send) => {
      const session = '0b7f6a4e-2c1d-4e5f-8a9b-1c2d3e4f5a6b';
      const count: Promise<number> = _send({ type: 'report:wrong', session, part: 'pay', note: '' });
      // @ts-expect-error report:wrong answers a number, not a string
      const text: Promise<string> = _send({ type: 'report:wrong', session, part: 'pay', note: '' });
      // @ts-expect-error report:wrong answers a number, not a boolean
      void _send<boolean>({ type: 'report:wrong', session, part: 'pay', note: '' });
      // @ts-expect-error no such command
      void _send({ type: 'db:drop' });
      // @ts-expect-error a field the command does not take
      void _send({ type: 'listing:gone', session, evil: true });
      return [count, text];
    };
    expect(typeof check).toBe('function');
  });
});
