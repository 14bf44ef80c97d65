import type { ApplicationRecord, PlatformRecord } from '@/lib/model/records';
import { OUTCOME_LABELS, STAGE_LABELS } from '@/lib/model/stages';
import { shortDate } from './format';

type StageHolder = Pick<ApplicationRecord, 'stage' | 'stageDates' | 'outcome'> & { stageSince?: string };

function where(record: StageHolder): string {
  if (record.outcome) return OUTCOME_LABELS[record.outcome];
  // stageSince is when the current stage began, even after a step back; older records lack it.
  const since = shortDate(record.stageSince ?? record.stageDates[record.stage]);
  return since ? `${STAGE_LABELS[record.stage]} since ${since}` : STAGE_LABELS[record.stage];
}

/** Where the user stands with this listing and its platform, from their log. */
export function Standing({
  application,
  platform,
}: {
  application: ApplicationRecord | null;
  platform: PlatformRecord | null;
}) {
  if (!application && !platform) return null;
  return (
    <dl className="standing" data-testid="standing">
      {application && (
        <div>
          <dt>This listing</dt>
          <dd>{where(application)}</dd>
        </div>
      )}
      {platform && (
        <div>
          <dt>{platform.name}</dt>
          <dd>
            {where(platform)}
            {platform.unpaidHours > 0 && ` · ${platform.unpaidHours} unpaid h logged`}
          </dd>
        </div>
      )}
    </dl>
  );
}
