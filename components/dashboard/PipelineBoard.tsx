import { useEffect, useMemo, useRef, useState } from 'react';
import type { AppRow } from '@/lib/db/log-rows';
import { STAGE_LABELS, STAGES, type Stage } from '@/lib/model/stages';
import { BoardColumn } from './BoardColumn';
import type { Log } from './useLog';
import { useOptimisticStages } from './useOptimisticStages';
import './board.css';
import { rowsByPlatform, rowsOfPlatform } from '@/lib/db/log-stats';

interface Props {
  log: Log;
  platformId: string | undefined;
  onPlatform: (id: string) => void;
  onOpen: (id: string) => void;
  onShowInTable: (platformId: string, stage: Stage) => void;
}

/** Platforms that have applications, busiest first. */
function platformsWithWork(log: Log) {
  return [...rowsByPlatform(log.rows)]
    .map(([id, rows]) => ({ id, count: rows.length, name: log.platformName(id) }))
    .sort((a, b) => b.count - a.count);
}

/** One platform's applications in columns by stage; each move is a stage-change event. */
export function PipelineBoard({ log, platformId, onPlatform, onOpen, onShowInTable }: Props) {
  const choices = useMemo(() => platformsWithWork(log), [log]);
  const current = platformId === '' || choices.some((c) => c.id === platformId) ? platformId : choices[0]?.id;
  const scoped = useMemo(() => rowsOfPlatform(log.rows, current), [log.rows, current]);
  const { rows, move } = useOptimisticStages(scoped);
  const columns = useMemo(() => {
    const by = new Map<Stage, AppRow[]>(STAGES.map((s) => [s, []]));
    for (const r of rows) by.get(r.stage)?.push(r);
    for (const list of by.values()) list.sort((a, b) => (a.updatedAt < b.updatedAt ? 1 : -1));
    return by;
  }, [rows]);

  // Keep focus on a card moved by keyboard as it changes column, and say where it went.
  const cards = useRef(new Map<string, HTMLElement>());
  const refocus = useRef<string | null>(null);
  const [announcement, setAnnouncement] = useState('');
  useEffect(() => {
    const el = refocus.current ? cards.current.get(refocus.current) : undefined;
    if (el) {
      el.focus();
      refocus.current = null;
    }
  }, [columns]);
  const onMove = (id: string, stage: Stage) => {
    const row = rows.find((r) => r.id === id);
    if (!row || row.stage === stage) return;
    if (cards.current.get(id)?.contains(document.activeElement)) refocus.current = id;
    setAnnouncement(`Moved “${row.title}” to ${STAGE_LABELS[stage]}.`);
    void move(row, stage);
  };
  const cardRef = (id: string) => (el: HTMLElement | null) => {
    if (el) cards.current.set(id, el);
    else cards.current.delete(id);
  };

  if (!choices.length) return <p className="empty">Save a listing to see it on the board.</p>;
  return (
    <section className="board-view" aria-labelledby="board-title">
      <h2 id="board-title" className="sr-only">
        Pipeline: {current ? log.platformName(current) : 'all platforms'}
      </h2>
      <div className="board-toolbar">
        <div className="field">
          <label htmlFor="board-platform">Platform</label>
          <select id="board-platform" value={current ?? ''} onChange={(e) => onPlatform(e.target.value)}>
            {choices.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name} ({c.count.toLocaleString()})
              </option>
            ))}
            <option value="">All platforms</option>
          </select>
        </div>
        <p className="muted hint" id="board-help">
          Drag a card to another column, or focus it and press ← / → to move it one stage.
        </p>
      </div>
      <p className="sr-only" aria-live="polite">
        {announcement}
      </p>
      <div className="board" aria-describedby="board-help">
        {STAGES.map((stage) => (
          <BoardColumn
            key={stage}
            stage={stage}
            rows={columns.get(stage) ?? []}
            onMove={onMove}
            onOpen={onOpen}
            onShowAll={(s) => onShowInTable(current ?? '', s)}
            cardRef={cardRef}
          />
        ))}
      </div>
    </section>
  );
}
