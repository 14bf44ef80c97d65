import { TaskLensDb } from '@/lib/db/database';

/** Extension pages read the log directly; every write goes through the background. */
export const db = new TaskLensDb();
