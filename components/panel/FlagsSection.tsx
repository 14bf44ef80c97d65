import { flagInfoOf } from '@/lib/analysis/flag-info';
import type { Flag, Severity } from '@/lib/analysis/types';
import { EvidenceList } from './EvidenceList';
import { useHighlight } from './useHighlight';

const SEVERITY_RANK: Record<Severity, number> = { high: 0, medium: 1, low: 2 };
const SEVERITY_LABELS: Record<Severity, string> = { high: 'Serious', medium: 'Warning', low: 'Minor' };

function FlagItem({ flag, kind }: { flag: Flag; kind: 'red' | 'good' }) {
  const { show } = useHighlight();
  const info = flagInfoOf(flag.id);
  const first = flag.evidence[0];
  return (
    <li className={`flag flag-${kind} severity-${flag.severity}`} data-testid={`${kind}-${flag.id}`}>
      <h3 className="flag-title">
        {kind === 'red' && <span className="severity">{SEVERITY_LABELS[flag.severity]}</span>}
        {first ? (
          <button
            type="button"
            className="flag-button"
            onClick={() => show(first)}
            aria-label={`${info.title}: show in page`}
          >
            {info.title}
          </button>
        ) : (
          <span>{info.title}</span>
        )}
      </h3>
      {info.explanation && <p>{info.explanation}</p>}
      <EvidenceList evidence={flag.evidence} label={`Words behind “${info.title}”`} />
    </li>
  );
}

/** Red flags most serious first, then the good signs; each one can point at its words in the page. */
export function FlagsSection({ redFlags, goodSignals }: { redFlags: Flag[]; goodSignals: Flag[] }) {
  const red = [...redFlags].sort((a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity]);
  return (
    <>
      <section aria-labelledby="flags-heading" data-testid="flags">
        <h2 id="flags-heading" tabIndex={-1}>
          Red flags <span className="count">{red.length}</span>
        </h2>
        {red.length === 0 ? (
          <p className="muted" data-testid="no-red-flags">
            None found in the listing’s words. That is no guarantee: scams change their wording.
          </p>
        ) : (
          <ul className="flags" data-testid="red-flags">
            {red.map((f) => (
              <FlagItem key={f.id} flag={f} kind="red" />
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="good-heading" data-testid="good">
        <h2 id="good-heading">
          Good signs <span className="count">{goodSignals.length}</span>
        </h2>
        {goodSignals.length === 0 ? (
          <p className="muted">None found.</p>
        ) : (
          <ul className="flags" data-testid="good-signals">
            {goodSignals.map((f) => (
              <FlagItem key={f.id} flag={f} kind="good" />
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
