import { msg, str } from '@lit/localize';
import type { ValueKind } from '../../data/parse.js';
import type { Problem } from '../../data/types.js';

/*
 * Everything the widget says about problems in the data, for the webmaster: loaded only when a page
 * has a problem to show (texts.ts), with each language's messages (generated/problems/).
 */

/** Where a problem is: its JSON path, or the whole document. */
export function problemWhere(problem: Problem): string {
  return (
    problem.path ||
    msg('whole document', { id: 'problems.root', desc: 'JSON path shown for a problem with the data as a whole.' })
  );
}

/** "Error" (it dropped an item or all data) or "Warning" (one field). */
export function problemSeverity(problem: Problem): string {
  return problem.severity === 'error'
    ? msg('Error', { id: 'problems.error', desc: 'Label of a problem that dropped a partner, a meeting or all data.' })
    : msg('Warning', { id: 'problems.warning', desc: 'Label of a problem that dropped only one field.' });
}

/** What a field should hold, in JSON's own words (the `expected` of a `wrong-type` problem). */
const JSON_KINDS: Readonly<Record<ValueKind, string>> = {
  text: 'string | object',
  'text-entry': 'string',
  texts: 'array',
  object: 'object',
  array: 'array',
  number: 'number',
  'whole-number': 'integer',
  boolean: 'true | false',
  url: 'string',
  'partner-id': 'string',
  'schema-version': '1',
};

/** A number from the code ("1048576"), or a time ("10 s", "500 ms"), as `lang` writes it. */
function figure(lang: string, text: string): string {
  const [, n, unit] = /^(\d+)(?: (m?s))?$/.exec(text) ?? [];
  if (!n) return text;
  // (Where the browser lacks the language, Irish and Maltese in Chromium, its units would be English: "10 sec".)
  const known = Intl.NumberFormat.supportedLocalesOf(lang).length > 0;
  const style = unit && known ? ({ style: 'unit', unit: unit === 's' ? 'second' : 'millisecond' } as const) : {};
  return new Intl.NumberFormat(lang, style).format(+n) + (unit && !known ? ` ${unit}` : '');
}

/** A problem in the active UI language (`lang`), for the webmaster reading the widget. */
export function problemText(problem: Problem, lang = 'en'): string {
  const value = problem.value ?? '';
  const expected = /^too-|^timeout$/.test(problem.code) ? figure(lang, problem.expected ?? '') : (problem.expected ?? '');
  switch (problem.code) {
    case 'invalid-json': {
      const [line, column] = value.split(':');
      return column
        ? msg(str`The text is not valid JSON: line ${line}, column ${column}.`, {
            id: 'problem.invalid-json',
            desc: 'Problem found in the JSON data of the widget, shown to the webmaster next to the JSON path.',
          })
        : msg('The text is not valid JSON.', {
            id: 'problem.invalid-json-nowhere',
            desc: 'Problem found in the JSON data of the widget, shown to the webmaster next to the JSON path.',
          });
    }
    case 'not-object':
      return msg('The data is not a JSON object.', {
        id: 'problem.not-object',
        desc: 'Problem found in the JSON data of the widget, shown to the webmaster next to the JSON path.',
      });
    case 'missing':
      return msg('This field is required but missing.', {
        id: 'problem.missing',
        desc: 'Problem found in the JSON data of the widget, shown to the webmaster next to the JSON path.',
      });
    case 'wrong-type': {
      const kind = JSON_KINDS[expected as ValueKind] ?? expected;
      return msg(str`Wrong kind of value: expected ${kind}, found ${value}.`, {
        id: 'problem.wrong-type',
        desc: 'Problem found in the JSON data, shown next to its JSON path. The first value is a JSON type name (string, number, array, object…): keep it as it is; the second is the value found, as written in the JSON (a text in quotes).',
      });
    }
    case 'empty':
      return msg('This text is empty.', {
        id: 'problem.empty',
        desc: 'Problem found in the JSON data of the widget, shown to the webmaster next to the JSON path.',
      });
    case 'invalid-date':
      return msg(str`Expected a date written YYYY-MM-DD, found ${value}.`, {
        id: 'problem.invalid-date',
        desc: 'Problem found in the JSON data of the widget, shown to the webmaster next to the JSON path.',
      });
    case 'invalid-id':
      return msg(str`Expected an id of lower-case letters, digits and hyphens, found ${value}.`, {
        id: 'problem.invalid-id',
        desc: 'Problem found in the JSON data of the widget, shown to the webmaster next to the JSON path.',
      });
    case 'duplicate-id':
      return msg(str`The id ${value} is used more than once; only the first is shown.`, {
        id: 'problem.duplicate-id',
        desc: 'Problem found in the JSON data of the widget, shown to the webmaster next to the JSON path.',
      });
    case 'invalid-country':
      return msg(str`Expected a two-letter country code such as SE, found ${value}.`, {
        id: 'problem.invalid-country',
        desc: 'Problem found in the JSON data of the widget, shown to the webmaster next to the JSON path.',
      });
    case 'country-alias':
      return msg(str`The EU country code ${value} was read as ${expected}.`, {
        id: 'problem.country-alias',
        desc: 'Problem found in the JSON data of the widget, shown to the webmaster next to the JSON path.',
      });
    case 'invalid-url':
      return expected
        ? msg(str`Expected a full web address, found ${value}: did you mean ${expected}?`, {
            id: 'problem.invalid-url-meant',
            desc: 'Problem found in the JSON data of the widget, shown to the webmaster next to the JSON path: a link written without https:// (such as "www.example.org"). The first value is the link as written, in quotes; the second the full address probably meant (https://…, or mailto:… for an e-mail address).',
          })
        : msg(str`Expected a full web address, found ${value}.`, {
            id: 'problem.invalid-url',
            desc: 'Problem found in the JSON data of the widget, shown to the webmaster next to the JSON path.',
          });
    case 'unsafe-url':
      return msg(str`Only https:, http: and mailto: links are allowed, so ${value} was left out.`, {
        id: 'problem.unsafe-url',
        desc: 'Problem found in the JSON data of the widget, shown to the webmaster next to the JSON path.',
      });
    case 'out-of-range':
      return msg(str`Expected a number in the range ${expected}, found ${value}.`, {
        id: 'problem.out-of-range',
        desc: 'Problem found in the JSON data of the widget, shown to the webmaster next to the JSON path.',
      });
    case 'unknown-host':
      return expected
        ? msg(str`No partner has the id ${value}: did you mean ${expected}?`, {
            id: 'problem.unknown-host-meant',
            desc: "Problem found in the JSON data of the widget, shown to the webmaster next to the JSON path: a meeting's host names a partner id that does not exist, and one partner's id is probably meant (written in other case, or one letter off). The first value is the id as written, in quotes; the second the partner's id, without.",
          })
        : msg(str`No partner has the id ${value}.`, {
            id: 'problem.unknown-host',
            desc: 'Problem found in the JSON data of the widget, shown to the webmaster next to the JSON path.',
          });
    case 'end-before-start':
      return msg(str`The end date ${value} is before the start date.`, {
        id: 'problem.end-before-start',
        desc: 'Problem found in the JSON data of the widget, shown to the webmaster next to the JSON path.',
      });
    case 'unknown-type':
      return msg(str`Unknown partner type ${value}. Possible values: ${expected}.`, {
        id: 'problem.unknown-type-values',
        desc: 'Problem found in the JSON data of the widget, shown to the webmaster next to the JSON path. The second value is the list of the types the format knows (municipality, district, …), to be written as they are.',
      });
    case 'unknown-version':
      return msg(str`The data is schema version ${value}, newer than this widget knows; it shows what it understands.`, {
        id: 'problem.unknown-version',
        desc: 'Problem found in the JSON data of the widget, shown to the webmaster next to the JSON path.',
      });
    case 'invalid-language':
      return msg(str`${value} is not a language code (such as en or de-AT).`, {
        id: 'problem.invalid-language',
        desc: 'Problem found in the JSON data of the widget, shown to the webmaster next to the JSON path.',
      });
    case 'no-such-date':
      return msg(str`There is no such day: ${value}.`, {
        id: 'problem.no-such-date',
        desc: 'Problem found in the JSON data of the widget, shown to the webmaster next to the JSON path: a date written in the right form (YYYY-MM-DD) that does not exist, such as "2017-02-29".',
      });
    case 'swapped-position':
      return msg('lat and lon look swapped: the place would be outside Europe.', {
        id: 'problem.swapped-position',
        desc: "Problem found in the JSON data of the widget, shown to the webmaster next to the JSON path: a partner's latitude (lat) and longitude (lon) seem to be written the wrong way round. Keep lat and lon as they are: they are field names.",
      });
    case 'half-position':
      return msg('Only one of lat and lon is given, so the partner is not on the map.', {
        id: 'problem.half-position',
        desc: 'Problem found in the JSON data of the widget, shown to the webmaster next to the JSON path: a partner has a latitude (lat) without a longitude (lon), or the reverse. Keep lat and lon as they are: they are field names.',
      });
    case 'unknown-field':
      return msg(str`${value} is not a field of the format and is not read: did you mean ${expected}?`, {
        id: 'problem.unknown-field',
        desc: 'Problem found in the JSON data of the widget, shown to the webmaster next to the JSON path: a field name that is probably a misspelt one of the format (such as "summery" for "summary"). Both values are field names, to be kept as they are.',
      });
    case 'language-slip':
      return msg(str`${value} looks like a country code: did you mean the language code ${expected}?`, {
        id: 'problem.language-slip',
        desc: 'Problem found in the JSON data of the widget, shown to the webmaster next to the JSON path: a text is keyed by a country code (such as "se" for Sweden) where the language code ("sv" for Swedish) was probably meant. Both values are codes: the first as written in the data, in quotes; the second without.',
      });
    case 'too-large':
      return msg(str`The data is too large (over ${expected} characters).`, {
        id: 'problem.too-large',
        desc: 'Problem found in the JSON data of the widget, shown to the webmaster next to the JSON path.',
      });
    case 'too-many':
      return msg(str`There are too many entries; only the first ${expected} are shown.`, {
        id: 'problem.too-many',
        desc: 'Problem found in the JSON data of the widget, shown to the webmaster next to the JSON path.',
      });
    case 'too-long':
      return msg(str`This text is longer than ${expected} characters and was shortened.`, {
        id: 'problem.too-long',
        desc: 'Problem found in the JSON data of the widget, shown to the webmaster next to the JSON path.',
      });
    case 'http-error':
      return msg(str`The data file could not be loaded: the server answered ${value}. Check the address in src.`, {
        id: 'problem.http-error',
        desc: 'Problem found in the JSON data of the widget, shown to the webmaster next to the JSON path.',
      });
    case 'network-error':
      return msg(
        'The data file could not be loaded. Check the address in src, the connection, and that the server allows this site to read it (CORS).',
        {
          id: 'problem.network-error',
          desc: 'Problem found in the JSON data of the widget, shown to the webmaster next to the JSON path.',
        },
      );
    case 'not-utf8':
      return msg('The file is not saved as UTF-8: it was read as Windows-1252, so some letters may be wrong. Save it as UTF-8.', {
        id: 'problem.not-utf8',
        desc: 'Problem with the JSON data file of the widget, shown to the webmaster: the file was saved in another character encoding (Windows-1252, an editor\'s "ANSI" option) instead of UTF-8.',
      });
    case 'unreadable':
      return msg(
        'This text has a character that could not be read (�): part of the file is not saved as UTF-8. Save it as UTF-8 and check this text.',
        {
          id: 'problem.unreadable',
          desc: 'Problem with one text of the JSON data file of the widget, shown to the webmaster next to its JSON path: a byte of the file was not UTF-8 (text pasted from an old program), so a letter shows as the replacement character �.',
        },
      );
    case 'duplicate-language':
      return msg(str`The language ${value} is given more than once in this text; only the first is shown.`, {
        id: 'problem.duplicate-language',
        desc: 'Problem found in the JSON data of the widget, shown to the webmaster next to the JSON path: one text gives the same language twice, written differently (such as "en" and "EN"). The value is the language code in quotes.',
      });
    case 'timeout':
      return msg(str`The data file did not arrive within ${expected}. Try again later.`, {
        id: 'problem.timeout',
        desc: 'Problem found in the JSON data of the widget, shown to the webmaster next to the JSON path.',
      });
  }
}

/**
 * "3 problems in the data": `n` is the count as the language writes it, `category` its plural
 * category (the caller has Intl for both, so this part carries no copy of it).
 */
export function problemCount(n: string, category: Intl.LDMLPluralRule): string {
  const forms: Record<Intl.LDMLPluralRule, () => string> = {
    zero: () =>
      msg(str`${n} problems in the data`, {
        id: 'count.problems.zero',
        desc: 'Heading of the list of problems found in the JSON data, for the webmaster. Plural category chosen by Intl.PluralRules of the active language: zero.',
      }),
    one: () =>
      msg(str`${n} problem in the data`, {
        id: 'count.problems.one',
        desc: 'Heading of the list of problems found in the JSON data. Plural category chosen by Intl.PluralRules of the active language: one.',
      }),
    two: () =>
      msg(str`${n} problems in the data`, {
        id: 'count.problems.two',
        desc: 'Heading of the list of problems found in the JSON data. Plural category chosen by Intl.PluralRules of the active language: two.',
      }),
    few: () =>
      msg(str`${n} problems in the data`, {
        id: 'count.problems.few',
        desc: 'Heading of the list of problems found in the JSON data. Plural category chosen by Intl.PluralRules of the active language: few.',
      }),
    many: () =>
      msg(str`${n} problems in the data`, {
        id: 'count.problems.many',
        desc: 'Heading of the list of problems found in the JSON data. Plural category chosen by Intl.PluralRules of the active language: many.',
      }),
    other: () =>
      msg(str`${n} problems in the data`, {
        id: 'count.problems.other',
        desc: 'Heading of the list of problems found in the JSON data. Plural category chosen by Intl.PluralRules of the active language: other.',
      }),
  };
  return forms[category]();
}
