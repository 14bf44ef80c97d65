import type { Evidence } from './types';
import type { ScanText } from './text-scan';

/**
 * Which part of a listing a passage sits in. "About us: we label data for AI labs" describes the
 * company, not the work, so words there say less about the task than the same words under
 * "What you'll do".
 */
export type SectionKind = 'work' | 'company' | 'requirements' | 'benefits' | 'other';

/** How much a task-type match counts in each kind of section, as a factor on the rule's weight. */
export const SECTION_WEIGHT: Readonly<Record<SectionKind, number>> = {
  work: 1,
  other: 1,
  requirements: 1,
  company: 0.4,
  benefits: 0.3,
};

// Heading text, matched on one lowercased line (bullets and "#" stripped), with or without a colon.
const HEADINGS: readonly (readonly [RegExp, SectionKind])[] = [
  [
    /^(?:what (?:you['’]ll|you will|you['’]d|you would) (?:do|be doing|work on)(?: [\w -]{1,20})?|(?:key |main |your )?(?:responsibilities|duties|tasks)|(?:about |the )?(?:the )?(?:role|job|position|project|work|opportunity)(?: overview| description| details)?|job (?:description|summary|details)|role (?:overview|description|summary)|description|day[- ]to[- ]day|in this role|what the (?:work|job|role) (?:is|involves|looks like)|you may contribute your expertise by|your (?:work|impact|mission))$/,
    'work',
  ],
  [
    /^(?:about (?![^\n]{0,40}\b(?:role|job|position|project|work|opportunity|you|tasks?|training)\b)[\w .&'’-]{1,40}|who we are|(?:company|organi[sz]ation) (?:overview|description|profile)|our (?:mission|story|company|team|vision)|why (?:join|work (?:with|at|for)) [\w .&'’-]{1,30}|the company)$/,
    'company',
  ],
  [
    /^(?:(?:basic |minimum |preferred |required |key )?(?:requirements|qualifications|skills(?: (?:and|&) (?:experience|qualifications))?)|what (?:we['’]re|we are) looking for|who you are|about you|you (?:have|are|bring|might be a (?:good|great) fit)|nice[- ]to[- ]haves?|must[- ]haves?|bonus points|ideal (?:candidate|qualifications)|(?:required |preferred )?experience)$/,
    'requirements',
  ],
  [
    /^(?:benefits|perks(?: (?:and|&) benefits)?|what (?:we|you['’]ll|you will) (?:offer|get)|why you['’]ll love [\w .&'’-]{1,30}|compensation(?: (?:and|&) benefits)?|pay(?: and benefits)?|we offer|our offer)$/,
    'benefits',
  ],
];

// A line that may be a heading: short, optionally bulleted or numbered, optionally ending in a colon
// (and "About us: text" on the same line counts too). Bounded, so it stays linear.
const HEADING_LINE =
  /(?:^|\n)[ \t]{0,4}(?:[#*•·>–-]{1,3}[ \t]{0,2})?([a-z][^\n:]{1,60}?)[ \t]{0,2}(?::|\n|$)/g;
const MAX_SECTIONS = 64;

export interface Sections {
  /** Start offsets in `clean`, ascending; `kinds[i]` runs from `starts[i]` to the next start. */
  starts: number[];
  kinds: SectionKind[];
}

/** The sections of one field, found from its headings. Text before the first heading is 'other'. */
export function findSections(doc: ScanText): Sections {
  const starts = [0];
  const kinds: SectionKind[] = ['other'];
  const { lower } = doc;
  HEADING_LINE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while (starts.length < MAX_SECTIONS && (m = HEADING_LINE.exec(lower)) !== null) {
    const heading = m[1].trim().replace(/[!.?]+$/, '');
    const kind = HEADINGS.find(([pattern]) => pattern.test(heading))?.[1];
    // The newline that ended the heading starts the next candidate line.
    if (m[0].endsWith('\n')) HEADING_LINE.lastIndex--;
    if (!kind) continue;
    starts.push(m.index);
    kinds.push(kind);
  }
  return { starts, kinds };
}

/** The section kind at an offset into `clean`. */
export function sectionAt(sections: Sections, at: number): SectionKind {
  let lo = 0;
  let hi = sections.starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (sections.starts[mid] <= at) lo = mid;
    else hi = mid - 1;
  }
  return sections.kinds[lo];
}

/** Offset in `clean` of an evidence start, which points into `original`. */
function cleanOffset(doc: ScanText, originalAt: number): number {
  const { map } = doc;
  if (!map) return originalAt;
  let lo = 0;
  let hi = map.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (map[mid] < originalAt) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The factor for a match given its evidence in this field: the best section any of its evidence
 * sits in (a match under "What you'll do" counts in full even if it also appears in the blurb).
 */
export function sectionFactor(doc: ScanText, sections: Sections, evidence: readonly Evidence[]): number {
  let best = 0;
  for (const e of evidence) {
    if (e.field !== doc.field) continue;
    best = Math.max(best, SECTION_WEIGHT[sectionAt(sections, cleanOffset(doc, e.start))]);
  }
  return best;
}
