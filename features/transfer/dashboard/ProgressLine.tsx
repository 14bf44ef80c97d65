import type { ProgressState } from './progress';

/** A labelled progress bar; without a fraction it shows that work is going on. */
export function ProgressLine({ progress }: { progress: ProgressState }) {
  const percent = progress.fraction === null ? null : Math.round(progress.fraction * 100);
  return (
    <div className="transfer-progress" role="status" data-testid="transfer-progress">
      <span>{progress.label}</span>
      {percent === null ? (
        <progress aria-label={progress.label} />
      ) : (
        <progress aria-label={progress.label} max={100} value={percent}>
          {percent}%
        </progress>
      )}
    </div>
  );
}
