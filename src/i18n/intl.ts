import { utcDate } from '../data/dates.js';
import type { CalendarDate } from '../data/types.js';

/*
 * Memoised Intl formatters: one per language and options for the whole page, never one per item.
 * Calendar dates are formatted in UTC, where `utcDate` put them, so no time zone moves a day.
 */

const cache = new Map<string, unknown>();

function memo<T>(key: string, make: () => T): T {
  let value = cache.get(key) as T | undefined;
  if (value === undefined) {
    value = make();
    cache.set(key, value);
  }
  return value;
}

const LONG_DATE: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' };

export function dateFormat(tag: string): Intl.DateTimeFormat {
  return memo(`date|${tag}`, () => new Intl.DateTimeFormat(tag, LONG_DATE));
}

/** A run of a formatted date range: text, and which of the two dates it belongs to (if only one). */
export interface DateRun {
  readonly text: string;
  readonly date?: CalendarDate;
}

/**
 * `11–14 May 2017` as runs: `11` (start), `–` (shared), `14` (end), ` May 2017` (shared), so each
 * date's own part can sit in its own `<time datetime>`.
 */
export function dateRangeRuns(tag: string, start: CalendarDate, end: CalendarDate): DateRun[] {
  const format = dateFormat(tag);
  if (start === end) return [{ text: format.format(utcDate(start)), date: start }];
  const runs: DateRun[] = [];
  for (const part of format.formatRangeToParts(utcDate(start), utcDate(end))) {
    const date = part.source === 'startRange' ? start : part.source === 'endRange' ? end : undefined;
    const last = runs[runs.length - 1];
    if (last && last.date === date) runs[runs.length - 1] = { text: last.text + part.value, date };
    else runs.push({ text: part.value, date });
  }
  return runs;
}

export function formatDateRange(tag: string, start: CalendarDate, end: CalendarDate): string {
  return dateRangeRuns(tag, start, end)
    .map((run) => run.text)
    .join('');
}

export function countryName(tag: string, code: string): string {
  const names = memo(`region|${tag}`, () => new Intl.DisplayNames(tag, { type: 'region', fallback: 'code' }));
  return names.of(code) ?? code;
}

/** A language's name as it names itself (`lv` → `latviešu`), with a capital where the language writes one in a list. */
export function endonym(tag: string): string {
  const names = memo(`language|${tag}`, () => new Intl.DisplayNames(tag, { type: 'language', fallback: 'code' }));
  const name = names.of(tag) ?? tag;
  return name.charAt(0).toLocaleUpperCase(tag) + name.slice(1);
}

export function pluralCategory(tag: string, count: number): Intl.LDMLPluralRule {
  return memo(`plural|${tag}`, () => new Intl.PluralRules(tag)).select(count);
}

export function formatNumber(tag: string, value: number): string {
  return memo(`number|${tag}`, () => new Intl.NumberFormat(tag)).format(value);
}

export function relativeTime(tag: string, value: number, unit: Intl.RelativeTimeFormatUnit): string {
  return memo(`relative|${tag}`, () => new Intl.RelativeTimeFormat(tag, { numeric: 'auto' })).format(value, unit);
}

export function compare(tag: string, a: string, b: string): number {
  return memo(`collator|${tag}`, () => new Intl.Collator(tag)).compare(a, b);
}
