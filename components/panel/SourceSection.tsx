import { useEffect, useId, useState } from 'react';
import type { Listing, ListingSource } from '@/lib/model/listing';
import { WRONG_PARTS, type WrongPart } from '@/lib/messaging/wrong-parts';
import { countWrongReports, downloadWrongReports } from '@/features/wrong-reports/panel';
import { send } from '@/components/shared/send';
import { MAX_REPORT_NOTE } from '@/lib/model/limits';
import type { Flag } from '@/lib/analysis/types';
import { GapNotes } from './GapNotes';

const SOURCE_LABELS: Record<ListingSource, string> = {
  adapter: 'this site’s own page layout',
  'json-ld': 'the job data the page publishes (JSON-LD)',
  generic: 'the page’s main text (no site-specific reader)',
  selection: 'the text you selected',
};

const PART_LABELS: Record<WrongPart, string> = {
  listing: 'The title, company or text read from the page',
  task_types: 'The kind of work',
  pay: 'The pay',
  flags: 'A red flag or good sign',
  risk: 'The risk level',
  other: 'Something else',
};

/** Where the listing's text came from, and a private list of "this is wrong" reports. */
export function SourceSection({
  session,
  listing,
  gaps,
}: {
  session: string;
  listing: Listing;
  gaps: readonly Flag[] | undefined;
}) {
  const id = useId();
  const [open, setOpen] = useState(false);
  const [part, setPart] = useState<WrongPart>('task_types');
  const [note, setNote] = useState('');
  const [status, setStatus] = useState('');
  const [count, setCount] = useState<number | null>(null);

  useEffect(() => {
    countWrongReports()
      .then(setCount)
      .catch(() => setCount(null));
  }, []);

  const submit = async () => {
    try {
      // The background answers with how many reports the list holds now.
      setCount(await send<number>({ type: 'report:wrong', session, part, note: note.trim() }));
      setNote('');
      setOpen(false);
      setStatus('Report saved on this device. Nothing was sent anywhere.');
    } catch (e) {
      setStatus(e instanceof Error ? e.message : String(e));
    }
  };

  return (
    <section aria-labelledby="source-heading" data-testid="source">
      <h2 id="source-heading">Where this reading came from</h2>
      <p>
        Read from {SOURCE_LABELS[listing.source]} (<span data-testid="source-id">{listing.source}</span>).
      </p>
      <GapNotes gaps={gaps} ids={['no_company_identity', 'unread_text']} />
      <div className="row">
        <button
          type="button"
          aria-expanded={open}
          aria-controls={`${id}-form`}
          onClick={() => setOpen(!open)}
        >
          This is wrong…
        </button>
        {count !== null && count > 0 && (
          <button
            type="button"
            className="link-button"
            onClick={() => void downloadWrongReports()}
            data-testid="export-reports"
          >
            Export my {count === 1 ? 'report' : `${count} reports`} (JSON)
          </button>
        )}
      </div>
      {open && (
        <form
          id={`${id}-form`}
          className="report-form"
          onSubmit={(e) => {
            e.preventDefault();
            void submit();
          }}
        >
          <label>
            What is wrong?
            <select value={part} onChange={(e) => setPart(e.target.value as WrongPart)}>
              {WRONG_PARTS.map((p) => (
                <option key={p} value={p}>
                  {PART_LABELS[p]}
                </option>
              ))}
            </select>
          </label>
          <label>
            What should it say? (optional)
            <textarea
              value={note}
              onChange={(e) => setNote(e.target.value)}
              rows={2}
              maxLength={MAX_REPORT_NOTE}
            />
          </label>
          <p className="hint">
            Kept in a list on this device with this listing’s reading. You can export it.
          </p>
          <button type="submit" className="primary">
            Save report
          </button>
        </form>
      )}
      <p role="status" className="hint">
        {status}
      </p>
    </section>
  );
}
