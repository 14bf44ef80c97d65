/** What a "this is wrong" report can be about (a plain list: the panel shows it without zod). */
export const WRONG_PARTS = ['listing', 'task_types', 'pay', 'flags', 'risk', 'other'] as const;
export type WrongPart = (typeof WRONG_PARTS)[number];

/** Where the reports are kept in the extension's local storage. */
export const WRONG_REPORTS_KEY = 'wrong-reports';
