import { localCalendarDay } from '../model/calendar-day';
import { MAX_NAME } from '../model/limits';
import {
  requirementKey,
  requirementName,
  type EventRecord,
  type Requirement,
  type RequirementId,
} from '../model/records';
import type { LogTables } from './tables';
import { event } from './events';

const MAX_REQUIREMENTS = 50;

// A platform's step names ("Resume", "Domain Expert Interview", "Work Authorization") in the log's
// own checklist terms; a step none of these fits is kept under its own name.
const STEP_KINDS: readonly [RegExp, RequirementId][] = [
  [/\b(?:resume|cv|linkedin|portfolio)\b/i, 'cv'],
  [
    /\b(?:id|identity|passport|selfie|persona)\b.*\b(?:check|verif\w*)\b|\bverify (?:your )?identity\b/i,
    'id_check',
  ],
  [/\bphone\b/i, 'phone_check'],
  [/\b(?:payment|payout|paypal|payoneer|bank|tax)\b/i, 'payment_setup'],
  [/\b(?:nda|confidential\w*)\b/i, 'nda'],
  [/\b(?:contract|agreement|terms)\b/i, 'contractor_terms'],
  [/\b(?:work authori[sz]ation|eligib\w*|location|language)\b/i, 'eligibility'],
  [/\b(?:degree|diploma|credential\w*|licen[cs]e|transcript)\b/i, 'credentials'],
  [/\b(?:interview|assessment|test|exam|quiz|qualification|skills? check|evaluation)\b/i, 'assessment'],
  [/\b(?:questionnaire|survey|form)\b/i, 'questionnaire'],
  [/\b(?:availability|schedule|hours)\b/i, 'availability'],
  [/\b(?:profile|work history|experience|skills)\b/i, 'profile'],
  [/\b(?:device|equipment|webcam|microphone|headset|computer)\b/i, 'device'],
];

/** The checklist items a listing's steps stand for, to do from `day`. */
export function requirementsFromSteps(steps: readonly string[], day: string): Requirement[] {
  const out = new Map<string, Requirement>();
  for (const step of steps) {
    const name = step.trim().slice(0, MAX_NAME);
    if (!name) continue;
    const id = STEP_KINDS.find(([pattern]) => pattern.test(name))?.[1] ?? 'other';
    const requirement: Requirement = {
      id,
      done: false,
      askedOn: day,
      ...(id === 'other' ? { label: name } : {}),
    };
    out.set(requirementKey(requirement), out.get(requirementKey(requirement)) ?? requirement);
  }
  return [...out.values()];
}

/**
 * Adds a saved listing's steps to its platform's checklist: only what the checklist lacks, so
 * what the user ticked or wrote stays as it is. Call inside a transaction that covers platforms.
 */
export async function addStepRequirements(
  db: LogTables,
  platformId: string,
  steps: readonly string[] | undefined,
  at: string,
  events: EventRecord[],
) {
  if (!steps?.length) return;
  const platform = await db.platforms.get(platformId);
  if (!platform) return;
  const have = new Set(platform.requirements.map(requirementKey));
  const fresh = requirementsFromSteps(steps, localCalendarDay(new Date(at)))
    .filter((r) => !have.has(requirementKey(r)))
    .slice(0, Math.max(0, MAX_REQUIREMENTS - platform.requirements.length));
  if (!fresh.length) return;
  await db.platforms.put({ ...platform, requirements: [...platform.requirements, ...fresh], updatedAt: at });
  for (const r of fresh)
    events.push(
      event(
        'platform',
        platformId,
        'requirement',
        at,
        undefined,
        `${requirementName(r)}: to do`,
        requirementKey(r),
      ),
    );
}
