/*
 * "Hostile input": property-based tests of the parser with fast-check. Any JSON value, any JS
 * value, thousands of mutations of the demo data and random edits of its JSON text: the parser
 * never throws, every problem's path points into the input (or, for a missing field, at an absent
 * key of an existing object), and everything it keeps is valid.
 *
 * The mutation arbitrary is exported for test/render-fuzz.test.ts, which renders the same kind of
 * documents. (It lives here, not in test/support/, only because this file was the one to own.)
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { LIMITS, childPath, parseDocument, parseJsonText } from '../src/data/parse.js';
import { PARTNER_TYPES, type EvolaqData, type ParseResult, type Problem, type Text } from '../src/data/types.js';
import { demoData } from './support/helpers.js';

const SEED = 42;

/* ------------------------------------------------------------------------------------------ */
/* Mutations of the demo document                                                              */
/* ------------------------------------------------------------------------------------------ */

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

/*
 * Values JSON cannot hold, and values too big to print in a counterexample, travel through the
 * template as marker strings: materialised as real values by `asObject`, as JSON text by `asText`.
 *   @@inf@@ / @@-inf@@  Infinity (object) or 1e309 / -1e309 (text, which JSON.parse reads as ±Infinity)
 *   @@nan@@             NaN (object) or the string "NaN" (text)
 *   @@deep:array:N@@    N nested arrays; @@deep:object:N@@ N nested {"a": …}
 *   @@long:N@@          a string of N characters (made real when the ops are applied)
 */
const INF = '@@inf@@';
const NEG_INF = '@@-inf@@';
const NAN = '@@nan@@';
const deep = (kind: 'array' | 'object', depth: number) => `@@deep:${kind}:${depth}@@`;
const long = (length: number) => `@@long:${length}@@`;
const MARKER = /^@@(inf|-inf|nan|deep:(array|object):(\d+)|long:(\d+))@@$/;

const DATES: Json[] = [
  '2017-02-30',
  '2017-02-29',
  '2016-02-29',
  '2100-02-29',
  '2000-02-29',
  '2017-13-01',
  '2017-00-10',
  '2017-04-31',
  '2017-1-5',
  '17-05-11',
  '2017-05-11T10:00:00Z',
  '2017-05-11 ',
  ' 2017-05-11',
  '0000-01-01',
  '0099-12-31',
  '9999-12-31',
  '1970-01-01',
  '2017/05/11',
  '２０１７-05-11',
  '+2017-05-11',
  '-2017-05-11',
  '',
  'NaN',
  NAN,
  INF,
  20170511,
  true,
  [],
  {},
];
const COUNTRIES: Json[] = [
  'XX',
  'ZZ',
  'EU',
  'UN',
  'EZ',
  'QO',
  'XA',
  'AA',
  'EL',
  'UK',
  'uk',
  'el',
  'se',
  ' SE',
  'SE ',
  'Se',
  'S',
  'SWE',
  '',
  'ÅL',
  '12',
  'XK',
  'GB',
  'GR',
  '\u0000\u0000',
  'İT',
  46,
  ['SE'],
];
const URLS: Json[] = [
  'javascript:alert(1)',
  'JaVaScRiPt:alert(1)',
  '\u0001javascript:alert(1)',
  ' \n javascript:alert(1)',
  'java\tscript:alert(1)',
  'jav&#x09;ascript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'vbscript:msgbox(1)',
  'blob:https://example.org/0b1f',
  'file:///etc/passwd',
  '/x',
  '//evil.example',
  'example.org',
  'https://',
  'http://[::1',
  'ftp://example.org/',
  'HTTPS://EXAMPLE.ORG/A',
  'http://example.org',
  'MAILTO:info@example.org',
  ' https://example.org/ ',
  'https://exa mple.org/',
  'https://例え.jp/',
  'https://user:pass@example.org/',
  '',
  42,
  {},
];
const NUMBERS: Json[] = [
  NAN,
  INF,
  NEG_INF,
  'NaN',
  'Infinity',
  '1e309',
  '58.5',
  90,
  90.0000001,
  -90,
  -90.5,
  180,
  180.5,
  -180,
  -181,
  0,
  -0,
  1e308,
  -1e308,
  5e-324,
  1.5,
  -1,
  2 ** 53 + 2,
  true,
  null,
  [],
  {},
];
const IDS: Json[] = [
  'A',
  'a b',
  'a_b',
  '',
  ' a',
  'a ',
  'é',
  '-',
  '0',
  'constructor',
  '__proto__',
  'tostring',
  'norrkoping',
  'skovde',
  'collecchio-2017',
  'linz-2016',
  long(5000),
  7,
  null,
  ['a'],
];
const LANGUAGE_TAGS = [
  'xx',
  'zz-ZZ',
  'EN',
  'de-at',
  'en_GB',
  'x-private',
  'i-klingon',
  'und',
  'qaa',
  'root',
  '',
  '123',
  '__proto__',
  'constructor',
  'toString',
  'en-US-u-ca-buddhist',
  'sr-latn',
  'zh-hant-tw',
  'pt',
  'a'.repeat(80),
  'de-AT',
  'lv',
];
const TEXTS: Json[] = [
  '',
  '   ',
  '\n\t',
  'x',
  '\u200b',
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '${x}',
  '\u202eevil',
  long(LIMITS.textChars + 1),
  long(LIMITS.textChars * 2),
  {},
  { '': 'x' },
  { en: '' },
  { 'xx-INVALID!': 'x' },
  { en: 5 },
  { en: null },
  { en: ['x'] },
  { 'de-at': 'x', 'de-AT': 'y' },
  { und: 'x' },
  { zz: 'x' },
  ['x'],
  42,
  true,
];
const TYPES: Json[] = [...PARTNER_TYPES, 'Municipality', 'city', '', 'constructor', 'toString', 3, null];

/** Values that fit anywhere: wrong types, empties, NaN-ish numbers, oversized and deeply nested. */
const anyPayload: fc.Arbitrary<Json> = fc.oneof(
  { arbitrary: fc.jsonValue({ maxDepth: 2 }) as fc.Arbitrary<Json>, weight: 4 },
  { arbitrary: fc.constantFrom<Json>('', ' ', {}, [], null, true, false, 0, -1, 'null', 'undefined'), weight: 3 },
  { arbitrary: fc.constantFrom<Json>(NAN, INF, NEG_INF, 'NaN', 'Infinity', '-0', 1e308), weight: 2 },
  { arbitrary: fc.constantFrom(2, 64, 1000, 20000).map((n) => deep('array', n) as Json), weight: 2 },
  { arbitrary: fc.constantFrom(64, 20000).map((n) => deep('object', n) as Json), weight: 1 },
  { arbitrary: fc.constantFrom(LIMITS.textChars + 1, 100000).map((n) => long(n) as Json), weight: 1 },
);

type Place = 'root' | 'project' | 'partners' | 'meetings';
const FIELDS: Record<Place, Record<string, Json[]>> = {
  root: {
    schemaVersion: [1, 2, 0, -1, 1.5, '1', 1e308, INF, NAN],
    defaultLanguage: LANGUAGE_TAGS,
    project: [],
    partners: [],
    meetings: [],
    $schema: [42, 'javascript:alert(1)'],
  },
  project: {
    title: TEXTS,
    acronym: TEXTS,
    summary: TEXTS,
    programme: TEXTS,
    start: DATES,
    end: DATES,
    website: URLS,
    goals: [[], ['x', '', 5, { en: '' }], 'x', {}],
    themes: [[], [null, 'x'], 'x'],
    funding: [{}, { emblem: 'no' }, { statement: '' }, { emblem: false, statement: 5 }, 'yes', []],
  },
  partners: {
    id: IDS,
    name: TEXTS,
    localName: TEXTS,
    type: TYPES,
    country: COUNTRIES,
    city: TEXTS,
    lat: NUMBERS,
    lon: NUMBERS,
    website: URLS,
    lead: [true, false, 'true', 1, null],
  },
  meetings: {
    id: IDS,
    number: NUMBERS,
    start: DATES,
    end: DATES,
    city: TEXTS,
    country: COUNTRIES,
    host: IDS,
    title: TEXTS,
    summary: TEXTS,
    themes: [[], ['x', ''], 'x'],
    link: URLS,
    report: [
      {},
      { text: '' },
      { text: 'x', link: 'javascript:alert(1)', published: '2017-02-30' },
      { link: 'https://example.org/' },
      'x',
      [],
    ],
  },
};

export type Op =
  /** Replace any node of the document (chosen by index among all nodes) with a value. */
  | { kind: 'set'; at: number; value: Json }
  /** Remove any node (an object member, or an array element). */
  | { kind: 'drop'; at: number }
  /** Set (or, with `drop`, remove) one named field of the root, the project, a partner or a meeting. */
  | { kind: 'field'; place: Place; item: number; field: string; value: Json; drop: boolean }
  /** Duplicate ids: copy a partner or meeting into its list, or give one another's id. */
  | { kind: 'duplicate'; list: 'partners' | 'meetings'; item: number; other: number; copy: boolean }
  /** A meeting's host that is no partner (or several, some known, some twice). */
  | { kind: 'host'; item: number; host: number; shape: number }
  /** `end` some days before `start` (item -1: the project). */
  | { kind: 'endBeforeStart'; item: number; days: number }
  /** Rename a key of any object (a language of a text, or a field) to a language tag. */
  | { kind: 'rename'; at: number; tag: string }
  /** A property the format does not know, on any object. */
  | { kind: 'unknown'; at: number; key: string; value: Json }
  /** More partners or meetings than the limit allows (copies of one). */
  | { kind: 'many'; list: 'partners' | 'meetings'; item: number };

const fieldOp: fc.Arbitrary<Op> = fc.constantFrom(...(Object.keys(FIELDS) as Place[])).chain((place) =>
  fc.constantFrom(...Object.keys(FIELDS[place])).chain((field) => {
    const specific = FIELDS[place][field];
    const value = specific.length ? fc.oneof(fc.constantFrom(...specific), anyPayload) : anyPayload;
    return fc.record({
      kind: fc.constant('field' as const),
      place: fc.constant(place),
      item: fc.nat(20),
      field: fc.constant(field),
      value,
      drop: fc.boolean(),
    });
  }),
);

const list = fc.constantFrom('partners' as const, 'meetings' as const);

/** One mutation. */
export const opArbitrary: fc.Arbitrary<Op> = fc.oneof(
  { arbitrary: fieldOp, weight: 8 },
  { arbitrary: fc.record({ kind: fc.constant('set' as const), at: fc.nat(), value: anyPayload }), weight: 3 },
  { arbitrary: fc.record({ kind: fc.constant('drop' as const), at: fc.nat() }), weight: 2 },
  {
    arbitrary: fc.record({
      kind: fc.constant('duplicate' as const),
      list,
      item: fc.nat(20),
      other: fc.nat(20),
      copy: fc.boolean(),
    }),
    weight: 2,
  },
  {
    arbitrary: fc.record({ kind: fc.constant('host' as const), item: fc.nat(20), host: fc.nat(20), shape: fc.nat(11) }),
    weight: 2,
  },
  {
    arbitrary: fc.record({
      kind: fc.constant('endBeforeStart' as const),
      item: fc.integer({ min: -1, max: 20 }),
      days: fc.integer({ min: 1, max: 800 }),
    }),
    weight: 1,
  },
  {
    arbitrary: fc.record({ kind: fc.constant('rename' as const), at: fc.nat(), tag: fc.constantFrom(...LANGUAGE_TAGS) }),
    weight: 2,
  },
  {
    arbitrary: fc.record({
      kind: fc.constant('unknown' as const),
      at: fc.nat(),
      key: fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'then', 'foo', '', '\u0000'),
      value: fc.jsonValue({ maxDepth: 2 }) as fc.Arbitrary<Json>,
    }),
    weight: 1,
  },
  // Over the limit of 1000 partners (the limit of 10000 meetings is too slow to build 1000 times: see its own test).
  {
    arbitrary: fc.record({ kind: fc.constant('many' as const), list: fc.constant('partners' as const), item: fc.nat(20) }),
    weight: 1,
  },
);

/** A few mutations, applied in order. */
export const opsArbitrary: fc.Arbitrary<Op[]> = fc.array(opArbitrary, { minLength: 1, maxLength: 6 });

function isJsonObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Sets an own property even for `__proto__`. */
function put(object: JsonObject, key: string, value: Json): void {
  Object.defineProperty(object, key, { value, enumerable: true, writable: true, configurable: true });
}

/** `@@long:N@@` → a real string; other markers stay for asObject/asText. */
function realise(value: Json): Json {
  if (typeof value === 'string') {
    const match = MARKER.exec(value);
    if (match?.[4]) return 'x'.repeat(Number(match[4]) - 1) + 'y';
    return value;
  }
  return value === null || typeof value !== 'object' ? value : structuredClone(value);
}

/** Every [container, key] of the document, in document order (not the root itself). */
function nodes(root: Json): Array<[JsonObject | Json[], string | number]> {
  const found: Array<[JsonObject | Json[], string | number]> = [];
  const stack: Json[] = [root];
  while (stack.length) {
    const node = stack.pop()!;
    if (Array.isArray(node)) node.forEach((child, index) => (found.push([node, index]), stack.push(child)));
    else if (isJsonObject(node)) for (const key of Object.keys(node)) (found.push([node, key]), stack.push(node[key]));
  }
  return found;
}

function objects(root: Json): JsonObject[] {
  const found: JsonObject[] = isJsonObject(root) ? [root] : [];
  for (const [container, key] of nodes(root)) {
    const value = (container as Record<string | number, Json>)[key];
    if (isJsonObject(value)) found.push(value);
  }
  return found;
}

function items(doc: JsonObject, name: 'partners' | 'meetings'): JsonObject[] | undefined {
  const value = doc[name];
  return Array.isArray(value) ? (value as JsonObject[]) : undefined;
}

function shiftDate(date: string, days: number): string {
  const time = Date.parse(`${date}T00:00:00Z`) - days * 86_400_000;
  return new Date(time).toISOString().slice(0, 10);
}

function applyOp(doc: JsonObject, op: Op): void {
  switch (op.kind) {
    case 'set':
    case 'drop': {
      const all = nodes(doc);
      if (!all.length) return;
      const [container, key] = all[op.at % all.length];
      if (op.kind === 'drop') {
        if (Array.isArray(container)) container.splice(key as number, 1);
        else delete container[key as string];
      } else if (Array.isArray(container)) container[key as number] = realise(op.value);
      else put(container, key as string, realise(op.value));
      return;
    }
    case 'field': {
      let target: Json | undefined = doc;
      if (op.place === 'project') target = doc.project;
      if (op.place === 'partners' || op.place === 'meetings') {
        const list = items(doc, op.place);
        target = list?.length ? list[op.item % list.length] : undefined;
      }
      if (!isJsonObject(target)) return;
      if (op.drop) delete target[op.field];
      else put(target, op.field, realise(op.value));
      return;
    }
    case 'duplicate': {
      const list = items(doc, op.list);
      if (!list?.length) return;
      const source = list[op.item % list.length];
      if (op.copy) list.splice(op.other % (list.length + 1), 0, structuredClone(source));
      else {
        const target = list[op.other % list.length];
        if (isJsonObject(source) && isJsonObject(target)) put(target, 'id', source.id ?? null);
      }
      return;
    }
    case 'host': {
      const meetings = items(doc, 'meetings');
      const partners = items(doc, 'partners') ?? [];
      if (!meetings?.length) return;
      const meeting = meetings[op.item % meetings.length];
      if (!isJsonObject(meeting)) return;
      const partner = partners.length ? partners[op.host % partners.length] : undefined;
      const known: Json = isJsonObject(partner) ? (partner.id ?? 'nobody') : 'nobody';
      const shapes: Json[] = [
        'no-such-partner',
        'constructor',
        '',
        ['no-such-partner'],
        [known, 'no-such-partner'],
        [known, known],
        [],
        [[known]],
        [null, known],
        42,
        { id: known },
        typeof known === 'string' ? ` ${known.toUpperCase()}` : known,
      ];
      put(meeting, 'host', shapes[op.shape % shapes.length]);
      return;
    }
    case 'endBeforeStart': {
      let target: Json | undefined = doc.project;
      if (op.item >= 0) {
        const meetings = items(doc, 'meetings');
        target = meetings?.length ? meetings[op.item % meetings.length] : undefined;
      }
      if (!isJsonObject(target) || typeof target.start !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(target.start)) return;
      if (Number.isNaN(Date.parse(target.start))) return;
      put(target, 'end', shiftDate(target.start, op.days));
      return;
    }
    case 'rename': {
      const all = objects(doc).filter((object) => Object.keys(object).length > 0);
      if (!all.length) return;
      const object = all[op.at % all.length];
      const keys = Object.keys(object);
      const key = keys[op.at % keys.length];
      const value = object[key];
      delete object[key];
      put(object, op.tag, value);
      return;
    }
    case 'unknown': {
      const all = objects(doc);
      put(all[op.at % all.length], op.key, op.value);
      return;
    }
    case 'many': {
      const list = items(doc, op.list);
      if (!list?.length) return;
      // Small stand-ins with the id of an existing entry: read as duplicates, so that the data
      // stays small enough to render, while the list is over the limit.
      const limit = op.list === 'partners' ? LIMITS.partners : LIMITS.meetings;
      const source = list[op.item % list.length];
      const id = isJsonObject(source) ? (source.id ?? 'x') : 'x';
      const stub = (): JsonObject =>
        op.list === 'partners' ? { id, name: 'x', country: 'SE' } : { id, start: '2017-01-01', country: 'SE' };
      while (list.length <= limit) list.push(stub());
      return;
    }
  }
}

/** The demo document with `ops` applied: JSON, with markers for what JSON cannot hold. */
export function applyOps(demo: unknown, ops: readonly Op[]): JsonObject {
  const doc = structuredClone(demo) as JsonObject;
  for (const op of ops) applyOp(doc, op);
  return doc;
}

function deepValue(kind: string, depth: number): unknown {
  let value: unknown = kind === 'array' ? [] : null;
  for (let i = 0; i < depth; i++) value = kind === 'array' ? [value] : { a: value };
  return value;
}

/** The template as a JS value, as a page would set it on `.data`: markers become Infinity, NaN, deep values. */
export function asObject(template: JsonObject): unknown {
  return JSON.parse(JSON.stringify(template), (_key, value) => {
    const match = typeof value === 'string' ? MARKER.exec(value) : null;
    if (!match) return value;
    if (match[1] === 'inf') return Infinity;
    if (match[1] === '-inf') return -Infinity;
    if (match[1] === 'nan') return NaN;
    if (match[2]) return deepValue(match[2], Number(match[3]));
    return value;
  });
}

/** The template as JSON text: infinities written 1e309, deep values as nested brackets. */
export function asText(template: JsonObject, indent?: number): string {
  return JSON.stringify(template, null, indent).replace(
    /"@@(inf|-inf|nan|deep:(array|object):(\d+))@@"/g,
    (_all, what, kind, depth) => {
      if (what === 'inf') return '1e309';
      if (what === '-inf') return '-1e309';
      if (what === 'nan') return '"NaN"';
      const n = Number(depth);
      return kind === 'array' ? '['.repeat(n) + ']'.repeat(n) : '{"a":'.repeat(n) + 'null' + '}'.repeat(n);
    },
  );
}

/* ------------------------------------------------------------------------------------------ */
/* Checks                                                                                      */
/* ------------------------------------------------------------------------------------------ */

type Segment = string | number;

/** `partners[3].country` → ['partners', 3, 'country']; `project.title["de-AT"]` → ['project', 'title', 'de-AT']. */
export function parsePath(path: string): Segment[] {
  const segments: Segment[] = [];
  let i = 0;
  const fail = (): never => {
    throw new Error(`malformed path ${JSON.stringify(path)} at ${i}`);
  };
  while (i < path.length) {
    if (path[i] === '[') {
      if (path[i + 1] === '"') {
        let j = i + 2;
        while (j < path.length && path[j] !== '"') j += path[j] === '\\' ? 2 : 1;
        if (path[j + 1] !== ']') fail();
        segments.push(JSON.parse(path.slice(i + 1, j + 1)) as string);
        i = j + 2;
      } else {
        const match = /^\[(0|[1-9]\d*)\]/.exec(path.slice(i));
        if (!match) fail();
        segments.push(Number(match![1]));
        i += match![0].length;
      }
    } else {
      if (segments.length > 0) {
        if (path[i] !== '.') fail();
        i++;
      }
      const match = /^[A-Za-z_$][\w$]*/.exec(path.slice(i));
      if (!match) fail();
      segments.push(match![0]);
      i += match![0].length;
    }
  }
  // The notation is canonical: printing the segments again gives the same path.
  const printed = segments.reduce<string>((p, segment) => childPath(p, segment), '');
  if (printed !== path) throw new Error(`path ${JSON.stringify(path)} is not canonical (${JSON.stringify(printed)})`);
  return segments;
}

type Resolution = { found: true; value: unknown } | { found: false; parentFound: boolean; parent?: unknown };

function resolve(input: unknown, segments: readonly Segment[]): Resolution {
  let node = input;
  for (let index = 0; index < segments.length; index++) {
    const segment = segments[index];
    const last = index === segments.length - 1;
    let has: boolean;
    if (typeof segment === 'number') has = Array.isArray(node) && segment < node.length && segment in node;
    else has = typeof node === 'object' && node !== null && !Array.isArray(node) && Object.hasOwn(node, segment);
    if (!has) return { found: false, parentFound: last, parent: node };
    node = (node as Record<Segment, unknown>)[segment];
  }
  return { found: true, value: node };
}

/** Every problem is well formed, and its path points into `input` (or at a missing field of an existing object). */
export function checkProblemPaths(input: unknown, problems: readonly Problem[]): void {
  for (const p of problems) {
    if (p.severity !== 'error' && p.severity !== 'warning') throw new Error(`bad severity in ${JSON.stringify(p)}`);
    if (typeof p.message !== 'string' || !p.message) throw new Error(`bad message in ${JSON.stringify(p)}`);
    const where = resolve(input, parsePath(p.path));
    if (p.code === 'missing' || p.code === 'half-position') {
      // Named but absent (or null, which the format reads as absent), in an object that exists.
      const absent = where.found
        ? where.value === null || where.value === undefined
        : where.parentFound && typeof where.parent === 'object' && where.parent !== null && !Array.isArray(where.parent);
      if (!absent) throw new Error(`"missing" at ${p.path}, which is not an absent field of an existing object`);
    } else if (!where.found) {
      throw new Error(`problem ${p.code} at ${JSON.stringify(p.path)}, which is not in the input`);
    }
  }
}

function isRealDate(value: unknown): boolean {
  if (typeof value !== 'string') return false;
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = match.slice(1).map(Number);
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
  return month >= 1 && month <= 12 && day >= 1 && day <= days;
}

const COUNTRY = /^[A-Z]{2}$/;
const ID = /^[a-z0-9-]+$/;
/** CLDR names these, but they are no countries: the EU, the UN, the eurozone, Outlying Oceania, pseudo-locales, unknown. */
const NOT_COUNTRIES = new Set(['EU', 'EZ', 'UN', 'QO', 'XA', 'XB', 'ZZ', 'EL', 'UK']);

function checkText(text: Text | undefined, where: string, optional = true): void {
  if (text === undefined && optional) return;
  if (typeof text !== 'object' || text === null) throw new Error(`${where}: text is ${String(text)}`);
  const entries = Object.entries(text);
  if (entries.length === 0) throw new Error(`${where}: text has no language`);
  for (const [tag, value] of entries) {
    if (Intl.getCanonicalLocales(tag)[0] !== tag) throw new Error(`${where}: language ${tag} is not a canonical tag`);
    if (typeof value !== 'string' || value.trim() === '' || value.trim() !== value)
      throw new Error(`${where}.${tag}: text ${JSON.stringify(value)}`);
    if (value.length > LIMITS.textChars + 1) throw new Error(`${where}.${tag}: text of ${value.length} characters`);
  }
}

function checkLink(href: string | undefined, where: string): void {
  if (href === undefined) return;
  const url = new URL(href);
  if (!['https:', 'http:', 'mailto:'].includes(url.protocol) || url.href !== href) throw new Error(`${where}: link ${href}`);
}

function checkDate(date: string | undefined, where: string, optional = true): void {
  if (date === undefined && optional) return;
  if (!isRealDate(date)) throw new Error(`${where}: date ${String(date)}`);
}

function checkCountry(country: string, where: string): void {
  if (typeof country !== 'string' || !COUNTRY.test(country) || NOT_COUNTRIES.has(country))
    throw new Error(`${where}: country ${country}`);
}

function checkIds(list: readonly { id: string }[], where: string): void {
  const seen = new Set<string>();
  list.forEach((item, index) => {
    if (typeof item.id !== 'string' || !ID.test(item.id)) throw new Error(`${where}[${index}]: id ${item.id}`);
    if (seen.has(item.id)) throw new Error(`${where}[${index}]: id ${item.id} is not unique`);
    seen.add(item.id);
  });
}

/** Everything the parser kept obeys the contract of types.ts. */
export function checkData(data: EvolaqData): void {
  if (!Number.isInteger(data.schemaVersion) || data.schemaVersion < 1) throw new Error(`schemaVersion ${data.schemaVersion}`);
  if (Intl.getCanonicalLocales(data.defaultLanguage)[0] !== data.defaultLanguage)
    throw new Error(`defaultLanguage ${data.defaultLanguage}`);
  const { project } = data;
  checkText(project.title, 'project.title', false);
  for (const key of ['acronym', 'summary', 'programme'] as const) checkText(project[key], `project.${key}`);
  checkDate(project.start, 'project.start');
  checkDate(project.end, 'project.end');
  if (project.start && project.end && project.end < project.start)
    throw new Error(`project ends ${project.end} before ${project.start}`);
  checkLink(project.website, 'project.website');
  project.goals.forEach((text, i) => checkText(text, `project.goals[${i}]`, false));
  project.themes.forEach((text, i) => checkText(text, `project.themes[${i}]`, false));
  if (typeof project.funding.emblem !== 'boolean') throw new Error('project.funding.emblem');
  checkText(project.funding.statement, 'project.funding.statement');

  checkIds(data.partners, 'partners');
  if (data.partners.length > LIMITS.partners) throw new Error(`${data.partners.length} partners`);
  const partnerIds = new Set(data.partners.map((p) => p.id));
  data.partners.forEach((partner, i) => {
    const where = `partners[${i}]`;
    checkText(partner.name, `${where}.name`, false);
    checkText(partner.localName, `${where}.localName`);
    checkText(partner.city, `${where}.city`);
    checkCountry(partner.country, `${where}.country`);
    if (partner.type !== undefined && !PARTNER_TYPES.includes(partner.type)) throw new Error(`${where}.type ${partner.type}`);
    if ((partner.lat === undefined) !== (partner.lon === undefined))
      throw new Error(`${where}: lat without lon or lon without lat`);
    if (partner.lat !== undefined && !(Number.isFinite(partner.lat) && Math.abs(partner.lat) <= 90))
      throw new Error(`${where}.lat ${partner.lat}`);
    if (partner.lon !== undefined && !(Number.isFinite(partner.lon) && Math.abs(partner.lon) <= 180))
      throw new Error(`${where}.lon ${partner.lon}`);
    checkLink(partner.website, `${where}.website`);
    if (typeof partner.lead !== 'boolean') throw new Error(`${where}.lead ${String(partner.lead)}`);
  });

  checkIds(data.meetings, 'meetings');
  if (data.meetings.length > LIMITS.meetings) throw new Error(`${data.meetings.length} meetings`);
  data.meetings.forEach((meeting, i) => {
    const where = `meetings[${i}]`;
    checkDate(meeting.start, `${where}.start`, false);
    checkDate(meeting.end, `${where}.end`, false);
    if (meeting.end < meeting.start) throw new Error(`${where} ends ${meeting.end} before ${meeting.start}`);
    checkCountry(meeting.country, `${where}.country`);
    for (const host of meeting.hosts) if (!partnerIds.has(host)) throw new Error(`${where}: host ${host} is no kept partner`);
    if (meeting.number !== undefined && !(Number.isInteger(meeting.number) && meeting.number >= 0))
      throw new Error(`${where}.number ${meeting.number}`);
    for (const key of ['city', 'title', 'summary'] as const) checkText(meeting[key], `${where}.${key}`);
    meeting.themes.forEach((text, t) => checkText(text, `${where}.themes[${t}]`, false));
    checkLink(meeting.link, `${where}.link`);
    if (meeting.report) {
      checkText(meeting.report.text, `${where}.report.text`, false);
      checkText(meeting.report.author, `${where}.report.author`);
      checkDate(meeting.report.published, `${where}.report.published`);
      checkLink(meeting.report.link, `${where}.report.link`);
    }
    const previous = data.meetings[i - 1];
    if (previous && (previous.start > meeting.start || (previous.start === meeting.start && previous.end > meeting.end))) {
      throw new Error(`${where} (${meeting.start}) is sorted after ${previous.start}`);
    }
  });
}

/** The whole contract of one result for `input`. */
export function checkResult(input: unknown, result: ParseResult): void {
  checkProblemPaths(input, result.problems);
  if (result.data) checkData(result.data);
  else if (!result.problems.some((p) => p.severity === 'error')) throw new Error('no data, but no error says why');
}

function parseSafely(parse: () => ParseResult): ParseResult {
  try {
    return parse();
  } catch (error) {
    throw new Error(`the parser threw ${String(error)}`);
  }
}

/** JSON.parse as parseJsonText sees it, or undefined when the text is no JSON. */
function jsonOf(text: string): { value: unknown } | undefined {
  try {
    return { value: JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text) };
  } catch {
    return undefined;
  }
}

function checkTextResult(text: string, result: ParseResult): void {
  if (text.length > LIMITS.documentChars) {
    expect(result.problems.map((p) => [p.path, p.code])).to.deep.equal([['', 'too-large']]);
    return;
  }
  const json = jsonOf(text);
  if (json) return checkResult(json.value, result);
  expect(result.data).to.equal(undefined);
  expect(result.problems).to.have.length(1);
  const [only] = result.problems;
  expect([only.path, only.code, only.severity]).to.deep.equal(['', 'invalid-json', 'error']);
  if (only.value !== undefined) {
    const [line, column] = only.value.split(':').map(Number);
    const lines = text.split('\n');
    if (!(line >= 1 && line <= lines.length && column >= 1 && column <= lines[line - 1].length + 1)) {
      throw new Error(`invalid-json at ${only.value}, outside the text`);
    }
  }
}

/* ------------------------------------------------------------------------------------------ */
/* The properties                                                                              */
/* ------------------------------------------------------------------------------------------ */

const edit = fc.record({
  at: fc.nat(),
  remove: fc.nat(6),
  insert: fc.oneof(
    fc.constantFrom(
      '',
      '"',
      '{',
      '}',
      '[',
      ']',
      ',',
      ':',
      '\\',
      'null',
      '1e309',
      '-',
      '\u0000',
      '\ufeff',
      '\n',
      'tru',
      '/*',
      '"\\u12',
      '"\\ud800"',
      ' ',
    ),
    fc.string({ maxLength: 4 }),
  ),
});

function applyEdits(text: string, edits: readonly { at: number; remove: number; insert: string }[]): string {
  let result = text;
  for (const { at, remove, insert } of edits) {
    const position = at % (result.length + 1);
    result = result.slice(0, position) + insert + result.slice(position + remove);
  }
  return result;
}

// Register the tests only when this file is the test file of the page: test/render-fuzz.test.ts
// imports the arbitrary from here, and must not run these too.
const testFile: string | undefined = (window as { __WTR_CONFIG__?: { testFile?: string } }).__WTR_CONFIG__?.testFile;
const importedByAnotherTest = typeof testFile === 'string' && !testFile.includes('parse-property.test');

if (!importedByAnotherTest) {
  describe('parser properties (fast-check, seed 42)', function () {
    this.timeout(20000);
    let demo: unknown;

    before(async () => {
      demo = await demoData();
    });

    it('the resolver reads our path notation', () => {
      expect(parsePath('')).to.deep.equal([]);
      expect(parsePath('partners[3].country')).to.deep.equal(['partners', 3, 'country']);
      expect(parsePath('project.title["de-AT"]')).to.deep.equal(['project', 'title', 'de-AT']);
      expect(parsePath('meetings[0].host[1]')).to.deep.equal(['meetings', 0, 'host', 1]);
      expect(parsePath('project.title["a\\"]b"]')).to.deep.equal(['project', 'title', 'a"]b']);
      expect(() => parsePath('partners.3')).to.throw();
      expect(() => parsePath('project["title"]')).to.throw(/canonical/);
      const doc = { project: { title: { 'de-AT': 'x' } }, meetings: [{ host: ['a', 'b'] }] };
      expect(() =>
        checkProblemPaths(doc, [problemAt('project.title["de-AT"]'), problemAt('meetings[0].host[1]'), problemAt('')]),
      ).not.to.throw();
      expect(() => checkProblemPaths(doc, [problemAt('meetings[0].host[2]')])).to.throw();
      expect(() => checkProblemPaths(doc, [problemAt('project.acronym')])).to.throw();
      expect(() => checkProblemPaths(doc, [problemAt('project.acronym', 'missing')])).not.to.throw();
      expect(() => checkProblemPaths(doc, [problemAt('project.title', 'missing')])).to.throw();
      expect(() => checkProblemPaths(doc, [problemAt('partners[0].id', 'missing')])).to.throw();
      expect(() => checkProblemPaths(doc, [problemAt('meetings[0].host.id', 'missing')])).to.throw();
    });

    it('any JSON value: parseDocument never throws, paths exist, what it keeps is valid', () => {
      fc.assert(
        fc.property(fc.jsonValue(), (value) =>
          checkResult(
            value,
            parseSafely(() => parseDocument(value)),
          ),
        ),
        { seed: SEED, includeErrorInReport: true, numRuns: 1000 },
      );
    });

    it('any JSON value as text: parseJsonText agrees', () => {
      fc.assert(
        fc.property(fc.jsonValue(), (value) => {
          const text = JSON.stringify(value);
          checkTextResult(
            text,
            parseSafely(() => parseJsonText(text)),
          );
        }),
        { seed: SEED, includeErrorInReport: true, numRuns: 500 },
      );
    });

    it('any JS value given as .data (NaN, -0, BigInt, Map, sparse arrays, null prototypes): never throws', () => {
      const anything = fc.anything({
        withBigInt: true,
        withBoxedValues: true,
        withDate: true,
        withMap: true,
        withSet: true,
        withNullPrototype: true,
        withObjectString: true,
        withSparseArray: true,
        withTypedArray: true,
        withUnicodeString: true,
      });
      const documentLike = fc.record(
        {
          schemaVersion: anything,
          project: fc.oneof(anything, fc.record({ title: anything })),
          partners: anything,
          meetings: anything,
        },
        { requiredKeys: [] },
      );
      fc.assert(
        fc.property(fc.oneof(anything, documentLike), (value) =>
          checkResult(
            value,
            parseSafely(() => parseDocument(value)),
          ),
        ),
        { seed: SEED, includeErrorInReport: true, numRuns: 300 },
      );
    });

    it('thousands of mutations of the demo data, as an object', () => {
      fc.assert(
        fc.property(opsArbitrary, (ops) => {
          const input = asObject(applyOps(demo, ops));
          checkResult(
            input,
            parseSafely(() => parseDocument(input)),
          );
        }),
        { seed: SEED, includeErrorInReport: true, numRuns: 1500 },
      );
    });

    it('mutations of the demo data as JSON text, with random text edits', () => {
      fc.assert(
        fc.property(opsArbitrary, fc.array(edit, { maxLength: 3 }), fc.boolean(), (ops, edits, bom) => {
          const text = (bom ? '\ufeff' : '') + applyEdits(asText(applyOps(demo, ops), edits.length % 2 ? 2 : undefined), edits);
          checkTextResult(
            text,
            parseSafely(() => parseJsonText(text)),
          );
        }),
        { seed: SEED, includeErrorInReport: true, numRuns: 1000 },
      );
    });

    it('deeply nested values in any field never make the parser throw', () => {
      const cases: Array<[Place, string]> = [
        ['root', 'defaultLanguage'],
        ['partners', 'id'],
        ['partners', 'country'],
        ['partners', 'type'],
        ['meetings', 'start'],
        ['meetings', 'host'],
      ];
      for (const kind of ['array', 'object'] as const) {
        for (const [place, field] of cases) {
          const template = applyOps(demo, [{ kind: 'field', place, item: 0, field, value: deep(kind, 100000), drop: false }]);
          const input = asObject(template);
          checkResult(
            input,
            parseSafely(() => parseDocument(input)),
          );
          const text = asText(template);
          checkTextResult(
            text,
            parseSafely(() => parseJsonText(text)),
          );
        }
      }
    });

    it('lists over the limit: the first 1000 partners and 10000 meetings are read', () => {
      for (const list of ['partners', 'meetings'] as const) {
        const template = applyOps(demo, [{ kind: 'many', list, item: 0 }]);
        for (const [input, result] of [
          [asObject(template), undefined],
          [JSON.parse(asText(template)), parseJsonText(asText(template))],
        ] as const) {
          const parsed = result ?? parseSafely(() => parseDocument(input));
          checkResult(input, parsed);
          expect(parsed.problems[0]).to.include({ path: list, code: 'too-many', severity: 'error' });
          expect(parsed.data![list].length).to.be.at.most(list === 'partners' ? LIMITS.partners : LIMITS.meetings);
        }
      }
    });

    it('every real date from 1000 to 9999 is kept exactly as written', () => {
      const dates = fc
        .date({ min: new Date('1000-01-01T00:00:00Z'), max: new Date('9999-12-31T00:00:00Z'), noInvalidDate: true })
        .map((date) => date.toISOString().slice(0, 10));
      fc.assert(
        fc.property(dates, dates, (a, b) => {
          const [start, end] = a <= b ? [a, b] : [b, a];
          const { data, problems } = parseDocument({
            schemaVersion: 1,
            project: { title: 'x', start, end },
            meetings: [{ id: 'm', start, end, country: 'SE' }],
          });
          expect(problems).to.deep.equal([]);
          expect([data!.project.start, data!.project.end, data!.meetings[0].start, data!.meetings[0].end]).to.deep.equal([
            start,
            end,
            start,
            end,
          ]);
        }),
        { seed: SEED, includeErrorInReport: true, numRuns: 300 },
      );
    });

    it('refuses codes the browser names but that belong to no country (ZZ "Unknown Region", EU, UN, XA …), and keeps XK', () => {
      const codes = ['ZZ', 'EU', 'EZ', 'UN', 'QO', 'XA', 'XB', 'AA', 'QM', 'XK'];
      const { data, problems } = parseDocument({
        schemaVersion: 1,
        project: { title: 'x' },
        partners: codes.map((country, i) => ({ id: `p${i}`, name: 'x', country })),
      });
      expect(data!.partners.map((p) => p.country)).to.deep.equal(['XK']);
      expect(problems.map((p) => [p.path, p.code])).to.deep.equal(
        codes.slice(0, -1).map((_, i) => [`partners[${i}].country`, 'invalid-country']),
      );
    });

    it('a .data value that neither JSON.stringify nor String() can print is reported, not thrown', () => {
      // JSON.stringify throws on the BigInt, then String() of the array recurses 100000 deep. (In
      // engines whose JSON.stringify itself has a recursion limit, plain deep JSON did the same.)
      let deepBigInt: unknown = [10n];
      for (let i = 0; i < 100000; i++) deepBigInt = [deepBigInt];
      const unprintable = {
        toJSON: () => {
          throw new Error('toJSON');
        },
        toString: () => {
          throw new Error('toString');
        },
      };
      for (const value of [deepBigInt, unprintable]) {
        const input = {
          schemaVersion: 1,
          defaultLanguage: value,
          project: { title: 'x' },
          partners: [{ id: value, name: 'x', country: value, type: value }],
          meetings: [{ id: 'm', start: value, country: 'SE' }],
        };
        const result = parseSafely(() => parseDocument(input));
        checkResult(input, result);
        expect(result.problems.map((p) => [p.path, p.code, p.value])).to.deep.equal([
          ['defaultLanguage', 'invalid-language', value === deepBigInt ? 'array' : 'object'],
          ['partners[0].id', 'invalid-id', value === deepBigInt ? 'array' : 'object'],
          ['partners[0].country', 'invalid-country', value === deepBigInt ? 'array' : 'object'],
          ['meetings[0].start', 'invalid-date', value === deepBigInt ? 'array' : 'object'],
        ]);
      }
    });
  });
}

function problemAt(path: string, code: Problem['code'] = 'wrong-type'): Problem {
  return { severity: 'warning', path, code, message: 'test' };
}
