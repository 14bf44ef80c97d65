import type { Evidence } from '@/lib/analysis/types';
import { distinctEvidence, quote } from './distinct-evidence';
import { evidenceKey, useHighlight } from './useHighlight';

/** The listing's own words behind a judgment; each one scrolls to and highlights itself in the page. */
export function EvidenceList({ evidence, label }: { evidence: Evidence[]; label: string }) {
  const { active, found, show } = useHighlight();
  if (!evidence.length) return null;
  return (
    <ul className="evidence" aria-label={label}>
      {distinctEvidence(evidence).map((e) => {
        const key = evidenceKey(e);
        const text = quote(e.snippet);
        return (
          <li key={key}>
            <button
              type="button"
              className={active === key ? 'quote is-active' : 'quote'}
              aria-label={`Show in page: “${text}”`}
              onClick={() => show(e)}
            >
              “{text}”
            </button>
            {active === key && found === false && (
              <span className="quote-missing" role="status">
                Not visible on the page right now.
              </span>
            )}
          </li>
        );
      })}
    </ul>
  );
}
