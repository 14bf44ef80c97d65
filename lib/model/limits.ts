/**
 * Sizes the log's records and commands allow. Plain numbers, free of zod, so the panel and the
 * dashboard show the schemas' own limits in their inputs without loading the schemas.
 */

/** A listing's description: the most a saved listing holds, and the most the analyser reads. */
export const MAX_DESCRIPTION = 200_000;
/** Notes on an application or a platform. */
export const MAX_NOTES = 20_000;
/** The pay a user noted for an application. */
export const MAX_PAY_NOTED = 500;
/** A platform's name, and the label of an "other" requirement. */
export const MAX_NAME = 200;
/** Unpaid screening hours recorded for one platform. */
export const MAX_UNPAID_HOURS = 10_000;
/** Applications one command may change at once (a bulk move or delete). */
export const MAX_IDS_PER_COMMAND = 10_000;
/** The note on a "this is wrong" report. */
export const MAX_REPORT_NOTE = 2000;
