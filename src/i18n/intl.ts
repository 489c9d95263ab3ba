import { utcDate } from '../data/dates.js';
import type { CalendarDate } from '../data/types.js';

/*
 * Memoised Intl formatters: one per language and options for the whole page, never one per item.
 * Calendar dates are formatted in UTC, where `utcDate` put them, so no time zone moves a day.
 */

const cache = new Map<string, unknown>();

/**
 * What we supply where the browser's Intl has no data for a language (Chromium has none for
 * Irish and Maltese: it falls back to English).
 */
export interface IntlSupplement {
  /** Month names as written in a date, January first. */
  readonly months: readonly string[];
  /** One date; without `year` for the first date of a range within one year. */
  readonly date: (day: number, month: string, year?: number) => string;
  readonly regions: Readonly<Record<string, string>>;
  /** "in 3 weeks", "tomorrow": a future time from now. */
  readonly relative: (value: number, unit: 'day' | 'week' | 'month' | 'year') => string;
  /** The last item of a list with the word that joins it to the others ("agus an Ostair"). */
  readonly and: (last: string) => string;
  /** A country name as the language sorts it: without the article that most begin with ("an", "il-"). */
  readonly sortKey: (name: string) => string;
}

const supplements = new Map<string, IntlSupplement>();

export function installSupplement(language: string, supplement: IntlSupplement): void {
  supplements.set(language, supplement);
  // Nothing looked up for the language before stays: its names and dates come from the supplement now.
  for (const key of cache.keys())
    if (key.split('|').some((part) => part.split('-')[0].toLowerCase() === language)) cache.delete(key);
}

function supplementFor(tag: string): IntlSupplement | undefined {
  return supplements.get(tag.split('-')[0].toLowerCase());
}

/** Names Intl lacks for a language's own name. */
const ENDONYMS: Readonly<Record<string, string>> = { ga: 'Gaeilge', mt: 'Malti' };

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

const rangeCache = new Map<string, readonly DateRun[]>();
/**
 * Room for every range of the longest timeline the parser reads (10,000 meetings) in two languages.
 * A smaller bound emptied the cache in the middle of each render of a long timeline, so every
 * render (and every "Show more" or opened meeting) formatted all its dates again.
 */
const RANGE_CACHE_LIMIT = 20_000;

/**
 * `11–14 May 2017` as runs: `11` (start), `–` (shared), `14` (end), ` May 2017` (shared), so each
 * date's own part can sit in its own `<time datetime>`. Memoised: formatRangeToParts is slow, and
 * a timeline asks again for the same ranges on every render and language switch.
 */
export function dateRangeRuns(tag: string, start: CalendarDate, end: CalendarDate): readonly DateRun[] {
  const key = `${tag}|${start}|${end}|${supplementFor(tag) ? 's' : ''}`;
  let runs = rangeCache.get(key);
  if (!runs) {
    runs = computeRangeRuns(tag, start, end);
    if (rangeCache.size >= RANGE_CACHE_LIMIT) rangeCache.clear();
    rangeCache.set(key, runs);
  }
  return runs;
}

function computeRangeRuns(tag: string, start: CalendarDate, end: CalendarDate): DateRun[] {
  const supplement = supplementFor(tag);
  if (supplement) return supplementedRuns(supplement, start, end);
  const format = dateFormat(tag);
  // French writes the first of a month as an ordinal, "1er mars", which Intl leaves out.
  const french = /^fr\b/i.test(tag);
  if (start === end && !french) return [{ text: format.format(utcDate(start)), date: start }];
  const parts =
    start === end
      ? format.formatToParts(utcDate(start)).map((part) => ({ ...part, source: 'startRange' }))
      : format.formatRangeToParts(utcDate(start), utcDate(end));
  // Czech and Slovak ranges come out with numeric months ("11.–14. 5. 2017"): across months, both dates;
  // within one, the month's name and what follows it from the date ("11.–14. května 2017").
  if (parts.some((part) => part.type === 'month' && /^\d/.test(part.value)) && !monthsAreNumeric(tag)) {
    if (start.slice(0, 7) !== end.slice(0, 7)) {
      const sameYear = start.slice(0, 4) === end.slice(0, 4);
      return [
        { text: sameYear ? withoutYear(format, start) : format.format(utcDate(start)), date: start },
        { text: ' – ' },
        { text: format.format(utcDate(end)), date: end },
      ];
    }
    const date = format.formatToParts(utcDate(end));
    const month = date.findIndex((part) => part.type === 'month');
    // (A date's parts have no source: these are shared by both dates of the range.)
    parts.splice(
      parts.findIndex((part) => part.type === 'month'),
      2,
      ...(date.slice(month, month + 2) as typeof parts),
    );
  }
  // Italian and Croatian ranges write a day with two digits ("01–03 marzo"), their dates with one;
  // Lithuanian ranges lack the "m." after a year and the "d." after a day that its dates have.
  const padded = memo(`padded|${tag}`, () => /^0/.test(format.formatToParts(0).find((part) => part.type === 'day')!.value));
  const lithuanian = /^lt\b/i.test(tag) && !parts.some((part) => part.value.includes('m.'));
  const runs: DateRun[] = [];
  parts.forEach((part, index) => {
    const date = part.source === 'startRange' ? start : part.source === 'endRange' ? end : undefined;
    let text = part.value;
    if (part.type === 'day' && !padded) text = text.replace(/^0(?=\d)/, '');
    if (french && part.type === 'day' && text === '1') text = '1er';
    if (lithuanian && part.type === 'year') text += ' m.';
    // (Not after the first of two days of one month: "kovo 1–3 d.")
    if (lithuanian && part.type === 'day' && parts.slice(index + 1).find((next) => next.type !== 'literal')?.type !== 'day')
      text += ' d.';
    const last = runs[runs.length - 1];
    if (last && last.date === date) runs[runs.length - 1] = { text: last.text + text, date };
    else runs.push({ text, date });
  });
  return runs;
}

/** True where the language writes even a single long date with a numeric month. */
function monthsAreNumeric(tag: string): boolean {
  return memo(`numeric-month|${tag}`, () =>
    dateFormat(tag)
      .formatToParts(0)
      .some((part) => part.type === 'month' && /^\d/.test(part.value)),
  );
}

/** "11. května" of "11. května 2017": the date without its year and the literal that joins it. */
function withoutYear(format: Intl.DateTimeFormat, date: CalendarDate): string {
  const parts = format.formatToParts(utcDate(date));
  const year = parts.findIndex((part) => part.type === 'year');
  const drop = new Set([year, year === 0 ? 1 : year - 1]);
  return parts
    .filter((_, index) => !drop.has(index))
    .map((part) => part.value)
    .join('')
    .trim();
}

function supplementedRuns(supplement: IntlSupplement, start: CalendarDate, end: CalendarDate): DateRun[] {
  const [y1, m1, d1] = start.split('-').map(Number);
  const [y2, m2, d2] = end.split('-').map(Number);
  const full = supplement.date(d2, supplement.months[m2 - 1], y2);
  if (start === end) return [{ text: full, date: start }];
  if (y1 === y2 && m1 === m2) return [{ text: String(d1), date: start }, { text: '–' }, { text: full, date: end }];
  const first = supplement.date(d1, supplement.months[m1 - 1], y1 === y2 ? undefined : y1);
  return [{ text: first, date: start }, { text: ' – ' }, { text: full, date: end }];
}

/** "Austria, Croatia and Sweden": through Intl, or with the supplement's "and" where Intl has no list data. */
export function formatList(tag: string, items: readonly string[]): string {
  const and = supplementFor(tag)?.and;
  const last = items.length - 1;
  return and && last
    ? `${items.slice(0, last).join(', ')} ${and(items[last])}`
    : memo(`list|${tag}`, () => new Intl.ListFormat(tag)).format(items);
}

/**
 * A list of `count` items that are not plain text (names marked with their language, say), as the
 * language joins it: its joining texts around the items' indexes ("A, B and C": 0, ", ", 1, " and ", 2).
 */
export function listParts(tag: string, count: number): (string | number)[] {
  const marks = [...Array(count).keys()].map((index) => String.fromCharCode(0xe000 + index));
  return formatList(tag, marks)
    .split(/([\ue000-\uf8ff])/)
    .map((piece, index) => (index % 2 ? piece.charCodeAt(0) - 0xe000 : piece))
    .filter((piece) => piece !== ''); // (each item rendered costs marker nodes: none for nothing)
}

/** One date, written out: through Intl or the language's supplement. */
export function formatDate(tag: string, date: CalendarDate): string {
  return dateRangeRuns(tag, date, date)[0].text;
}

/** A country's name in a language, each looked up once per page (a timeline asks for hundreds). */
export function countryName(tag: string, code: string): string {
  const key = `country|${tag}|${code}`;
  let name = cache.get(key) as string | undefined;
  if (name === undefined) {
    const names = memo(`region|${tag}`, () => new Intl.DisplayNames(tag, { type: 'region', fallback: 'code' }));
    name = supplementFor(tag)?.regions[code] ?? names.of(code) ?? code;
    cache.set(key, name);
  }
  return name;
}

/** A language's name as it names itself (`lv` → `latviešu`), with a capital where the language writes one in a list. */
export function endonym(tag: string): string {
  const names = memo(`language|${tag}`, () => new Intl.DisplayNames(tag, { type: 'language', fallback: 'code' }));
  const name = ENDONYMS[tag] ?? names.of(tag) ?? tag;
  return name.charAt(0).toLocaleUpperCase(tag) + name.slice(1);
}

export function pluralCategory(tag: string, count: number): Intl.LDMLPluralRule {
  return memo(`plural|${tag}`, () => new Intl.PluralRules(tag)).select(count);
}

export function formatNumber(tag: string, value: number): string {
  return memo(`number|${tag}`, () => new Intl.NumberFormat(tag)).format(value);
}

export function relativeTime(tag: string, value: number, unit: 'day' | 'week' | 'month' | 'year'): string {
  const supplement = supplementFor(tag);
  if (supplement) return supplement.relative(value, unit);
  return memo(`relative|${tag}`, () => new Intl.RelativeTimeFormat(tag, { numeric: 'auto' })).format(value, unit);
}

/** Orders two names as the language does; `countries`: country names, sorted past their article where the language has one. */
export function compare(tag: string, a: string, b: string, countries?: boolean): number {
  const key = (countries && supplementFor(tag)?.sortKey) || String;
  // Leading punctuation does not sort: '"Youth in Action" Resource Centre' goes under Y. (The
  // collator's ignorePunctuation would ignore spaces too: "Debrecen" before "De Montfort".)
  const bare = (name: string) => key(name).replace(/^[\p{P}\s]+/u, '');
  return memo(`collator|${tag}`, () => new Intl.Collator(tag)).compare(bare(a), bare(b));
}
