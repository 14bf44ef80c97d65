/**
 * Shown by a panel frame the background will not serve: one that a site framed on its own, or one
 * whose listing tab is gone. It says why it is empty and stops asking until told to try again.
 */
export function DetachedNotice({ onRetry }: { onRetry: () => void }) {
  return (
    <main className="panel detached" aria-label="TaskLens" data-testid="detached">
      <h1>TaskLens has nothing to show here</h1>
      <p>
        This panel is not linked to a listing open in this tab, so it stopped asking for one. TaskLens opens
        its own panel beside listings on the sites it reads; a panel placed on a page by the site itself stays
        empty.
      </p>
      <p>
        <button type="button" onClick={onRetry}>
          Try again
        </button>
      </p>
    </main>
  );
}
