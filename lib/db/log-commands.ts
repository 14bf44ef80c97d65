import {
  deleteApplication,
  deleteApplications,
  editApplication,
  restoreBatch,
  setOutcome,
  setStage,
  setStages,
} from './application-edits';
import type { TaskLensDb } from './database';
import type { LogCommand } from './log-command-schema';
import {
  createPlatform,
  editPlatform,
  putRequirement,
  removeRequirement,
  setPlatformOutcome,
  setPlatformStage,
} from './platform-edits';

export { isLogCommand, LogCommand } from './log-command-schema';

/** Applies one validated command. Each runs in one transaction: it happens entirely or not at all. */
export async function applyLogCommand(db: TaskLensDb, m: LogCommand): Promise<unknown> {
  switch (m.type) {
    case 'application:stage':
      return setStage(db, m.id, m.stage);
    case 'application:outcome':
      return setOutcome(db, m.id, m.outcome);
    case 'application:edit':
      return editApplication(db, m.id, { notes: m.notes, tags: m.tags, payNoted: m.payNoted });
    case 'application:delete':
      return deleteApplication(db, m.id);
    case 'applications:stage':
      return setStages(db, m.ids, m.stage);
    case 'applications:delete':
      return deleteApplications(db, m.ids);
    case 'applications:restore':
      return restoreBatch(db, m.batch);
    case 'platform:create':
      return createPlatform(db, m.name);
    case 'platform:stage':
      return setPlatformStage(db, m.id, m.stage);
    case 'platform:outcome':
      return setPlatformOutcome(db, m.id, m.outcome);
    case 'platform:edit':
      return editPlatform(db, m.id, { name: m.name, notes: m.notes, unpaidHours: m.unpaidHours });
    case 'platform:requirement':
      return putRequirement(db, m.id, m.requirement);
    case 'platform:requirement-remove':
      return removeRequirement(db, m.id, { id: m.requirement, label: m.label });
  }
}
