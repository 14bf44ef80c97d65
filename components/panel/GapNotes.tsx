import { flagInfoOf } from '@/lib/analysis/flag-info';
import type { Flag } from '@/lib/analysis/types';
import { EvidenceList } from './EvidenceList';

/**
 * What the listing leaves out (no company named, only a ceiling for pay): facts to ask about,
 * shown beside the part of the panel they concern and never counted as risk.
 */
export function GapNotes({ gaps, ids }: { gaps: readonly Flag[] | undefined; ids: readonly string[] }) {
  const shown = (gaps ?? []).filter((g) => ids.includes(g.id));
  if (!shown.length) return null;
  return (
    <ul className="gap-notes">
      {shown.map((g) => {
        const info = flagInfoOf(g.id);
        return (
          <li key={g.id} data-testid={`gap-${g.id}`}>
            <strong>{info.title}.</strong> {info.explanation}
            {g.evidence.length > 0 && <EvidenceList evidence={g.evidence} label={`Where: ${info.title}`} />}
          </li>
        );
      })}
    </ul>
  );
}
