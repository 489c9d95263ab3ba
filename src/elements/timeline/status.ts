import { daysBetween, isCalendarDate, today } from '../../data/dates.js';
import type { CalendarDate, Meeting } from '../../data/types.js';

export type MeetingStatus = 'past' | 'ongoing' | 'next' | 'upcoming';

const warned = new Set<string>();

/**
 * "Today" for the timeline: the `now` attribute (a date or a date-time) or the visitor's calendar
 * date. A `now` that is neither ("20.04.2017", or "2017-02-30", which Date would read as 2 March)
 * is said once in the console, and today is used.
 */
export function resolveToday(now: string | undefined): CalendarDate {
  if (now) {
    if (isCalendarDate(now)) return now;
    const day = /^\d{4}-\d\d-\d\d/.exec(now)?.[0];
    const parsed = new Date(now);
    if ((!day || isCalendarDate(day)) && !Number.isNaN(parsed.getTime())) return today(parsed);
    if (!warned.has(now)) {
      warned.add(now);
      console.warn(`[evolaq] now="${now}" is not a date (YYYY-MM-DD) or a date-time; today is used.`);
    }
  }
  return today();
}

/** Each meeting's status; meetings are sorted by date, so the first ones to come are the next. */
export function meetingStatuses(meetings: readonly Meeting[], day: CalendarDate): Map<string, MeetingStatus> {
  const statuses = new Map<string, MeetingStatus>();
  // The first day to come; every meeting that starts on it is a next one (two on one day).
  let next: CalendarDate | undefined;
  for (const meeting of meetings) {
    if (meeting.end < day) statuses.set(meeting.id, 'past');
    else if (meeting.start <= day) statuses.set(meeting.id, 'ongoing');
    else {
      next ??= meeting.start;
      statuses.set(meeting.id, meeting.start === next ? 'next' : 'upcoming');
    }
  }
  return statuses;
}

/** How far away `start` is, in the unit a person would use: days, then weeks, months, years. */
export function timeUntil(day: CalendarDate, start: CalendarDate): { value: number; unit: 'day' | 'week' | 'month' | 'year' } {
  const days = daysBetween(day, start);
  if (days < 14) return { value: days, unit: 'day' };
  if (days < 60) return { value: Math.round(days / 7), unit: 'week' };
  if (days < 548) return { value: Math.round(days / 30.44), unit: 'month' };
  return { value: Math.round(days / 365.25), unit: 'year' };
}
