import { useState } from 'react';
import type { AppRow } from '@/lib/db/log-rows';
import { STAGE_LABELS, type Stage } from '@/lib/model/stages';
import { BoardCard, DRAG_TYPE } from './BoardCard';

/** Rendering thousands of cards helps nobody; the rest are a click away in the table. */
const MAX_CARDS = 60;

interface Props {
  stage: Stage;
  rows: AppRow[];
  onMove: (id: string, stage: Stage) => void;
  onOpen: (id: string) => void;
  onShowAll: (stage: Stage) => void;
  cardRef: (id: string) => (el: HTMLElement | null) => void;
}

export function BoardColumn({ stage, rows, onMove, onOpen, onShowAll, cardRef }: Props) {
  const [over, setOver] = useState(false);
  const accepts = (types: readonly string[]) => types.includes(DRAG_TYPE);
  return (
    <section
      className={`column${over ? ' drop-target' : ''}`}
      aria-labelledby={`col-${stage}`}
      data-testid={`column-${stage}`}
      onDragOver={(e) => {
        if (!accepts(e.dataTransfer.types)) return;
        e.preventDefault();
        e.dataTransfer.dropEffect = 'move';
        setOver(true);
      }}
      onDragLeave={(e) => {
        if (!e.currentTarget.contains(e.relatedTarget as Node | null)) setOver(false);
      }}
      onDrop={(e) => {
        setOver(false);
        const id = e.dataTransfer.getData(DRAG_TYPE);
        if (!id) return;
        e.preventDefault();
        onMove(id, stage);
      }}
    >
      <h3 id={`col-${stage}`} className="column-title">
        {STAGE_LABELS[stage]} <span className="count">{rows.length.toLocaleString()}</span>
      </h3>
      <ul className="column-cards">
        {rows.slice(0, MAX_CARDS).map((row) => (
          <li key={row.id}>
            <BoardCard row={row} onMove={onMove} onOpen={onOpen} cardRef={cardRef(row.id)} />
          </li>
        ))}
      </ul>
      {rows.length > MAX_CARDS && (
        <button type="button" className="link-button more" onClick={() => onShowAll(stage)}>
          {(rows.length - MAX_CARDS).toLocaleString()} more in the table
        </button>
      )}
      {rows.length === 0 && <p className="column-empty muted">Drop a card here</p>}
    </section>
  );
}
