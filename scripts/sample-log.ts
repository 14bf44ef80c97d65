// The log the benchmarks measure: many applications over 20 platforms, stages and outcomes spread
// like a busy year, each listing with a full description and analysis, and a history of events.
import { TASK_TYPE_IDS as TYPES } from '../lib/analysis/types';
import type { ApplicationRecord, EventRecord, PlatformRecord } from '../lib/model/records';
import { OUTCOMES, STAGES } from '../lib/model/stages';

/** `applications` applications and `eventTotal` events (at least one per application and stage). */
export function makeBenchLog(applications: number, eventTotal: number) {
  let state = 42;
  const rand = () => (state = (state * 1103515245 + 12345) % 2147483648) / 2147483648;
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)];
  const BASES = ['hourly', 'per_task', 'per_accepted_task', 'unpaid_steps'];
  const FLAGS = ['upfront_fee', 'messaging_app_contact', 'guaranteed_earnings', 'vague_duties'];
  const PLATFORMS = [
    ['outlier', 'Outlier'],
    ['dataannotation', 'DataAnnotation'],
    ['remotasks', 'Remotasks'],
    ['scaleai', 'Scale AI'],
    ['appen', 'Appen'],
    ['telus', 'TELUS Digital'],
    ['prolific', 'Prolific'],
    ['mercor', 'Mercor'],
    ['alignerr', 'Alignerr'],
    ['toloka', 'Toloka'],
    ['oneforma', 'OneForma'],
    ['turing', 'Turing'],
    ['invisible', 'Invisible'],
    ['micro1', 'micro1'],
    ['company:acme-data-labs', 'Acme Data Labs'],
    ['company:northwind-ai', 'Northwind AI'],
    ['company:lexicon-labs', 'Lexicon Labs'],
    ['company:globex', 'Globex Research'],
    ['company:initech', 'Initech Annotation'],
    ['company:umbrella', 'Umbrella Evaluations'],
  ];
  const SUBJECTS = [
    'Biology',
    'Chemistry',
    'Spanish',
    'German',
    'Python',
    'Math',
    'Legal',
    'Medical',
    'Finance',
    'Physics',
    'Japanese',
    'Audio',
    'Search',
    'Safety',
  ];
  const ROLES = [
    'Expert',
    'AI Trainer',
    'Rater',
    'Annotator',
    'Evaluator',
    'Writer',
    'Reviewer',
    'Red Teamer',
  ];
  const WORDS =
    'review model answers against written criteria rate accuracy relevance safety style follow the guidelines carefully tasks are paid per hour after a short unpaid assessment flexible schedule remote worldwide native fluency required degree preferred'.split(
      ' ',
    );
  const now = Date.now();
  const day = 86_400_000;
  const iso = (t: number) => new Date(t).toISOString();
  const text = (n: number) => Array.from({ length: n }, () => pick(WORDS)).join(' ');
  const evidence = (snippet: string) => ({
    field: 'text' as const,
    start: 10,
    end: 10 + snippet.length,
    snippet,
  });

  const apps: Record<string, unknown>[] = [];
  const events: EventRecord[] = [];
  const platformStage = new Map<string, number>();
  let e = 0;
  const event = (
    subjectId: string,
    kind: EventRecord['kind'],
    at: number,
    from?: string,
    to?: string,
    detail?: string,
  ) => {
    const record: EventRecord = { id: `e${e++}`, subject: 'application', subjectId, kind, at: iso(at) };
    if (from) record.from = from;
    if (to) record.to = to;
    if (detail) record.detail = detail;
    events.push(record);
  };
  for (let i = 0; i < applications; i++) {
    const [platformId, platformName] = pick(PLATFORMS);
    const id = `app-${i}`;
    const created = now - Math.floor(rand() * 240 * day);
    const reached = Math.min(5, Math.floor(rand() * rand() * 7));
    const stageDates: Record<string, string> = {};
    let t = created;
    for (let s = 0; s <= reached; s++) {
      stageDates[STAGES[s]] = iso(t);
      if (s < reached) t += Math.floor(rand() * 14 * day);
    }
    const updated = Math.min(now, t + Math.floor(rand() * 5 * day));
    const outcome = rand() < 0.2 ? pick(OUTCOMES) : undefined;
    const subject = pick(SUBJECTS);
    const title = `${subject} ${pick(ROLES)} – AI Training #${i}`;
    const level = rand() < 0.7 ? 'low' : rand() < 0.7 ? 'caution' : 'high';
    const rate = 15 + Math.floor(rand() * 50);
    const app: Record<string, unknown> = {
      id,
      listingKey: `${platformId}:${i}`,
      platformId,
      listing: {
        siteId: platformId.startsWith('company:') ? 'linkedin' : platformId,
        url: `https://example.test/jobs/${i}`,
        canonicalUrl: `https://example.test/jobs/${i}`,
        listingKey: `${platformId}:${i}`,
        title,
        company: platformName,
        location: 'Remote',
        payText: `$${rate}–${rate + 10}/hour`,
        description: text(220),
        source: 'adapter',
      },
      analysis: {
        taskTypes: [
          { id: pick(TYPES), score: 0.8, evidence: [evidence('review model answers')] },
          { id: pick(TYPES), score: 0.5, evidence: [] },
        ],
        payBases: [{ id: pick(BASES), evidence: [evidence('per hour')] }],
        pay: [
          {
            min: rate,
            max: rate + 10,
            currency: 'USD',
            unit: 'hour',
            per: 1,
            kind: 'base',
            text: `$${rate}–${rate + 10}/hour`,
            evidence: evidence(`$${rate}`),
          },
        ],
        redFlags:
          level === 'low'
            ? []
            : [
                {
                  id: pick(FLAGS),
                  severity: level === 'high' ? 'high' : 'medium',
                  evidence: [evidence('pay a small fee')],
                },
              ],
        goodSignals: [{ id: 'stated_pay', severity: 'low', evidence: [evidence('per hour')] }],
        risk: { level, reason: level === 'low' ? 'No warning signs found.' : 'One warning sign found.' },
      },
      stage: STAGES[reached],
      stageSince: stageDates[STAGES[reached]],
      stageDates,
      payNoted: `$${rate}/h`,
      notes: rand() < 0.4 ? text(25) : '',
      tags: rand() < 0.3 ? [pick(['urgent', 'follow-up', 'good-fit', 'long-shot'])] : [],
      createdAt: iso(created),
      updatedAt: iso(updated),
    };
    if (outcome) Object.assign(app, { outcome, outcomeAt: iso(updated) });
    apps.push(app);
    platformStage.set(platformId, Math.max(platformStage.get(platformId) ?? 0, reached));
    event(id, 'created', created, undefined, 'found');
    for (let s = 1; s <= reached; s++)
      event(id, 'stage', Date.parse(stageDates[STAGES[s]]), STAGES[s - 1], STAGES[s]);
    if (outcome) event(id, 'outcome', updated, undefined, outcome);
  }
  // Top up with edits, spread over the applications, to reach the event total.
  for (let i = 0; events.length < eventTotal; i++) {
    const app = apps[i % apps.length] as { id: string; updatedAt: string };
    event(
      app.id,
      'edit',
      Date.parse(app.updatedAt),
      undefined,
      undefined,
      pick(['notes', 'tags', 'payNoted']),
    );
  }
  const platforms = PLATFORMS.map(([id, name]) => {
    const stage = STAGES[platformStage.get(id) ?? 0];
    const at = iso(now - 200 * day);
    return {
      id,
      name,
      stage,
      stageSince: at,
      stageDates: { found: at },
      requirements: [{ id: 'nda', done: true, doneOn: at.slice(0, 10) }],
      unpaidHours: Math.round(rand() * 120) / 10,
      notes: '',
      createdAt: at,
      updatedAt: at,
    };
  });

  return {
    applications: apps as ApplicationRecord[],
    events: events as EventRecord[],
    platforms: platforms as PlatformRecord[],
  };
}
