import type { ApplicationRecord, PlatformRecord, Requirement } from '../model/records';
import { REQUIREMENT_IDS } from '../model/records';
import type { ApplicationV1, PlatformV1, RequirementV1 } from './schema-v1';

/**
 * Pure record upgrades, one per schema step. The Dexie upgrade runs them over stored records and
 * import runs them over files from older versions, so both agree. They never drop user data:
 * anything they cannot place is kept in notes.
 */

/** Tags trimmed, de-duplicated case-insensitively, empty ones dropped, first spelling kept. */
export function normaliseTags(tags: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of tags) {
    const tag = raw.trim().slice(0, 64);
    const key = tag.toLowerCase();
    if (!tag || seen.has(key)) continue;
    seen.add(key);
    out.push(tag);
  }
  return out.slice(0, 50);
}

/** When the current stage was entered, as well as v1 records can tell. */
function stageSinceOf(record: { stage: string; stageDates: Record<string, string>; updatedAt: string }) {
  return record.stageDates?.[record.stage] ?? record.updatedAt;
}

function requirementV1to2(r: RequirementV1): Requirement {
  const known = (REQUIREMENT_IDS as readonly string[]).includes(r.id);
  const day = r.date ? r.date.slice(0, 10) : undefined;
  return {
    id: known ? (r.id as Requirement['id']) : 'other',
    ...(known ? {} : { label: r.id.slice(0, 200) }),
    done: Boolean(r.done),
    ...(day ? (r.done ? { doneOn: day } : { askedOn: day }) : {}),
  };
}

export function upgradeApplication1to2(a: ApplicationV1): ApplicationRecord {
  return {
    ...(a as unknown as ApplicationRecord),
    tags: normaliseTags(a.tags ?? []),
    stageSince: stageSinceOf(a),
    ...(a.outcome ? { outcomeAt: a.updatedAt } : {}),
  };
}

export function upgradePlatform1to2(p: PlatformV1): PlatformRecord {
  return {
    ...(p as unknown as PlatformRecord),
    requirements: (p.requirements ?? []).map(requirementV1to2),
    stageSince: stageSinceOf(p),
    ...(p.outcome ? { outcomeAt: p.updatedAt } : {}),
  };
}
