import { describeStorageError } from '../db/storage-errors';
import type { CommandHandlers, CommandName, CommandRequest } from './commands';
import type { Reply } from './protocol';
import { parseMessage, type Trust } from './trust';

/** Calls the command's handler; `name` and `request` come from the same validated message. */
function dispatch<N extends CommandName, C>(
  handlers: CommandHandlers<C>,
  name: N,
  request: CommandRequest<N>,
  context: C,
): unknown {
  const handler = handlers[name] as (request: CommandRequest<N>, context: C) => unknown;
  return handler(request, context);
}

/**
 * What the background does with every message: checks it against the sender's tier and the
 * command's schema, runs its handler, and wraps the answer or the error in a Reply. A refused
 * message reaches no handler, so it changes nothing.
 */
export async function routeMessage<C>(
  handlers: CommandHandlers<C>,
  raw: unknown,
  trust: Trust,
  context: C,
): Promise<Reply> {
  const result = parseMessage(raw, trust);
  if (!result.ok) return { ok: false, error: result.error };
  try {
    return { ok: true, data: await dispatch(handlers, result.parsed.name, result.parsed.message, context) };
  } catch (error) {
    return { ok: false, error: describeStorageError(error) };
  }
}
