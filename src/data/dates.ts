import type { CalendarDate } from './types.js';

const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** True for a real calendar date written `YYYY-MM-DD` (so `2017-02-30` is not one). Arithmetic only: validation reads thousands. */
export function isCalendarDate(value: string): boolean {
  const match = DATE_PATTERN.exec(value);
  if (!match) return false;
  const year = +match[1];
  const month = +match[2];
  const day = +match[3];
  // Year 0 would be written as year 1 (1 BC): no date of ours.
  if (year < 1 || month < 1 || month > 12 || day < 1 || day > DAYS_IN_MONTH[month - 1]) return false;
  // 29 February only in leap years (proleptic Gregorian, as Date reads them).
  return month !== 2 || day < 29 || (year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0));
}

/**
 * The date as a `Date` at midnight UTC. Format it with `timeZone: 'UTC'` and the visitor's time
 * zone can never move it to the day before or after.
 */
export function utcDate(date: CalendarDate): Date {
  const [year, month, day] = date.split('-').map(Number);
  const value = new Date(Date.UTC(year, month - 1, day));
  // Years 0-99 would otherwise be read as 1900-1999.
  value.setUTCFullYear(year);
  return value;
}

/** The visitor's calendar date today (in their own time zone), as `YYYY-MM-DD`. */
export function today(now: Date = new Date()): CalendarDate {
  const pad = (n: number, width = 2) => String(n).padStart(width, '0');
  return `${pad(now.getFullYear(), 4)}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: CalendarDate, to: CalendarDate): number {
  return Math.round((utcDate(to).getTime() - utcDate(from).getTime()) / 86_400_000);
}
