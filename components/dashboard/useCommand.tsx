import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import type { CommandInput, CommandReply, CommandsOf } from '@/lib/messaging/commands';
import { send } from '@/components/shared/send';

export interface Notice {
  id: number;
  text: string;
  /** An action offered with the notice, such as Undo. */
  action?: { label: string; run: () => void };
  tone: 'info' | 'error';
}

/** The commands the dashboard runs through `run`: changes to the log (import has its own steps). */
type LogCommandName = Exclude<CommandsOf<'page'>, `import:${string}` | 'db:wipe' | 'tab:analyze'>;

/** Sends a change to the background; on failure shows its message and resolves to undefined. */
type Run = <N extends LogCommandName>(
  command: CommandInput<N> & { type: N },
) => Promise<CommandReply<N> | undefined>;

interface Commands {
  run: Run;
  notices: Notice[];
  notify: (notice: Omit<Notice, 'id'>) => void;
  /** Says what was deleted, with an Undo that restores the batch. */
  notifyDeleted: (text: string, batch: string) => void;
  dismiss: (id: number) => void;
}

const CommandContext = createContext<Commands | null>(null);
let nextId = 1;

export function CommandProvider({ children }: { children: ReactNode }) {
  const [notices, setNotices] = useState<Notice[]>([]);
  const dismiss = useCallback((id: number) => setNotices((list) => list.filter((n) => n.id !== id)), []);
  const notify = useCallback(
    (notice: Omit<Notice, 'id'>) => {
      const id = nextId++;
      // Keep the last three; older ones have been read or no longer matter.
      setNotices((list) => [...list.slice(-2), { ...notice, id }]);
      if (notice.tone === 'info') setTimeout(() => dismiss(id), notice.action ? 12_000 : 5_000);
    },
    [dismiss],
  );
  const run = useCallback<Run>(
    async (command) => {
      try {
        return await send<typeof command.type>(command);
      } catch (error) {
        notify({ text: error instanceof Error ? error.message : String(error), tone: 'error' });
        return undefined;
      }
    },
    [notify],
  );
  const notifyDeleted = useCallback(
    (text: string, batch: string) =>
      notify({
        tone: 'info',
        text,
        action: { label: 'Undo', run: () => void run({ type: 'applications:restore', batch }) },
      }),
    [notify, run],
  );
  const value = useMemo(
    () => ({ run, notices, notify, notifyDeleted, dismiss }),
    [run, notices, notify, notifyDeleted, dismiss],
  );
  return <CommandContext.Provider value={value}>{children}</CommandContext.Provider>;
}

export function useCommands(): Commands {
  const value = useContext(CommandContext);
  if (!value) throw new Error('useCommands needs a CommandProvider.');
  return value;
}
