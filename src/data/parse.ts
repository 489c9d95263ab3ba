import { EU_COUNTRY_ALIASES, LOCAL_LANGUAGE, isKnownCountry } from './countries.js';
import { isCalendarDate } from './dates.js';
import { jsonErrorOffset } from './json-error.js';
import { balanceBidi, canonicalTag } from './text.js';
import { checkUrl } from './url.js';
import {
  PARTNER_TYPES,
  type CalendarDate,
  type EvolaqData,
  type Meeting,
  type ParseResult,
  type Partner,
  type PartnerType,
  type Problem,
  type ProblemCode,
  type Project,
  type Report,
  type Text,
} from './types.js';

/** The schema version this build reads. */
export const SCHEMA_VERSION = 1;

/** Bounds that keep any input cheap to read and to render (see README "The data format", its limits). */
export const LIMITS = {
  documentChars: 1024 * 1024,
  partners: 1000,
  meetings: 10000,
  /** Goals, themes, hosts: more would be a mistake in the data, and each bad entry a problem to show. */
  listEntries: 100,
  textChars: 20000,
} as const;

const ID_PATTERN = /^[a-z0-9-]+$/;

/** The fields of each object of the format: a name close to one of them is probably that one, misspelt. */
const FIELDS: Record<string, readonly string[]> = {
  root: '$schema schemaVersion defaultLanguage project partners meetings'.split(' '),
  project: 'acronym title summary programme start end website goals themes funding'.split(' '),
  funding: 'statement emblem'.split(' '),
  partner: 'id name localName type country city lat lon website lead'.split(' '),
  meeting: 'id number start end city country host title summary themes link report'.split(' '),
  report: 'text author published link'.split(' '),
};

/** Other names for a field, too far from it to be found as a slip. */
const FIELD_ALIASES: Record<string, string> = { lng: 'lon', long: 'lon', longitude: 'lon', latitude: 'lat' };

/** Whether two names differ by one letter changed, added or left out, or two neighbours swapped. */
function oneSlip(a: string, b: string): boolean {
  if (a.length < b.length) [a, b] = [b, a];
  if (a.length - b.length > 1) return false;
  let i = 0;
  while (i < b.length && a[i] === b[i]) i++;
  if (a.length > b.length) return a.slice(i + 1) === b.slice(i);
  return a.slice(i + 1) === b.slice(i + 1) || (a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2));
}

/** Field names already looked at, by list of fields: what each probably meant, or '' for nothing. */
const slips = new WeakMap<readonly string[], Map<string, string>>();

/** The countries of the EU and the EEA, the United Kingdom, Switzerland, the Balkans and the eastern neighbours: for a check of positions. */
const EUROPE =
  'AT BE BG CY CZ DE DK EE ES FI FR GR HR HU IE IT LT LU LV MT NL PL PT RO SE SI SK IS LI NO CH GB AL BA ME MK RS XK UA MD TR GE AM'.split(
    ' ',
  );
/** Of those, the ones with places overseas: their part of Europe lies west of 16° E, between 35.5° and 61° N. */
const OVERSEAS = ['DK', 'ES', 'FR', 'GB', 'NL', 'PT'];

/** Country codes written for a language of the EU (the language's own code), and a few more as likely. */
const LANGUAGE_SLIPS: Record<string, string> = {
  se: 'sv',
  dk: 'da',
  gr: 'el',
  cz: 'cs',
  ee: 'et',
  si: 'sl',
  ie: 'ga',
  at: 'de',
  gb: 'en',
  ua: 'uk',
  jp: 'ja',
  cn: 'zh',
};
// A text of only these is empty; most texts start with a visible character, so that is tested first.
const INVISIBLE_START = /^[\p{Cc}\p{Cf}]/u;
const INVISIBLE_ONLY = /^[\p{Cc}\p{Cf}\s]*$/u;

type Json = unknown;

/** What a field should hold, for `wrong-type` problems (`expected`); the UI names each in its language. */
export type ValueKind = keyof typeof VALUE_KINDS;
const VALUE_KINDS = {
  text: 'a text, or an object of texts by language',
  'text-entry': 'a text',
  texts: 'an array of texts',
  object: 'an object',
  array: 'an array',
  number: 'a number',
  'whole-number': 'a whole number',
  boolean: 'true or false',
  url: 'a web address',
  'partner-id': 'a partner id',
  'schema-version': 'the number 1',
};
type JsonObject = Record<string, Json>;
type Severity = Problem['severity'];

const ENGLISH: Record<ProblemCode, (p: Omit<Problem, 'message'>) => string> = {
  'invalid-json': (p) => {
    const [line, column] = (p.value ?? '').split(':');
    return column ? `The text is not valid JSON (line ${line}, column ${column}).` : 'The text is not valid JSON.';
  },
  'not-object': () => 'The data is not a JSON object.',
  'not-utf8': () => 'The file is not UTF-8; it was read as Windows-1252. Save it as UTF-8.',
  missing: () => 'This field is required but missing.',
  'wrong-type': (p) => `Expected ${VALUE_KINDS[p.expected as ValueKind] ?? p.expected}, found ${p.value}.`,
  empty: () => 'This text is empty.',
  'no-such-date': (p) => `There is no such day: ${p.value}.`,
  'swapped-position': () => 'lat and lon look swapped: the place would be outside Europe.',
  'half-position': () => 'Only one of lat and lon is given, so the partner is not on the map.',
  'invalid-date': (p) => `Expected a calendar date written YYYY-MM-DD, found ${p.value}.`,
  'invalid-id': (p) => `Expected an id of lower-case letters, digits and hyphens, found ${p.value}.`,
  'duplicate-id': (p) => `The id ${p.value} is used more than once; only the first is shown.`,
  'invalid-country': (p) => `Expected a two-letter ISO country code such as SE, found ${p.value}.`,
  'country-alias': (p) => `Read the EU country code ${p.value} as ${p.expected}.`,
  'invalid-url': (p) => `Expected a full web address, found ${p.value}${p.expected ? `; did you mean ${p.expected}?` : '.'}`,
  'unsafe-url': (p) => `Only https:, http: and mailto: links are allowed; ${p.value} was dropped.`,
  'out-of-range': (p) => `Expected a number in the range ${p.expected}, found ${p.value}.`,
  'unknown-host': (p) => `No partner has the id ${p.value}${p.expected ? `; did you mean ${p.expected}?` : '.'}`,
  'end-before-start': (p) => `The end ${p.value} is before the start; only the start is shown.`,
  'unknown-type': (p) => `Unknown partner type ${p.value}; expected one of ${p.expected}.`,
  'unknown-version': (p) =>
    `This is schema version ${p.value}; this widget reads version ${p.expected} and shows what it understands.`,
  'invalid-language': (p) => `${p.value} is not a language tag (BCP 47, such as en or de-AT).`,
  'unknown-field': (p) => `${p.value} is not a field, so it is not read; did you mean ${p.expected}?`,
  'language-slip': (p) => `${p.value} is a country code; the language code is probably ${p.expected}.`,
  'too-large': (p) => `The data is larger than ${p.expected} characters.`,
  'too-many': (p) => `More than ${p.expected} entries; only the first ${p.expected} are read.`,
  'too-long': (p) => `The text is longer than ${p.expected} characters and was cut.`,
  unreadable: () => 'A character of this text could not be read (�): save the file as UTF-8.',
  'duplicate-language': (p) => `The language ${p.value} is given more than once; only the first is shown.`,
  'http-error': (p) => `The server answered ${p.value}.`,
  'network-error': () => 'The data could not be fetched (network error, or the server does not allow it).',
  timeout: (p) => `The server did not answer within ${p.expected}.`,
};

/** Builds a problem with its English message. */
export function problem(
  severity: Severity,
  path: string,
  code: ProblemCode,
  details: { expected?: string; value?: string; item?: string } = {},
): Problem {
  // (A value or id quoted from the data has its bidi controls written out: see show and unseen.)
  const bare = { severity, path, code, ...details };
  return { ...bare, message: ENGLISH[code](bare) };
}

/**
 * Characters that do not show (controls, zero-width and bidi marks, a soft hyphen, a byte-order mark)
 * written as `\u200b`, so that a quoted value or key that looks right says why it is not.
 */
const unseen = (text: string) =>
  text.replace(
    /[\p{Cc}\xad\u061c\u180e\u200b\u200c\u200e\u200f\u2028-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/gu,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );

/** `text`, or its first 57 characters and … when it is over 60; never through the middle of an emoji. */
const shorten = (text: string) => (text.length > 60 ? `${text.slice(0, 57 - +/[\ud800-\udbff]/.test(text[56]))}…` : text);

/** A value as a short piece of text, for problem messages. */
function show(value: Json): string {
  let text: string;
  try {
    text = typeof value === 'string' ? JSON.stringify(value) : (JSON.stringify(value) ?? String(value));
  } catch {
    // JSON.stringify gave up (too deep for the engine's stack, a cycle, a BigInt): String() of an
    // array recurses just as deep, so name only the type of an array or object.
    text = typeof value === 'object' && value !== null ? jsonType(value) : String(value);
  }
  return unseen(shorten(text));
}

/** `meetings` + 4 → `meetings[4]`; `project` + `title` → `project.title`; keys that are not names are quoted. */
export function childPath(path: string, key: string | number): string {
  if (typeof key === 'number') return `${path}[${key}]`;
  if (/^[A-Za-z_$][\w$]*$/.test(key)) return path ? `${path}.${key}` : key;
  return `${path}[${unseen(JSON.stringify(key))}]`;
}

/** `parent` + `key` + `language`, each where given: a text's path, written only for a problem. */
const at = (parent: string, key: string | number | undefined, language?: string) => {
  const path = key === undefined ? parent : childPath(parent, key);
  return language === undefined ? path : childPath(path, language);
};

function isObject(value: Json): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The JSON type of a value: `null`, `array`, `object`, `string`, `number` or `boolean`. */
export function jsonType(value: Json): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

/** Reads one document, collecting problems; each method returns undefined for what must be dropped. */
class Reader {
  readonly problems: Problem[] = [];
  defaultLanguage = 'en';
  /** Ids (lower case) of partners left out for an error of their own. */
  readonly dropped = new Set<string>();
  /** Unknown hosts (lower case) and the partner id each probably meant ('' for none): see readHosts. */
  readonly meant = new Map<string, string>();

  /** The partner or meeting being read, by its path and id, for the problems found in it. */
  item?: { path: string; id: string };

  /** Reads `value`'s id, as written, to name the problems found in it (see Problem.item). */
  enter(value: JsonObject, path: string): void {
    const id = typeof value.id === 'string' ? value.id.trim() : '';
    this.item = id ? { path, id: unseen(shorten(id)) } : undefined;
  }

  report(severity: Severity, path: string, code: ProblemCode, details?: { expected?: string; value?: string }) {
    const item = this.item;
    const inside = item && (path === item.path || path.startsWith(`${item.path}.`) || path.startsWith(`${item.path}[`));
    this.problems.push(problem(severity, path, code, inside ? { ...details, item: item.id } : details));
  }

  wrongType(severity: Severity, path: string, expected: ValueKind, value: Json) {
    // The value itself, not its type: "58.588" in quotes shows what to change.
    this.report(severity, path, 'wrong-type', { expected, value: show(value) });
  }

  /**
   * Reports a field that is probably a misspelt one of `known` ("summery", "Host", "hosts"): its
   * value is not read, and nothing else would say so. Other unknown fields are the format's room to grow.
   */
  fields(object: JsonObject, path: string, names: readonly string[]): void {
    let seen = slips.get(names);
    if (!seen) slips.set(names, (seen = new Map()));
    for (const key in object) {
      if (!Object.hasOwn(object, key)) continue;
      if (names.includes(key)) continue;
      let meant = seen.get(key);
      if (meant === undefined) {
        // Another case, another name for it, or one slip in a name of four letters or more that
        // starts as the field does: "oid", "county" or "head" may well be fields of the site's own.
        const lower = key.toLowerCase();
        meant =
          names.find((name) => {
            const field = name.toLowerCase();
            return (
              lower === field ||
              FIELD_ALIASES[lower] === name ||
              (lower.length > 3 && lower[0] === field[0] && oneSlip(lower, field))
            );
          }) ?? '';
        if (seen.size < 1000) seen.set(key, meant);
      }
      // Not when the field itself is there too: then this one is something else.
      if (meant && !(meant in object)) {
        this.report('warning', childPath(path, key), 'unknown-field', { value: show(key), expected: meant });
      }
    }
  }

  /**
   * A country's code where its language's belongs ("se" for Swedish): read as written (se is
   * Northern Sami), but said, since that language's visitors get another text meanwhile.
   */
  slip(tag: string, path: string, written: string): void {
    if (tag in LANGUAGE_SLIPS) {
      this.report('warning', path, 'language-slip', {
        value: show(written),
        expected: LANGUAGE_SLIPS[tag],
      });
    }
  }

  /**
   * A text in one or several languages, at `parent` + `key` (none: at `parent`). `plainLang` is the
   * language of a plain string. Paths are written only for a problem: a document has thousands of
   * texts, nearly all sound.
   */
  text(value: Json, parent: string, key: string | number | undefined, severity: Severity, plainLang = this.defaultLanguage) {
    if (typeof value === 'string') {
      const single = this.#string(value, parent, key, undefined, severity);
      return single === undefined ? undefined : ({ [plainLang]: single } as Text);
    }
    if (!isObject(value)) {
      this.wrongType(severity, at(parent, key), 'text', value);
      return undefined;
    }
    const result: Record<string, string> = {};
    let read = false;
    // (for-in, cheaper than Object.keys for thousands of small objects; own keys only, as a page's
    // script may have added enumerable properties to Object.prototype.)
    for (const language in value) {
      if (!Object.hasOwn(value, language)) continue;
      const entry = value[language];
      const tag = canonicalTag(language);
      if (!tag) {
        this.report('warning', at(parent, key, language), 'invalid-language', { value: show(language) });
        continue;
      }
      if (tag in LANGUAGE_SLIPS) this.slip(tag, at(parent, key, language), language);
      if (typeof entry !== 'string') {
        this.wrongType('warning', at(parent, key, language), 'text-entry', entry);
        continue;
      }
      // "EN" beside "en": the first is shown, as with ids (JSON.parse keeps only one of two equal keys).
      if (Object.hasOwn(result, tag)) {
        this.report('warning', at(parent, key, language), 'duplicate-language', { value: show(language) });
        continue;
      }
      const single = this.#string(entry, parent, key, language, 'warning');
      if (single !== undefined) {
        result[tag] = single;
        read = true;
      }
    }
    if (!read) {
      this.report(severity, at(parent, key), 'empty');
      return undefined;
    }
    return result as Text;
  }

  /** A non-empty string, cut at the length limit; at `parent` + `key` + `language` (each where given). */
  #string(
    value: string,
    parent: string,
    key: string | number | undefined,
    language: string | undefined,
    severity: Severity,
  ): string | undefined {
    let trimmed = value.trim();
    // Only invisible characters (a zero-width space, a control character) make an empty text too.
    if (!trimmed || (INVISIBLE_START.test(trimmed) && INVISIBLE_ONLY.test(trimmed))) {
      this.report(severity, at(parent, key, language), 'empty');
      return undefined;
    }
    // One quick look first, as balanceBidi's: nearly no text has any of these.
    const marked = /[\u202a-\u202e\u2066-\u2069\ufffd]/.test(trimmed);
    // A byte that was not UTF-8, read as �: the text is shown, and where it is said (also beyond a cut).
    if (marked && trimmed.includes('\ufffd')) this.report('warning', at(parent, key, language), 'unreadable');
    // Characters as the schema's maxLength counts them: an emoji is one (two UTF-16 units), and the
    // closers that balanceBidi adds are none. (A text within the limit in units is within it in characters.)
    let cut = false;
    if (trimmed.length > LIMITS.textChars) {
      const characters = [...trimmed];
      if (characters.length > LIMITS.textChars) {
        this.report('warning', at(parent, key, language), 'too-long', { expected: String(LIMITS.textChars) });
        trimmed = characters.slice(0, LIMITS.textChars).join('');
        cut = true;
      }
    }
    if (marked) trimmed = balanceBidi(trimmed);
    return cut ? `${trimmed}…` : trimmed;
  }

  optionalText(object: JsonObject, key: string, path: string, plainLang?: string): Text | undefined {
    const value = object[key];
    if (value === undefined || value === null) return undefined;
    return this.text(value, path, key, 'warning', plainLang);
  }

  requiredText(object: JsonObject, key: string, path: string): Text | undefined {
    const value = object[key];
    if (value === undefined || value === null) {
      this.report('error', childPath(path, key), 'missing');
      return undefined;
    }
    return this.text(value, path, key, 'error');
  }

  textList(object: JsonObject, key: string, path: string): Text[] {
    const value = object[key];
    if (value === undefined || value === null) return [];
    const listPath = childPath(path, key);
    if (!Array.isArray(value)) {
      this.wrongType('warning', listPath, 'texts', value);
      return [];
    }
    const texts: Text[] = [];
    // Not entries(), which Prototype.js replaces with its own (a copy of the array).
    this.capped(value, listPath).forEach((entry, index) => {
      const text = this.text(entry, listPath, index, 'warning');
      if (text) texts.push(text);
    });
    return texts;
  }

  date(object: JsonObject, key: string, path: string, severity: Severity): CalendarDate | undefined {
    const value = object[key];
    if (value === undefined || value === null) {
      if (severity === 'error') this.report('error', childPath(path, key), 'missing');
      return undefined;
    }
    if (typeof value !== 'string' || !isCalendarDate(value.trim())) {
      // Written right, yet no day ("2017-02-29"): said so, not "expected YYYY-MM-DD".
      const written = typeof value === 'string' && /^(?!0000)\d{4}-\d\d-\d\d$/.test(value.trim());
      this.report(severity, childPath(path, key), written ? 'no-such-date' : 'invalid-date', {
        expected: 'YYYY-MM-DD',
        value: show(value),
      });
      return undefined;
    }
    return value.trim();
  }

  url(object: JsonObject, key: string, path: string): string | undefined {
    const value = object[key];
    if (value === undefined || value === null) return undefined;
    if (typeof value !== 'string') {
      this.wrongType('warning', childPath(path, key), 'url', value);
      return undefined;
    }
    const checked = checkUrl(value.trim());
    if (checked.ok) return checked.href;
    // "www.norrkoping.se", as a browser's address bar takes it: the full address probably meant (and
    // for "info@norrkoping.se", an e-mail address).
    const bare = value.trim();
    const meant =
      checked.reason === 'invalid-url' &&
      /^[^\s:/]+\.[^\s:/]/.test(bare) &&
      checkUrl(/^[^/]*@/.test(bare) ? `mailto:${bare}` : `https://${bare}`);
    const expected = meant && meant.ok ? { expected: meant.href } : {};
    this.report('warning', childPath(path, key), checked.reason, { value: show(value), ...expected });
    return undefined;
  }

  boolean(object: JsonObject, key: string, path: string, fallback: boolean): boolean {
    const value = object[key];
    if (value === undefined || value === null) return fallback;
    if (typeof value === 'boolean') return value;
    this.wrongType('warning', childPath(path, key), 'boolean', value);
    return fallback;
  }

  id(object: JsonObject, path: string, seen: Set<string>): string | undefined {
    // A space around it is invisible in the editor: it does not count.
    const value = typeof object.id === 'string' ? object.id.trim() : object.id;
    const idPath = childPath(path, 'id');
    if (value === undefined || value === null) {
      this.report('error', idPath, 'missing');
      return undefined;
    }
    if (typeof value !== 'string' || !ID_PATTERN.test(value)) {
      this.report('error', idPath, 'invalid-id', { expected: '[a-z0-9-]+', value: show(value) });
      return undefined;
    }
    if (seen.has(value)) {
      this.report('error', idPath, 'duplicate-id', { value: show(value) });
      return undefined;
    }
    return value;
  }

  country(object: JsonObject, path: string): string | undefined {
    const value = object.country;
    const countryPath = childPath(path, 'country');
    if (value === undefined || value === null) {
      this.report('error', countryPath, 'missing');
      return undefined;
    }
    if (typeof value !== 'string' || !/^[A-Za-z]{2}$/.test(value.trim())) {
      this.report('error', countryPath, 'invalid-country', { expected: 'ISO 3166-1 alpha-2', value: show(value) });
      return undefined;
    }
    let code = value.trim().toUpperCase();
    const alias = EU_COUNTRY_ALIASES[code];
    if (alias) {
      this.report('warning', countryPath, 'country-alias', { value: code, expected: alias });
      code = alias;
    } else if (!isKnownCountry(code)) {
      this.report('error', countryPath, 'invalid-country', { expected: 'ISO 3166-1 alpha-2', value: show(value) });
      return undefined;
    }
    // (Lower case or spaces around it: read as meant, without a word; the schema points it out.)
    return code;
  }

  /** The first LIMITS.listEntries entries of a short list, with a warning if there are more. */
  capped<T>(list: T[], path: string): T[] {
    if (list.length <= LIMITS.listEntries) return list;
    this.report('warning', path, 'too-many', { expected: String(LIMITS.listEntries), value: String(list.length) });
    return list.slice(0, LIMITS.listEntries);
  }

  /** A list of items: absent is empty; over the limit, the rest is not read. */
  list(root: JsonObject, key: 'partners' | 'meetings', limit: number): Json[] {
    const value = root[key];
    if (value === undefined || value === null) return [];
    if (!Array.isArray(value)) {
      this.wrongType('error', key, 'array', value);
      return [];
    }
    if (value.length > limit) {
      this.report('error', key, 'too-many', { expected: String(limit), value: String(value.length) });
      // A meeting hosted by a partner beyond the limit: said by too-many, not as "no such partner".
      for (const entry of key === 'partners' ? value.slice(limit) : []) {
        if (isObject(entry) && typeof entry.id === 'string') this.dropped.add(entry.id.trim().toLowerCase());
      }
      return value.slice(0, limit);
    }
    return value;
  }
}

function readSchemaVersion(reader: Reader, root: JsonObject): number {
  const value = root.schemaVersion;
  if (value === undefined || value === null) {
    reader.report('warning', 'schemaVersion', 'missing');
    return SCHEMA_VERSION;
  }
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 1) {
    reader.wrongType('warning', 'schemaVersion', 'schema-version', value);
    return SCHEMA_VERSION;
  }
  if (value > SCHEMA_VERSION) {
    reader.report('warning', 'schemaVersion', 'unknown-version', { value: String(value), expected: String(SCHEMA_VERSION) });
  }
  return value;
}

function readDefaultLanguage(reader: Reader, root: JsonObject): string {
  const value = root.defaultLanguage;
  if (value === undefined || value === null) return 'en';
  const tag = typeof value === 'string' ? canonicalTag(value) : undefined;
  if (!tag) {
    reader.report('warning', 'defaultLanguage', 'invalid-language', { value: show(value) });
    return 'en';
  }
  reader.slip(tag, 'defaultLanguage', value as string);
  return tag;
}

function readProject(reader: Reader, root: JsonObject): Project | undefined {
  const value = root.project;
  if (value === undefined || value === null) {
    reader.report('error', 'project', 'missing');
    return undefined;
  }
  if (!isObject(value)) {
    reader.wrongType('error', 'project', 'object', value);
    return undefined;
  }
  const path = 'project';
  reader.fields(value, path, FIELDS.project);
  const title = reader.requiredText(value, 'title', path);
  if (!title) return undefined;
  const start = reader.date(value, 'start', path, 'warning');
  let end = reader.date(value, 'end', path, 'warning');
  if (start && end && end < start) {
    reader.report('warning', childPath(path, 'end'), 'end-before-start', { value: end });
    end = undefined;
  }
  return {
    title,
    acronym: reader.optionalText(value, 'acronym', path),
    summary: reader.optionalText(value, 'summary', path),
    programme: reader.optionalText(value, 'programme', path),
    start,
    end,
    website: reader.url(value, 'website', path),
    goals: reader.textList(value, 'goals', path),
    themes: reader.textList(value, 'themes', path),
    funding: readFunding(reader, value.funding),
  };
}

function readFunding(reader: Reader, value: Json): Project['funding'] {
  const path = 'project.funding';
  if (value === undefined || value === null) return { emblem: true };
  if (!isObject(value)) {
    reader.wrongType('warning', path, 'object', value);
    return { emblem: true };
  }
  reader.fields(value, path, FIELDS.funding);
  return {
    statement: reader.optionalText(value, 'statement', path),
    emblem: reader.boolean(value, 'emblem', path, true),
  };
}

/** Latitude and longitude together, or neither. */
function readPosition(reader: Reader, object: JsonObject, path: string, country: string): { lat?: number; lon?: number } {
  const read = (key: 'lat' | 'lon', max: number): number | undefined => {
    const value = object[key];
    const keyPath = childPath(path, key);
    if (value === undefined || value === null) return undefined;
    if (typeof value !== 'number') {
      reader.wrongType('warning', keyPath, 'number', value);
      return undefined;
    }
    // JSON reads 1e400 as Infinity.
    if (!(Math.abs(value) <= max)) {
      reader.report('warning', keyPath, 'out-of-range', { expected: `${-max}…${max}`, value: String(value) });
      return undefined;
    }
    return value;
  };
  const lat = read('lat', 90);
  const lon = read('lon', 180);
  if (lat === undefined && lon === undefined) return {};
  if (lat === undefined || lon === undefined) {
    const absent = lat === undefined ? 'lat' : 'lon';
    if (object[absent] === undefined || object[absent] === null)
      reader.report('warning', childPath(path, absent), 'half-position');
    return {};
  }
  // Outside Europe as written, and inside it the other way round: swapped, most likely. Only for a
  // European country; for those with places overseas (Réunion, Mayotte), only where the swapped
  // point is in their part of Europe.
  const inside = (y: number, x: number, [south, west, north, east]: readonly number[]) =>
    y > south && y < north && x > west && x < east;
  // (Europe as written reaches 50° E for Turkey, Georgia and Armenia: Telavi lies at 45.5° E.)
  const box = OVERSEAS.includes(country) ? [35.5, -10.5, 61, 16] : [34, -25, 72, 45];
  const written = [34, -25, 72, /TR|GE|AM/.test(country) ? 50 : 45];
  if (EUROPE.includes(country) && !inside(lat, lon, written) && inside(lon, lat, box)) {
    reader.report('warning', childPath(path, 'lat'), 'swapped-position');
  }
  return { lat, lon };
}

function readPartner(reader: Reader, value: Json, path: string, seen: Set<string>): Partner | undefined {
  if (!isObject(value)) {
    reader.wrongType('error', path, 'object', value);
    return undefined;
  }
  reader.enter(value, path);
  reader.fields(value, path, FIELDS.partner);
  const id = reader.id(value, path, seen);
  const name = reader.requiredText(value, 'name', path);
  const country = reader.country(value, path);
  // Taken even by a partner dropped for another error: a second one with its id is a duplicate,
  // not the partner that its meetings silently link to.
  if (id) seen.add(id);
  if (!id || !name || !country) {
    // Its error is reported; a meeting it hosts need not also say that no partner has its id.
    if (typeof value.id === 'string') reader.dropped.add(value.id.trim().toLowerCase());
    return undefined;
  }
  let type: PartnerType | undefined;
  if (value.type !== undefined && value.type !== null) {
    if ((PARTNER_TYPES as readonly Json[]).includes(value.type)) type = value.type as PartnerType;
    else
      reader.report('warning', childPath(path, 'type'), 'unknown-type', {
        value: show(value.type),
        expected: PARTNER_TYPES.join(', '),
      });
  }
  return {
    id,
    name,
    localName: reader.optionalText(value, 'localName', path, LOCAL_LANGUAGE[country] ?? reader.defaultLanguage),
    type,
    country,
    city: reader.optionalText(value, 'city', path),
    ...readPosition(reader, value, path, country),
    website: reader.url(value, 'website', path),
    lead: reader.boolean(value, 'lead', path, false),
  };
}

function readHosts(reader: Reader, value: Json, path: string, partnerIds: ReadonlySet<string>): string[] {
  if (value === undefined || value === null) return [];
  const hosts = Array.isArray(value) ? reader.capped(value, path) : [value];
  return hosts
    .flatMap((host, index) => {
      const hostPath = Array.isArray(value) ? childPath(path, index) : path;
      if (typeof host !== 'string') {
        reader.wrongType('warning', hostPath, 'partner-id', host);
        return [];
      }
      const id = host.trim();
      if (!partnerIds.has(id)) {
        const low = id.toLowerCase();
        // The partner probably meant: the id in other case ("Collecchio"), or one letter off ("colecchio").
        // Looked for once per unknown id, and for the first 100 (each look reads every partner id: a
        // file of 1 MiB holds 126,000 unknown hosts, which took 4 s).
        let meant = reader.meant.get(low);
        if (meant === undefined && reader.meant.size < 100)
          reader.meant.set(low, (meant = [...partnerIds].find((known) => oneSlip(low, known)) ?? ''));
        if (!reader.dropped.has(low))
          reader.report('warning', hostPath, 'unknown-host', { value: show(host), ...(meant && { expected: meant }) });
        return [];
      }
      return [id];
    })
    .filter((host, index, all) => all.indexOf(host) === index);
}

function readReport(reader: Reader, value: Json, path: string): Report | undefined {
  if (value === undefined || value === null) return undefined;
  if (!isObject(value)) {
    reader.wrongType('warning', path, 'object', value);
    return undefined;
  }
  reader.fields(value, path, FIELDS.report);
  const text = value.text === undefined || value.text === null ? undefined : reader.text(value.text, path, 'text', 'warning');
  if (!text) {
    if (value.text === undefined || value.text === null) reader.report('warning', childPath(path, 'text'), 'missing');
    return undefined;
  }
  return {
    text,
    author: reader.optionalText(value, 'author', path),
    published: reader.date(value, 'published', path, 'warning'),
    link: reader.url(value, 'link', path),
  };
}

function readMeeting(
  reader: Reader,
  value: Json,
  path: string,
  seen: Set<string>,
  partnerIds: ReadonlySet<string>,
): Meeting | undefined {
  if (!isObject(value)) {
    reader.wrongType('error', path, 'object', value);
    return undefined;
  }
  reader.enter(value, path);
  reader.fields(value, path, FIELDS.meeting);
  const id = reader.id(value, path, seen);
  const start = reader.date(value, 'start', path, 'error');
  const country = reader.country(value, path);
  if (id) seen.add(id);
  if (!id || !start || !country) return undefined;
  let end = reader.date(value, 'end', path, 'warning') ?? start;
  if (end < start) {
    reader.report('warning', childPath(path, 'end'), 'end-before-start', { value: end });
    end = start;
  }
  let number: number | undefined;
  if (value.number !== undefined && value.number !== null) {
    // (+ 0: a -0 in the data is meeting 0, not "-0".)
    if (typeof value.number === 'number' && Number.isInteger(value.number) && value.number >= 0) number = value.number + 0;
    else reader.wrongType('warning', childPath(path, 'number'), 'whole-number', value.number);
  }
  return {
    id,
    number,
    start,
    end,
    city: reader.optionalText(value, 'city', path),
    country,
    hosts: readHosts(reader, value.host, childPath(path, 'host'), partnerIds),
    title: reader.optionalText(value, 'title', path),
    summary: reader.optionalText(value, 'summary', path),
    themes: reader.textList(value, 'themes', path),
    link: reader.url(value, 'link', path),
    report: readReport(reader, value.report, childPath(path, 'report')),
  };
}

function byDate(a: Meeting, b: Meeting): number {
  return (
    a.start.localeCompare(b.start) ||
    a.end.localeCompare(b.end) ||
    (a.number ?? Infinity) - (b.number ?? Infinity) ||
    a.id.localeCompare(b.id)
  );
}

/**
 * Turns any value into the widget's data and the problems found. Never throws: errors in required
 * fields drop their partner or meeting, warnings drop one field, and only a value that is not an
 * object, or has no usable `project.title`, leaves no data.
 */
export function parseDocument(input: Json): ParseResult {
  const reader = new Reader();
  if (!isObject(input)) {
    reader.report('error', '', 'not-object', { value: jsonType(input) });
    return { problems: reader.problems };
  }
  reader.fields(input, '', FIELDS.root);
  const schemaVersion = readSchemaVersion(reader, input);
  reader.defaultLanguage = readDefaultLanguage(reader, input);
  const project = readProject(reader, input);

  const takenIds = new Set<string>();
  const partners = reader
    .list(input, 'partners', LIMITS.partners)
    .flatMap((entry, index) => readPartner(reader, entry, `partners[${index}]`, takenIds) ?? []);
  const partnerIds = new Set(partners.map((partner) => partner.id));
  const meetingIds = new Set<string>();
  const meetings = reader
    .list(input, 'meetings', LIMITS.meetings)
    .flatMap((entry, index) => readMeeting(reader, entry, `meetings[${index}]`, meetingIds, partnerIds) ?? [])
    .sort(byDate);

  if (!project) return { problems: reader.problems };
  const data: EvolaqData = { schemaVersion, defaultLanguage: reader.defaultLanguage, project, partners, meetings };
  return { data, problems: reader.problems };
}

/** Line and column (1-based) of a character offset. */
function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  // Lines end in \n, \r\n or a lone \r (as editors count them).
  const lines = text.slice(0, offset).split(/\r\n?|\n/);
  return { line: lines.length, column: lines[lines.length - 1].length + 1 };
}

/**
 * Whether `result` lost by an error a whole list that `shown` had (partners that are not a list,
 * every meeting broken): for an element that shows that list, no update.
 */
export function losesList(shown: EvolaqData, result: ParseResult, key: 'partners' | 'meetings'): boolean {
  return (
    shown[key].length > 0 &&
    result.data?.[key].length === 0 &&
    result.problems.some((p) => p.severity === 'error' && (p.path === key || p.path.startsWith(`${key}[`)))
  );
}

/** Parses JSON text, reporting a syntax error with its line and column. */
export function parseJsonText(text: string): ParseResult {
  if (text.length > LIMITS.documentChars) {
    return { problems: [problem('error', '', 'too-large', { expected: String(LIMITS.documentChars) })] };
  }
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  // An empty file (or attribute) is said to be empty, not "not valid JSON at line 1, column 1".
  if (!source.trim()) return { problems: [problem('error', '', 'empty')] };
  let value: Json;
  try {
    value = JSON.parse(source);
  } catch {
    const offset = jsonErrorOffset(source);
    const where = offset === undefined ? undefined : lineAndColumn(source, offset);
    const details = where ? { value: `${where.line}:${where.column}` } : {};
    return { problems: [problem('error', '', 'invalid-json', details)] };
  }
  return parseDocument(value);
}
