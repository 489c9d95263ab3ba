import { msg, str } from '@lit/localize';
import { formatNumber, pluralCategory } from './intl.js';

/*
 * Counted phrases. lit-localize has no plurals (lit/lit#1891), so each phrase has one message per
 * CLDR plural category and Intl.PluralRules picks. Every language translates all six; a language
 * without a category (English has no `few`) writes the form its rules would never ask for anyway,
 * and the build leaves those out of the built language files (scripts/message-ids.mjs).
 */

type Forms = Record<Intl.LDMLPluralRule, () => string>;

function counted(tag: string, count: number, forms: Forms): string {
  return forms[pluralCategory(tag, count)]();
}

/** "9 organisations" (nominative: the subject of "… from 7 countries"). */
export function organisationCount(tag: string, count: number): string {
  const n = formatNumber(tag, count);
  return counted(tag, count, {
    zero: () =>
      msg(str`${n} organisations`, {
        id: 'count.organisations.zero',
        desc: 'Number of partner organisations. Plural category chosen by Intl.PluralRules of the active language: zero.',
      }),
    one: () =>
      msg(str`${n} organisation`, {
        id: 'count.organisations.one',
        desc: 'Number of partner organisations. Plural category chosen by Intl.PluralRules of the active language: one.',
      }),
    two: () =>
      msg(str`${n} organisations`, {
        id: 'count.organisations.two',
        desc: 'Number of partner organisations. Plural category chosen by Intl.PluralRules of the active language: two.',
      }),
    few: () =>
      msg(str`${n} organisations`, {
        id: 'count.organisations.few',
        desc: 'Number of partner organisations. Plural category chosen by Intl.PluralRules of the active language: few.',
      }),
    many: () =>
      msg(str`${n} organisations`, {
        id: 'count.organisations.many',
        desc: 'Number of partner organisations. Plural category chosen by Intl.PluralRules of the active language: many.',
      }),
    other: () =>
      msg(str`${n} organisations`, {
        id: 'count.organisations.other',
        desc: 'Number of partner organisations. Plural category chosen by Intl.PluralRules of the active language: other.',
      }),
  });
}

/** "from 7 countries", in the case the language uses after "from". */
export function fromCountryCount(tag: string, count: number): string {
  const n = formatNumber(tag, count);
  return counted(tag, count, {
    zero: () =>
      msg(str`from ${n} countries`, {
        id: 'count.fromCountries.zero',
        desc: 'Where the partners come from, as in "9 organisations from 7 countries". Plural category chosen by Intl.PluralRules of the active language: zero.',
      }),
    one: () =>
      msg(str`from ${n} country`, {
        id: 'count.fromCountries.one',
        desc: 'Where the partners come from, as in "9 organisations from 1 country". Plural category chosen by Intl.PluralRules of the active language: one.',
      }),
    two: () =>
      msg(str`from ${n} countries`, {
        id: 'count.fromCountries.two',
        desc: 'Where the partners come from. Plural category chosen by Intl.PluralRules of the active language: two.',
      }),
    few: () =>
      msg(str`from ${n} countries`, {
        id: 'count.fromCountries.few',
        desc: 'Where the partners come from. Plural category chosen by Intl.PluralRules of the active language: few.',
      }),
    many: () =>
      msg(str`from ${n} countries`, {
        id: 'count.fromCountries.many',
        desc: 'Where the partners come from. Plural category chosen by Intl.PluralRules of the active language: many.',
      }),
    other: () =>
      msg(str`from ${n} countries`, {
        id: 'count.fromCountries.other',
        desc: 'Where the partners come from. Plural category chosen by Intl.PluralRules of the active language: other.',
      }),
  });
}

/** "9 partner meetings". */
export function meetingCount(tag: string, count: number): string {
  const n = formatNumber(tag, count);
  return counted(tag, count, {
    zero: () =>
      msg(str`${n} partner meetings`, {
        id: 'count.meetings.zero',
        desc: 'Number of meetings of the project partners. Plural category chosen by Intl.PluralRules of the active language: zero.',
      }),
    one: () =>
      msg(str`${n} partner meeting`, {
        id: 'count.meetings.one',
        desc: 'Number of meetings of the project partners. Plural category chosen by Intl.PluralRules of the active language: one.',
      }),
    two: () =>
      msg(str`${n} partner meetings`, {
        id: 'count.meetings.two',
        desc: 'Number of meetings of the project partners. Plural category chosen by Intl.PluralRules of the active language: two.',
      }),
    few: () =>
      msg(str`${n} partner meetings`, {
        id: 'count.meetings.few',
        desc: 'Number of meetings of the project partners. Plural category chosen by Intl.PluralRules of the active language: few.',
      }),
    many: () =>
      msg(str`${n} partner meetings`, {
        id: 'count.meetings.many',
        desc: 'Number of meetings of the project partners. Plural category chosen by Intl.PluralRules of the active language: many.',
      }),
    other: () =>
      msg(str`${n} partner meetings`, {
        id: 'count.meetings.other',
        desc: 'Number of meetings of the project partners. Plural category chosen by Intl.PluralRules of the active language: other.',
      }),
  });
}
