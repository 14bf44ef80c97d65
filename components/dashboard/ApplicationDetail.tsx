import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useRef } from 'react';
import type { ApplicationRecord } from '@/lib/model/records';
import { db } from '@/components/shared/db';
import { getApplication } from '@/lib/db/applications';
import { AnalysisSummary } from './AnalysisSummary';
import { ApplicationEditor } from './ApplicationEditor';
import { OutcomeBadge, StageBadge } from './Badges';
import { EventTimeline } from './EventTimeline';
import { listingTitle } from './display';
import { ListingSnapshot } from './ListingSnapshot';
import './detail.css';

interface Props {
  id: string;
  platformName: (id: string) => string;
  onClose: () => void;
  onDelete: (record: ApplicationRecord) => void;
}

/** One application in a modal dialog: snapshot, reading, history and the user's notes. */
export function ApplicationDetail({ id, platformName, onClose, onDelete }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  const record = useLiveQuery(async () => (await getApplication(db, id)) ?? null, [id]);
  useEffect(() => {
    const el = dialog.current;
    if (el && !el.open) el.showModal();
  }, []);

  return (
    <dialog
      ref={dialog}
      className="detail"
      aria-labelledby="detail-title"
      data-testid="detail"
      onClose={onClose}
      onClick={(e) => e.target === dialog.current && dialog.current?.close()}
    >
      <div className="detail-inner">
        <header className="detail-head">
          <div>
            <p className="muted">{record ? platformName(record.platformId) : ''}</p>
            <h2 id="detail-title">{record ? listingTitle(record.listing.title) : 'Application'}</h2>
            {record && (
              <p className="badges">
                <StageBadge stage={record.stage} />
                <OutcomeBadge outcome={record.outcome} />
                {record.tags.map((t) => (
                  <span key={t} className="badge tag">
                    #{t}
                  </span>
                ))}
              </p>
            )}
          </div>
          <button
            type="button"
            className="icon-button close"
            aria-label="Close"
            onClick={() => dialog.current?.close()}
          >
            ×
          </button>
        </header>
        {record === undefined && <p className="muted">Loading…</p>}
        {record === null && <p>This application is no longer in your log.</p>}
        {record && (
          <div className="detail-body">
            <div className="detail-main">
              <ApplicationEditor key={record.id} record={record} />
              <AnalysisSummary analysis={record.analysis} />
              <ListingSnapshot listing={record.listing} />
            </div>
            <aside className="detail-side">
              <EventTimeline applicationId={record.id} />
              <button type="button" className="danger" onClick={() => onDelete(record)}>
                Delete from my log
              </button>
              <p className="muted small">You can undo a deletion for a few seconds; its history is kept.</p>
            </aside>
          </div>
        )}
      </div>
    </dialog>
  );
}
