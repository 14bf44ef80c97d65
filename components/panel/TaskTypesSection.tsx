import { TASK_TYPE_INFO } from '@/lib/analysis/catalog';
import type { TaskTypeHit } from '@/lib/analysis/types';
import { EvidenceList } from './EvidenceList';

const STRONG_SCORE = 0.8;

/** `taskTypes` arrive strongest first, as the analysis orders them. */
export function TaskTypesSection({ taskTypes, notAiWork }: { taskTypes: TaskTypeHit[]; notAiWork: boolean }) {
  return (
    <section aria-labelledby="tasks-heading" data-testid="task-types">
      <h2 id="tasks-heading">The work</h2>
      {taskTypes.length === 0 ? (
        <p className="muted" data-testid="no-task-type">
          {notAiWork
            ? 'None of the usual AI-training tasks (labeling, rating or ranking answers, writing, expert review…) is described.'
            : 'The listing does not say clearly what the work is. Ask what you would see and hand in before you start.'}
        </p>
      ) : (
        <ul className="cards">
          {taskTypes.map((hit, index) => {
            const info = TASK_TYPE_INFO[hit.id];
            return (
              // The strongest match is open; the others are one click away, so pay and flags stay close.
              <li key={hit.id} className="card" data-testid={`task-type-${hit.id}`}>
                <details open={index === 0}>
                  <summary>
                    <h3>
                      {info.title}
                      <span className="tag">{hit.score >= STRONG_SCORE ? 'clear match' : 'likely'}</span>
                    </h3>
                  </summary>
                  <dl className="facts">
                    <div>
                      <dt>You see</dt>
                      <dd>{info.sees}</dd>
                    </div>
                    <div>
                      <dt>You hand in</dt>
                      <dd>{info.submits}</dd>
                    </div>
                    <div>
                      <dt>Suits</dt>
                      <dd>{info.fit}</dd>
                    </div>
                    <div>
                      <dt>Getting in</dt>
                      <dd>{info.difficulty}</dd>
                    </div>
                  </dl>
                  <EvidenceList
                    evidence={hit.evidence}
                    label={`Words that point to ${info.title.toLowerCase()}`}
                  />
                </details>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
