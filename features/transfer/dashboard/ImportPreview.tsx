import type { ImportSummary, TableCounts } from '@/lib/transfer/plan';

const TABLES = [
  ['applications', 'Applications'],
  ['platforms', 'Platforms'],
  ['events', 'History entries'],
] as const;

const n = (value: number) => value.toLocaleString();

/** What an import will do, table by table, before anything is written. */
export function ImportPreview({ summary }: { summary: ImportSummary }) {
  const replace = summary.mode === 'replace';
  const columns: [keyof TableCounts, string][] = [
    ['added', 'New'],
    ['updated', 'Updated'],
    ['unchanged', 'Already in your log (skipped)'],
    ...(replace ? [] : ([['keptNewer', 'Yours is newer (kept)']] as [keyof TableCounts, string][])),
    ...(replace ? ([['removed', 'Removed']] as [keyof TableCounts, string][]) : []),
  ];
  return (
    <table className="import-preview" data-testid="import-preview">
      <caption className="sr-only">What the import will change</caption>
      <thead>
        <tr>
          <td />
          {columns.map(([key, label]) => (
            <th key={key} scope="col">
              {label}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {TABLES.map(([table, label]) => (
          <tr key={table} data-testid={`preview-${table}`}>
            <th scope="row">{label}</th>
            {columns.map(([key]) => (
              <td
                key={key}
                data-column={key}
                className={key === 'removed' && summary[table][key] ? 'danger-text' : ''}
              >
                {n(summary[table][key])}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** One sentence for after the import. */
export function describeSummary(summary: ImportSummary): string {
  const part = (table: (typeof TABLES)[number][0], noun: string) => {
    const c = summary[table];
    const bits = [
      c.added && `${n(c.added)} added`,
      c.updated && `${n(c.updated)} updated`,
      c.removed && `${n(c.removed)} removed`,
    ].filter(Boolean);
    return bits.length ? `${noun}: ${bits.join(', ')}` : '';
  };
  const parts = [
    part('applications', 'applications'),
    part('platforms', 'platforms'),
    part('events', 'history entries'),
  ].filter(Boolean);
  const text = parts.join('; ');
  return parts.length
    ? `Imported. ${text[0].toUpperCase()}${text.slice(1)}.`
    : 'Nothing to import: your log already has everything in the file.';
}
