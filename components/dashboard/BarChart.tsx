export interface Bar {
  key: string;
  label: string;
  value: number;
  /** The value as shown, with its unit. */
  text: string;
  note?: string;
}

/**
 * A horizontal bar chart built as a table: sighted users see bars, screen readers hear rows of
 * label and value. Bars scale to the largest value.
 */
export function BarChart({
  title,
  caption,
  bars,
  testId,
}: {
  title: string;
  caption?: string;
  bars: Bar[];
  testId?: string;
}) {
  const max = Math.max(...bars.map((b) => b.value), 0) || 1;
  return (
    <figure className="chart bars" data-testid={testId}>
      <figcaption>
        <strong>{title}</strong>
        {caption && <span className="muted"> — {caption}</span>}
      </figcaption>
      {bars.length === 0 ? (
        <p className="muted">Nothing to show yet.</p>
      ) : (
        <table>
          <tbody>
            {bars.map((b) => (
              <tr key={b.key}>
                <th scope="row">{b.label}</th>
                <td>
                  <span className="bar-track" aria-hidden="true">
                    <span className="bar-fill" style={{ width: `${(b.value / max) * 100}%` }} />
                  </span>
                  <span className="bar-value">{b.text}</span>
                  {b.note && <span className="muted bar-note">{b.note}</span>}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </figure>
  );
}
