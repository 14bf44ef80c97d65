import type { Flag, PayAmount, Risk } from './types';
import { flagInfoOf, type RedFlagId } from './flag-info';

const POINTS = { low: 1, medium: 2, high: 5 } as const;
// Messaging-app contact is common in scams but also in some legitimate communities; paired with
// chat-only hiring or a cold offer it is the hiring-on-Telegram pattern.
const MESSAGING_COMBOS: readonly RedFlagId[] = [
  'chat_only_interview',
  'unsolicited_contact',
  'task_scam_language',
  'guaranteed_earnings',
];
// EMSCAD: fraud odds climb steeply once several weak signals appear together.
const STACK_THRESHOLD = 4;

const title = (id: string) => flagInfoOf(id).title;

export function assessRisk(
  redFlags: readonly Flag[],
  goodSignals: readonly Flag[],
  pay: readonly PayAmount[],
): Risk {
  const ids = new Set(redFlags.map((f) => f.id));
  const high = redFlags.find((f) => f.severity === 'high');
  if (high) return { level: 'high', reason: `${title(high.id)}: a hallmark of job scams.` };
  if (ids.has('messaging_app_contact')) {
    const partner = MESSAGING_COMBOS.find((id) => ids.has(id));
    if (partner) {
      return {
        level: 'high',
        reason: `Hiring pushed to a messaging app together with "${title(partner).toLowerCase()}".`,
      };
    }
  }
  const points = redFlags.reduce((sum, f) => sum + POINTS[f.severity], 0);
  if (points >= STACK_THRESHOLD) {
    return {
      level: 'high',
      reason: `${redFlags.length} warning signs together, a combination common in fake listings.`,
    };
  }
  if (redFlags.length) {
    const worst = redFlags.find((f) => f.severity === 'medium') ?? redFlags[0];
    const more = redFlags.length > 1 ? ` (and ${redFlags.length - 1} more)` : '';
    return { level: 'caution', reason: `Check before applying: ${title(worst.id).toLowerCase()}${more}.` };
  }
  if (!pay.some((p) => p.kind === 'base')) {
    return { level: 'caution', reason: 'Only a ceiling or boast is given for pay, not a base rate.' };
  }
  const good = goodSignals.length;
  return {
    level: 'low',
    reason: `No warning signs; the rate is stated${good > 1 ? ` and ${good} good signs are present` : ''}.`,
  };
}
