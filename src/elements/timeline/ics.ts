import { utcDate } from '../../data/dates.js';
import type { CalendarDate, EvolaqData, Meeting, Text } from '../../data/types.js';
import type { RenderContext } from '../shared/text.js';

/** One meeting as a calendar event, its texts already in the visitor's language. */
export interface CalendarEvent {
  readonly uid: string;
  readonly start: CalendarDate;
  /** The last day (inclusive), as in the data. */
  readonly end: CalendarDate;
  readonly summary: string;
  readonly location?: string;
  readonly description?: string;
  readonly url?: string;
}

/** RFC 5545 TEXT escaping: backslash, semicolon, comma and line breaks; other controls left out. */
function escapeText(value: string): string {
  return (
    value
      .replace(/\\/g, '\\\\')
      .replace(/;/g, '\\;')
      .replace(/,/g, '\\,')
      .replace(/\r\n|\r|\n/g, '\\n')
      // No other control character but tab may stand in a text (RFC 5545, 3.3.11); some calendars refuse the file.
      .replace(/[^\P{Cc}\t]/gu, '')
  );
}

const encoder = new TextEncoder();

/** Folds a content line at 75 octets (never inside a UTF-8 character), continuation lines starting with a space. */
function fold(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    const limit = parts.length === 0 ? 75 : 74;
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

const basicDate = (date: CalendarDate) => date.replace(/-/g, '');

/** The day after `date`: an all-day event's DTEND is exclusive. */
function dayAfter(date: CalendarDate): string {
  const next = utcDate(date);
  next.setUTCDate(next.getUTCDate() + 1);
  // A meeting until 9999-12-31 ends within the last day a calendar can write.
  return next.getUTCFullYear() > 9999 ? '99991231' : next.toISOString().slice(0, 10).replace(/-/g, '');
}

function timestamp(now: Date): string {
  return now
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

/** An iCalendar file (RFC 5545) with all-day events that no time zone can move. */
export function toICalendar(
  events: readonly CalendarEvent[],
  { name, now = new Date() }: { name?: string; now?: Date } = {},
): string {
  const stamp = timestamp(now);
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//EVOLAQ//EVOLAQ widget//EN', 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH'];
  if (name) lines.push(`X-WR-CALNAME:${escapeText(name)}`);
  for (const event of events) {
    lines.push(
      'BEGIN:VEVENT',
      `UID:${event.uid}`,
      `DTSTAMP:${stamp}`,
      `DTSTART;VALUE=DATE:${basicDate(event.start)}`,
      `DTEND;VALUE=DATE:${dayAfter(event.end)}`,
      `SUMMARY:${escapeText(event.summary)}`,
    );
    if (event.location) lines.push(`LOCATION:${escapeText(event.location)}`);
    // Google Calendar and Outlook show no URL property (they drop it on import): the address ends the description too.
    const description = [event.description, event.url].filter(Boolean).join('\n\n');
    if (description) lines.push(`DESCRIPTION:${escapeText(description)}`);
    if (event.url) lines.push(`URL:${event.url}`);
    lines.push('TRANSP:TRANSPARENT', 'END:VEVENT');
  }
  lines.push('END:VCALENDAR');
  return `${lines.map(fold).join('\r\n')}\r\n`;
}

/** Offers `text` as a file download (no page navigation, no request). */
export function download(text: string, fileName: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/calendar;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/**
 * What the calendar file takes from the page's own modules: their texts and country names (with the
 * Intl supplements the page installed) and the page's address. This part is loaded on the first
 * click, so that none of its code is in the first load.
 */
export interface CalendarHelpers {
  readonly textValue: (context: RenderContext, text: Text | undefined) => string;
  readonly countryName: (tag: string, code: string) => string;
  readonly page: string;
}

/** The calendar file of `meetings`, in the visitor's language: its text and its file name. */
export function meetingsCalendar(
  { textValue, countryName, page }: CalendarHelpers,
  context: RenderContext,
  data: EvolaqData,
  meetings: readonly Meeting[],
): [text: string, fileName: string] {
  const project = textValue(context, data.project.acronym) || textValue(context, data.project.title);
  // "evolaq" as before (the UIDs calendars already hold stay the same); letters of any script
  // where that has none, so that a Greek or Cyrillic acronym is no "-".
  const ascii = project.toLowerCase().replace(/[^a-z0-9]+/g, '-');
  const slug = /[a-z0-9]/.test(ascii)
    ? ascii
    : project
        .toLowerCase()
        .replace(/[^\p{L}\p{N}]+/gu, '-')
        .replace(/^-|-$/g, '') || 'meetings';
  const events: CalendarEvent[] = meetings.map((meeting) => {
    const city = textValue(context, meeting.city);
    const location = [city, countryName(context.lang, meeting.country)].filter(Boolean).join(', ');
    return {
      uid: `${meeting.id}.${encodeURIComponent(slug)}@evolaq-widget`,
      start: meeting.start,
      end: meeting.end,
      summary: [project, textValue(context, meeting.title) || location].filter(Boolean).join(': '),
      location,
      description: textValue(context, meeting.summary) || undefined,
      url: meeting.link ?? `${page}#evolaq-meeting-${meeting.id}`,
    };
  });
  return [toICalendar(events, { name: project }), `${meetings.length === 1 ? meetings[0].id : slug}.ics`];
}
