import { ApplicationRecord } from '../model/records';
import { OUTCOME_LABELS, STAGE_LABELS, STAGES } from '../model/stages';
import { fromCell, listFromCell, listToCell, optionalToCell, toCell } from './csv-cell';
import { APPLICATION_COLUMNS, outcomeFromText, stageFromText, type ApplicationColumn } from './csv-columns';
import { jsonFromCell, jsonToCell } from './csv-json-cell';

export const APPLICATION_COLUMN_KEYS = Object.keys(APPLICATION_COLUMNS) as ApplicationColumn[];

/** The listing's title, company and URL have their own columns, so its JSON cell leaves them out. */
const LISTING_FIELDS_IN_COLUMNS = ['title', 'company', 'url'] as const;

/** One application as CSV cells, in APPLICATION_COLUMNS order, already neutralised. */
export function applicationToRow(record: ApplicationRecord, platformName: string): string[] {
  const { title, company, url, ...listingRest } = record.listing;
  const cells: Record<ApplicationColumn, string> = {
    platform: toCell(platformName),
    title: toCell(title),
    company: toCell(company),
    url: toCell(url),
    stage: STAGE_LABELS[record.stage],
    stageSince: toCell(record.stageSince),
    outcome: record.outcome ? OUTCOME_LABELS[record.outcome] : '',
    outcomeAt: optionalToCell(record.outcomeAt),
    date_found: optionalToCell(record.stageDates.found),
    date_applied: optionalToCell(record.stageDates.applied),
    date_agreements: optionalToCell(record.stageDates.agreements),
    date_screening: optionalToCell(record.stageDates.screening),
    date_trial: optionalToCell(record.stageDates.trial),
    date_paid: optionalToCell(record.stageDates.paid),
    payNoted: toCell(record.payNoted),
    risk: record.analysis?.risk.level ?? '',
    taskTypes: listToCell(record.analysis?.taskTypes.map((t) => t.id) ?? []),
    tags: listToCell(record.tags),
    notes: toCell(record.notes),
    createdAt: toCell(record.createdAt),
    updatedAt: toCell(record.updatedAt),
    id: toCell(record.id),
    listingKey: toCell(record.listingKey),
    platformId: toCell(record.platformId),
    listing: jsonToCell(listingRest),
    analysis: jsonToCell(record.analysis),
  };
  return APPLICATION_COLUMN_KEYS.map((key) => cells[key]);
}

export type RowResult<T> = { ok: true; record: T } | { ok: false; problems: string[] };

/** Which column a problem at a record path belongs to, plus the path inside a JSON cell. */
function columnOf(path: readonly PropertyKey[]): { column: ApplicationColumn; inner: string } {
  const [head, next] = path.map(String);
  if (head === 'listing') {
    if ((LISTING_FIELDS_IN_COLUMNS as readonly string[]).includes(next)) {
      return { column: next as ApplicationColumn, inner: '' };
    }
    return { column: 'listing', inner: path.slice(1).join('.') };
  }
  if (head === 'analysis') return { column: 'analysis', inner: path.slice(1).join('.') };
  if (head === 'stageDates' && STAGES.includes(next as never)) {
    return { column: `date_${next}` as ApplicationColumn, inner: '' };
  }
  if (head in APPLICATION_COLUMNS)
    return { column: head as ApplicationColumn, inner: path.slice(1).join('.') };
  return { column: 'id', inner: path.join('.') };
}

function where(row: number, column: ApplicationColumn, inner = ''): string {
  return `Row ${row}, column "${APPLICATION_COLUMNS[column]}"${inner ? `, field ${inner}` : ''}`;
}

/** Reads one data row back into an application; `cell` returns a column's raw text. */
export function applicationFromRow(
  cell: (column: ApplicationColumn) => string,
  row: number,
): RowResult<ApplicationRecord> {
  const problems: string[] = [];
  const json = (column: 'listing' | 'analysis') => {
    const result = jsonFromCell(cell(column));
    if (result.ok) return result.value;
    problems.push(`${where(row, column)}: ${result.problem}.`);
    return undefined;
  };
  const listingRest = json('listing');
  const analysis = json('analysis');
  if (listingRest === undefined || typeof listingRest !== 'object' || Array.isArray(listingRest)) {
    if (!problems.length) problems.push(`${where(row, 'listing')}: must hold the listing as a JSON object.`);
  }

  const stageText = fromCell(cell('stage'));
  const stage = stageFromText(stageText);
  if (!stage) problems.push(`${where(row, 'stage')}: "${stageText.slice(0, 40)}" is not a stage.`);
  const outcomeText = fromCell(cell('outcome'));
  const outcome = outcomeText.trim() === '' ? undefined : outcomeFromText(outcomeText);
  if (outcomeText.trim() !== '' && !outcome) {
    problems.push(`${where(row, 'outcome')}: "${outcomeText.slice(0, 40)}" is not an outcome.`);
  }
  const tags = listFromCell(cell('tags'));
  if (!tags) problems.push(`${where(row, 'tags')}: cannot read the list of tags.`);
  if (problems.length) return { ok: false, problems };

  const stageDates: Record<string, string> = {};
  for (const s of STAGES) {
    const date = fromCell(cell(`date_${s}`));
    if (date !== '') stageDates[s] = date;
  }
  const candidate = {
    id: fromCell(cell('id')),
    listingKey: fromCell(cell('listingKey')),
    platformId: fromCell(cell('platformId')),
    listing: {
      ...(listingRest as object),
      title: fromCell(cell('title')),
      company: fromCell(cell('company')),
      url: fromCell(cell('url')),
    },
    ...(analysis === undefined ? {} : { analysis }),
    stage,
    stageSince: fromCell(cell('stageSince')),
    ...(outcome ? { outcome } : {}),
    ...(fromCell(cell('outcomeAt')) === '' ? {} : { outcomeAt: fromCell(cell('outcomeAt')) }),
    stageDates,
    payNoted: fromCell(cell('payNoted')),
    notes: fromCell(cell('notes')),
    tags,
    createdAt: fromCell(cell('createdAt')),
    updatedAt: fromCell(cell('updatedAt')),
  };
  const parsed = ApplicationRecord.safeParse(candidate);
  if (parsed.success) return { ok: true, record: parsed.data };
  return {
    ok: false,
    problems: parsed.error.issues.map((issue) => {
      const { column, inner } = columnOf(issue.path);
      return `${where(row, column, inner)}: ${issue.message}`;
    }),
  };
}
