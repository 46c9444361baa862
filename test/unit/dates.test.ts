import { describe, expect, it } from 'vitest';
import { formatUtcDay, formatYmdRange, monthNumber, parseIsoDate } from '../../functions/core/dates';

describe('the one date module', () => {
  it('knows every month by name and by the abbreviations articles use', () => {
    const names = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
    names.forEach((name, i) => {
      expect(monthNumber(name)).toBe(i + 1);
      expect(monthNumber(name.slice(0, 3).toUpperCase())).toBe(i + 1);
    });
    expect(monthNumber('Sept')).toBe(9);
    expect(monthNumber('Ma')).toBeUndefined();
    expect(monthNumber('Smarch')).toBeUndefined();
  });

  it('formats an instant in UTC the way the old Intl archive date and subject date did', () => {
    for (const iso of ['2026-11-23T23:59:59Z', '2024-02-29T00:00:00+01:00', '2025-01-01T00:00:00.000Z']) {
      const intl = new Date(iso).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
      expect(formatUtcDay(iso, 'long')).toBe(intl);
    }
    expect(formatUtcDay('2026-11-23T23:59:59-05:00')).toBe('24 Nov 2026');
    expect(formatUtcDay('not a date')).toBeNull();
  });

  it('reads an ISO date as written and formats ranges across months and years', () => {
    const from = parseIsoDate('2025-02-28T23:00:00-05:00')!;
    expect(from).toEqual({ y: 2025, m: 1, d: 28 });
    expect(formatYmdRange(from, parseIsoDate('2025-03-03')!)).toBe('28 Feb – 3 Mar 2025');
    expect(formatYmdRange(from, from)).toBe('28 February 2025');
    expect(parseIsoDate('2025-13-01')).toBeNull();
  });
});
