import type { KeyboardEvent } from 'react';
import type { AppRow } from '@/lib/db/log-rows';
import { STAGE_LABELS, STAGES, stageIndex, type Stage } from '@/lib/model/stages';
import { OutcomeBadge, RiskLevelBadge } from './Badges';
import { ago, listingTitle } from './display';
import { StageOptions } from '@/components/shared/StageOptions';

interface Props {
  row: AppRow;
  onMove: (id: string, stage: Stage) => void;
  onOpen: (id: string) => void;
  cardRef: (el: HTMLElement | null) => void;
}

export const DRAG_TYPE = 'application/x-tasklens-application';

/**
 * One application on the board. Keyboard: focus the card, then ← / → move it one stage, Enter
 * opens it; the "Move to" menu reaches any stage. Mouse: drag it onto another column.
 */
export function BoardCard({ row, onMove, onOpen, cardRef }: Props) {
  const index = stageIndex(row.stage);
  const onKeyDown = (e: KeyboardEvent<HTMLElement>) => {
    if (e.target !== e.currentTarget) return;
    const step = e.key === 'ArrowRight' ? 1 : e.key === 'ArrowLeft' ? -1 : 0;
    if (step && STAGES[index + step]) {
      e.preventDefault();
      onMove(row.id, STAGES[index + step]);
    } else if (e.key === 'Enter') {
      e.preventDefault();
      onOpen(row.id);
    }
  };
  return (
    <article
      ref={cardRef}
      className="card"
      tabIndex={0}
      draggable
      aria-label={`${row.title}, ${row.company}. ${STAGE_LABELS[row.stage]}.`}
      aria-keyshortcuts="ArrowLeft ArrowRight Enter"
      data-testid="board-card"
      onKeyDown={onKeyDown}
      onDragStart={(e) => {
        e.dataTransfer.setData(DRAG_TYPE, row.id);
        e.dataTransfer.setData('text/plain', row.title);
        e.dataTransfer.effectAllowed = 'move';
      }}
    >
      <h4 className="card-title">{listingTitle(row.title)}</h4>
      <p className="card-company muted">{row.company}</p>
      <div className="card-meta">
        <RiskLevelBadge level={row.risk} />
        <OutcomeBadge outcome={row.outcome} />
        <span className="muted">{ago(row.stageSince)}</span>
      </div>
      <div className="card-actions">
        <select
          aria-label={`Move “${row.title}” to`}
          value={row.stage}
          onChange={(e) => onMove(row.id, e.target.value as Stage)}
        >
          <StageOptions />
        </select>
        <button type="button" className="link-button" onClick={() => onOpen(row.id)}>
          Details
        </button>
      </div>
    </article>
  );
}
