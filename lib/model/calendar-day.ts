/** `2026-11-30`: the calendar day a moment falls on in the user's own time zone. */
export function localCalendarDay(moment = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${moment.getFullYear()}-${pad(moment.getMonth() + 1)}-${pad(moment.getDate())}`;
}
