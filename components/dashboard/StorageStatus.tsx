import { usePersistence } from './usePersistence';

const TEXT = {
  unknown: 'Checking storage…',
  persistent: 'Storage: kept safe',
  'best-effort': 'Storage: may be cleared when disk is low',
  unsupported: 'Storage: browser default',
} as const;

/** Whether the browser promised to keep the log, with a way to ask again. */
export function StorageStatus() {
  const { state, ask } = usePersistence();
  return (
    <p className={`storage storage-${state}`} data-testid="storage-status">
      <span>{TEXT[state]}</span>
      {state === 'best-effort' && (
        <button type="button" className="link-button" onClick={() => void ask()}>
          Ask to keep it
        </button>
      )}
    </p>
  );
}
