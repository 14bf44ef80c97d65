import { useMemo, useState } from 'react';
import { TRACKABLE_PLATFORMS } from '@/lib/db/trackable-platforms';
import { OutcomeBadge, StageBadge } from './Badges';
import { PlatformPanel } from './PlatformPanel';
import { useCommands } from './useCommand';
import type { Log } from './useLog';
import './platforms.css';
import { MAX_NAME } from '@/lib/model/limits';
import { rowsByPlatform } from '@/lib/db/log-stats';

interface Props {
  log: Log;
  platformId: string | undefined;
  onPlatform: (id: string) => void;
}

/** Every platform the user deals with; pick one to manage its onboarding. */
export function PlatformsView({ log, platformId, onPlatform }: Props) {
  const { run } = useCommands();
  const [name, setName] = useState('');
  const byPlatform = useMemo(() => rowsByPlatform(log.rows), [log.rows]);
  const selected = log.platforms.find((p) => p.id === platformId) ?? log.platforms[0];

  const add = async () => {
    const created = await run({ type: 'platform:create', name });
    if (created) {
      setName('');
      onPlatform(created.id);
    }
  };

  return (
    <section className="platforms-view" aria-label="Platforms">
      <nav className="platform-list" aria-label="Your platforms">
        <form
          className="platform-add"
          onSubmit={(e) => {
            e.preventDefault();
            void add();
          }}
        >
          <label>
            <span>Track a platform</span>
            <input
              list="known-platforms"
              value={name}
              maxLength={MAX_NAME}
              onChange={(e) => setName(e.target.value)}
            />
          </label>
          <datalist id="known-platforms">
            {TRACKABLE_PLATFORMS.map((p) => (
              <option key={p.id} value={p.name} />
            ))}
          </datalist>
          <button type="submit" disabled={!name.trim()}>
            Add
          </button>
        </form>
        <ul>
          {log.platforms.map((p) => {
            const done = p.requirements.filter((r) => r.done).length;
            return (
              <li key={p.id}>
                <button
                  type="button"
                  className="platform-pick"
                  aria-current={p.id === selected?.id ? 'true' : undefined}
                  onClick={() => onPlatform(p.id)}
                >
                  <strong>{p.name}</strong>
                  <span className="platform-pick-meta">
                    <StageBadge stage={p.stage} />
                    <OutcomeBadge outcome={p.outcome} />
                    {p.requirements.length > 0 && (
                      <span className="muted">
                        {done}/{p.requirements.length} done
                      </span>
                    )}
                    <span className="muted">
                      {(byPlatform.get(p.id)?.length ?? 0).toLocaleString()} saved
                    </span>
                  </span>
                </button>
              </li>
            );
          })}
        </ul>
      </nav>
      {selected ? (
        <PlatformPanel
          key={selected.id}
          platform={selected}
          applications={byPlatform.get(selected.id)?.length ?? 0}
        />
      ) : (
        <p className="empty">No platforms yet. Save a listing or add a platform you are onboarding with.</p>
      )}
    </section>
  );
}
