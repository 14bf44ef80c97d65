import { hostId } from '@/lib/sites/listing-fields';

/** "12 Nov" or "Nov 12", as the user's locale writes a short date. */
export function shortDate(iso: string | undefined): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  const sameYear = date.getFullYear() === new Date().getFullYear();
  return date.toLocaleDateString(undefined, {
    day: 'numeric',
    month: 'short',
    year: sameYear ? undefined : 'numeric',
  });
}

/** The site's host without "www.", for display. */
export function siteLabel(url: string): string {
  try {
    return hostId(new URL(url));
  } catch {
    return '';
  }
}
