import type { CalendarDate } from './types.js';

const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar date written `YYYY-MM-DD` (so `2017-02-30` is not one). */
export function isCalendarDate(value: string): boolean {
  const match = DATE_PATTERN.exec(value);
  if (!match) return false;
  const [year, month, day] = match.slice(1).map(Number);
  const date = new Date(Date.UTC(2000, month - 1, day));
  // Checked in a leap year like `year` would be, since Date.UTC reads years 0-99 as 1900-1999.
  date.setUTCFullYear(year, month - 1, day);
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
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
