// Calendar dates, in one place: the month names the reader recognises in articles and the digest
// shows, and the day formats of the subject, the header and the article list. Pure; no time zone
// but UTC and the one an ISO date is written in.

export const MONTH_NAMES = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
] as const;

/** "Mar" for month 2 (0-11). */
export const shortMonth = (month0: number): string => MONTH_NAMES[month0]!.slice(0, 3);

/** A month as articles write it, full or short ("September", "Sep", "Sept"), for a regular expression's alternation. */
export const MONTH_PATTERN = [...MONTH_NAMES, ...MONTH_NAMES.map((_, m) => shortMonth(m)), 'Sept'].join('|');

/**
 * The month (1-12) of a name or abbreviation as articles write it, any case: "Mar", "march",
 * "Sept", "September"; undefined otherwise.
 */
export function monthNumber(name: string): number | undefined {
  const lower = name.toLowerCase().replace(/\.$/, '');
  if (lower.length < 3) return undefined;
  const i = MONTH_NAMES.findIndex((m) => {
    const full = m.toLowerCase();
    return full.startsWith(lower) || (full === 'september' && lower === 'sept');
  });
  return i < 0 ? undefined : i + 1;
}

export interface Ymd {
  readonly y: number;
  readonly m: number; // 0-11
  readonly d: number;
}

/** Reads the calendar date of an ISO 8601 date or date-time as written (no time-zone shift). */
export function parseIsoDate(value: string | null | undefined): Ymd | null {
  const match = value ? /^(\d{4})-(\d{2})-(\d{2})/.exec(value.trim()) : null;
  if (!match) return null;
  const [y, m, d] = [Number(match[1]), Number(match[2]) - 1, Number(match[3])];
  if (m < 0 || m > 11 || d < 1 || d > 31) return null;
  return { y, m, d };
}

/** "3 Mar 2025" (short) or "3 March 2025" (long). */
export function formatYmd(date: Ymd, month: 'short' | 'long' = 'short'): string {
  return `${date.d} ${month === 'short' ? shortMonth(date.m) : MONTH_NAMES[date.m]} ${date.y}`;
}

/** "3–7 March 2025", "28 Feb – 3 Mar 2025", "30 Dec 2024 – 2 Jan 2025", or "3 March 2025" for one day. */
export function formatYmdRange(from: Ymd, to: Ymd): string {
  if (from.y === to.y && from.m === to.m && from.d === to.d) return formatYmd(from, 'long');
  if (from.y === to.y && from.m === to.m) return `${from.d}–${to.d} ${MONTH_NAMES[from.m]} ${from.y}`;
  if (from.y === to.y) return `${from.d} ${shortMonth(from.m)} – ${formatYmd(to)}`;
  return `${formatYmd(from)} – ${formatYmd(to)}`;
}

/** "23 Nov 2026" for an instant, in UTC so the digest does not depend on the machine's zone; null when it is no date. */
export function formatUtcDay(iso: string, month: 'short' | 'long' = 'short'): string | null {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return null;
  return formatYmd({ y: d.getUTCFullYear(), m: d.getUTCMonth(), d: d.getUTCDate() }, month);
}

/**
 * A digest whose articles span more days than this reads as a story over time: each item shows its
 * article's date and a section's items run oldest first (summarize); a shorter one is one day's news,
 * most important first.
 */
export const DATED_ITEMS_AFTER_DAYS = 7;

/** Weekday names by `Date#getUTCDay()`. */
export const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;

/** A weekday named, or "yesterday": the day of a report's news ("...said on Tuesday"). */
export const DAY_NAMED = new RegExp(`\\b(?:${WEEKDAYS.join('|')}|[Yy]esterday)\\b`);

/** Whole days from one ISO day (or timestamp) to another. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to.slice(0, 10)}T00:00:00Z`) - Date.parse(`${from.slice(0, 10)}T00:00:00Z`)) / 86_400_000);
}

