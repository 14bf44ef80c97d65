const dateFormat = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', year: 'numeric' });
const dateTimeFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

export function formatDate(iso: string | undefined): string {
  return iso ? dateFormat.format(new Date(iso)) : '';
}

export function formatDateTime(iso: string): string {
  return dateTimeFormat.format(new Date(iso));
}

/** A duration in days as its largest sensible unit: "40 s", "12 min", "5 h", "2.5 d", "14 d". */
export function formatDays(days: number): string {
  // Seconds too: a log started today would otherwise show "1 min" beside bars of different lengths.
  if (days * 1440 < 1) return `${Math.max(1, Math.round(days * 86_400))} s`;
  if (days * 24 < 1) return `${Math.round(days * 1440)} min`;
  if (days < 1) return `${Math.round(days * 24)} h`;
  return `${days < 10 ? Math.round(days * 10) / 10 : Math.round(days)} d`;
}

/** "3 days ago", "today". */
export function ago(iso: string, now = Date.now()): string {
  const days = Math.floor((now - Date.parse(iso)) / 86_400_000);
  if (days <= 0) return 'today';
  if (days === 1) return 'yesterday';
  return `${days} days ago`;
}

/** A listing's title, or a stand-in for one saved without any. */
export function listingTitle(title: string): string {
  return title || '(untitled listing)';
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n.toLocaleString()} ${n === 1 ? one : many}`;
}
