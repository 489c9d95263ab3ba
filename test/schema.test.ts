// The JSON Schema (schema/evolaq.schema.json) checked with a real validator, and against our runtime parser:
// a document the schema refuses must give problems at run time, in the same place, and the other way round.
import { expect } from '@open-wc/testing';
import Ajv2020, { type ErrorObject, type ValidateFunction } from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { childPath, parseDocument } from '../src/data/parse.js';
import type { ProblemCode } from '../src/data/types.js';
import { demoData } from './support/helpers.js';

type Doc = Record<string, any>;

let validate: ValidateFunction;
let schema: any;

/**
 * Draft 2020-12's `iri` format (RFC 3987): a URI in which characters beyond ASCII may be written as they
 * are (`https://www.norrköping.se/`). ajv-formats has no `iri`; RFC 3987 §3.1 maps an IRI to a URI by
 * percent-encoding those characters, and the result is checked as a `uri`.
 */
function iriFormat(ajv: Ajv2020): (value: string) => boolean {
  const isUri = ajv.compile({ type: 'string', format: 'uri' });
  return (value) => {
    try {
      return isUri(value.replace(/[^\x00-\x7f]+/gu, encodeURIComponent));
    } catch {
      return false; // a lone surrogate cannot be encoded
    }
  };
}

before(async () => {
  schema = await (await fetch('/schema/evolaq.schema.json')).json();
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  addFormats(ajv); // full mode: `date` knows that 2017-02-30 does not exist
  ajv.addFormat('iri', iriFormat(ajv));
  // VS Code's own keyword: the message an editor shows for a failed pattern, in place of the pattern.
  ajv.addKeyword({ keyword: 'patternErrorMessage', schemaType: 'string' });
  validate = ajv.compile(schema);
});

/** An ajv error's place in our notation: `/partners/1/country` → `partners[1].country`. */
function ajvPath(error: ErrorObject): string {
  let path = '';
  for (const segment of error.instancePath.split('/').slice(1)) {
    const key = segment.replace(/~1/g, '/').replace(/~0/g, '~');
    path = childPath(path, /^(0|[1-9]\d*)$/.test(key) ? Number(key) : key);
  }
  // A missing property, or a property name that is wrong, is reported on the object that holds it.
  const child: string | undefined =
    error.keyword === 'required' || error.keyword === 'dependentRequired'
      ? error.params.missingProperty
      : (error.propertyName ?? error.params.propertyName);
  return child === undefined ? path : childPath(path, child);
}

function schemaPaths(doc: unknown): string[] | undefined {
  return validate(doc) ? undefined : [...new Set(validate.errors!.map(ajvPath))];
}

function parserPaths(doc: unknown): string[] {
  return parseDocument(doc).problems.map((p) => p.path);
}

/** True when `path` is `other` or holds it (`meetings[0]` holds `meetings[0].host[1]`; `` holds everything). */
function holds(path: string, other: string): boolean {
  return path === '' || other === path || other.startsWith(`${path}.`) || other.startsWith(`${path}[`);
}

/** A small valid document, a fresh copy each time; each case below breaks one thing in it. */
function base(): Doc {
  return {
    $schema: '../schema/evolaq.schema.json',
    schemaVersion: 1,
    defaultLanguage: 'en',
    project: {
      acronym: 'EVOLAQ',
      title: { en: 'Enhancing Volunteering Actions and Quality in Europe', sv: 'Att främja volontärinsatser' },
      summary: 'Nine organisations from seven countries.',
      start: '2016-02-01',
      end: '2018-01-31',
      website: 'https://example.org/',
      goals: ['Increase knowledge about volunteering in Europe.'],
      themes: [{ en: 'Training', de: 'Schulung' }],
      funding: { statement: 'Co-funded by the European Union', emblem: true },
    },
    partners: [
      {
        id: 'norrkoping',
        name: 'Norrköping Municipality',
        localName: 'Norrköpings kommun',
        type: 'municipality',
        country: 'SE',
        city: 'Norrköping',
        lat: 58.588,
        lon: 16.192,
        website: 'https://www.norrkoping.se/',
        lead: true,
      },
      {
        id: 'collecchio',
        name: { en: 'Municipality of Collecchio', it: 'Comune di Collecchio' },
        type: 'municipality',
        country: 'IT',
      },
    ],
    meetings: [
      {
        id: 'collecchio-2017',
        number: 7,
        start: '2017-05-11',
        end: '2017-05-14',
        city: 'Collecchio',
        country: 'IT',
        host: 'collecchio',
        title: 'Partner meeting',
        summary: { en: 'Volunteering in small towns.' },
        themes: ['Recognition'],
        link: 'https://example.org/meetings/collecchio',
        report: {
          text: 'Forty volunteers met.',
          author: 'Comune di Collecchio',
          published: '2017-05-20',
          link: 'mailto:info@example.org',
        },
      },
    ],
  };
}

/** `with_((d) => { d.x = 1; })`: the base document, changed. */
function with_(change: (doc: Doc) => void): Doc {
  const doc = base();
  change(doc);
  return doc;
}

interface Case {
  readonly name: string;
  readonly doc: unknown;
  /** Where both the schema and the parser must report the problem; absent for a valid document. */
  readonly path?: string;
}

/** Well-formed language tags of distinct variants: 64 characters, the longest the widget reads, and 68. */
const TAG_64 = `en-${['aaaaa', 'bbbbb', 'ccccc', 'ddddd', 'eeeee', 'fffff', 'ggggg', 'hhhhh', 'iiiii', 'jjjjjjj'].join('-')}`;
const LONG_TAG = `en-${['aaaaa', 'bbbbb', 'ccccc', 'ddddd', 'eeeee', 'fffff', 'ggggg', 'hhhhh', 'iiiii', 'jjjjj', 'kkkkk'].join('-')}`;

/** Documents both the schema and the parser accept without a single problem. */
const VALID: Case[] = [
  { name: 'the small base document', doc: base() },
  { name: 'only what is required', doc: { schemaVersion: 1, project: { title: 'EVOLAQ' } } },
  {
    name: 'unknown extra properties everywhere (the format can grow)',
    doc: with_((d) => {
      d.newField = { any: ['thing'] };
      d.project.sponsor = 'x';
      d.project.funding.logo = 'eu.svg';
      d.partners[0].email = 'info@example.org';
      d.meetings[0].participants = 40;
      d.meetings[0].report.pages = 3;
    }),
  },
  { name: 'a text object with a region tag (de-AT)', doc: with_((d) => (d.project.title = { en: 'Title', 'de-AT': 'Titel' })) },
  { name: 'a language tag in any case (EN, pt-pt)', doc: with_((d) => (d.project.title = { EN: 'Title', 'pt-pt': 'Título' })) },
  {
    name: 'a language tag of 64 characters, the longest read',
    doc: with_((d) => (d.project.title = { en: 'Title', [TAG_64]: 'Title' })),
  },
  { name: 'several hosts as an array', doc: with_((d) => (d.meetings[0].host = ['collecchio', 'norrkoping'])) },
  // 20,000 characters as maxLength counts them: an emoji is one, a bidi override one (whatever the widget adds).
  { name: 'a text of 20,000 emoji', doc: with_((d) => (d.project.summary = '😀'.repeat(20_000))) },
  {
    name: 'a text of 20,000 characters with a right-to-left override',
    doc: with_((d) => (d.project.summary = `\u202e${'a'.repeat(19_999)}`)),
  },
  { name: 'lat and lon at their limits', doc: with_((d) => Object.assign(d.partners[0], { lat: -90, lon: 180 })) },
  {
    name: 'a partner without lat and lon',
    doc: with_((d) => {
      delete d.partners[0].lat;
      delete d.partners[0].lon;
    }),
  },
  {
    name: 'meeting number 0 and no end',
    doc: with_((d) => {
      delete d.meetings[0].end;
      d.meetings[0].number = 0;
    }),
  },
  { name: '29 February in a leap year', doc: with_((d) => (d.meetings[0].start = d.meetings[0].end = '2016-02-29')) },
  {
    name: 'links in capitals, mailto:, and with letters beyond ASCII',
    doc: with_((d) => {
      d.project.website = 'HTTPS://EXAMPLE.ORG/';
      d.meetings[0].link = 'mailto:info@example.org';
      d.partners[0].website = 'https://www.norrköping.se/språk';
    }),
  },
  { name: 'funding without a statement, emblem hidden', doc: with_((d) => (d.project.funding = { emblem: false })) },
  // Only a bare country code in a language's place is a slip: Northern Sami of Norway is "se-NO".
  { name: 'a text keyed "se-NO" (Northern Sami)', doc: with_((d) => (d.project.title = { en: 'Title', 'se-NO': 'Namma' })) },
];

/** Documents both refuse, with the path both must name. Each breaks exactly one thing. */
const INVALID: Case[] = [
  { name: 'a document that is an array', doc: [], path: '' },
  { name: 'no project', doc: with_((d) => delete d.project), path: 'project' },
  { name: 'no project.title', doc: with_((d) => delete d.project.title), path: 'project.title' },
  { name: 'no schemaVersion (a warning at run time)', doc: with_((d) => delete d.schemaVersion), path: 'schemaVersion' },
  { name: 'schemaVersion "1", a string', doc: with_((d) => (d.schemaVersion = '1')), path: 'schemaVersion' },
  { name: 'schemaVersion 0', doc: with_((d) => (d.schemaVersion = 0)), path: 'schemaVersion' },
  { name: 'defaultLanguage en_GB', doc: with_((d) => (d.defaultLanguage = 'en_GB')), path: 'defaultLanguage' },
  // Over 64 characters a tag is no language for the widget (Intl takes quadratic time over its variants).
  {
    name: 'a text keyed by a well-formed tag of 68 characters',
    doc: with_((d) => (d.project.title = { en: 'Title', [LONG_TAG]: 'Title' })),
    path: childPath('project.title', LONG_TAG),
  },
  { name: 'defaultLanguage of 68 characters', doc: with_((d) => (d.defaultLanguage = LONG_TAG)), path: 'defaultLanguage' },
  // A country's code where its language's belongs: the widget reports it (and meanwhile reads Northern Sami).
  { name: 'defaultLanguage "se", Sweden for Swedish', doc: with_((d) => (d.defaultLanguage = 'se')), path: 'defaultLanguage' },
  {
    name: 'a text keyed "GR", Greece for Greek',
    doc: with_((d) => (d.project.title = { en: 'Title', GR: 'Τίτλος' })),
    path: 'project.title.GR',
  },
  { name: 'title ""', doc: with_((d) => (d.project.title = '')), path: 'project.title' },
  { name: 'title of spaces only', doc: with_((d) => (d.project.title = '   ')), path: 'project.title' },
  // Invisible in an editor, and empty on the page: a zero-width space, a word joiner, a BOM.
  { name: 'title of a zero-width space', doc: with_((d) => (d.project.title = '\u200b')), path: 'project.title' },
  {
    name: 'a summary of invisible characters only',
    doc: with_((d) => (d.project.summary = { en: ' \u2060\ufeff ' })),
    path: 'project.summary',
  },
  // Format characters of Unicode 14 (Arabic pound and piastre marks above): as invisible as the others.
  { name: 'a summary of U+0890 only', doc: with_((d) => (d.project.summary = '\u0890')), path: 'project.summary' },
  { name: 'title {}', doc: with_((d) => (d.project.title = {})), path: 'project.title' },
  { name: 'title as a number', doc: with_((d) => (d.project.title = 2016)), path: 'project.title' },
  {
    name: 'a text with an empty language entry',
    doc: with_((d) => (d.project.summary = { en: 'Fine', lv: '' })),
    path: 'project.summary.lv',
  },
  {
    name: 'a text keyed "de AT"',
    doc: with_((d) => (d.project.title = { en: 'Title', 'de AT': 'Titel' })),
    path: 'project.title["de AT"]',
  },
  { name: 'a text entry that is not a string', doc: with_((d) => (d.partners[0].name = { en: 5 })), path: 'partners[0].name.en' },
  {
    name: 'a text longer than 20000 characters',
    doc: with_((d) => (d.project.summary = 'a'.repeat(20001))),
    path: 'project.summary',
  },
  {
    name: 'a text of 20,001 emoji',
    doc: with_((d) => (d.project.summary = '😀'.repeat(20_001))),
    path: 'project.summary',
  },
  { name: 'goals as one string', doc: with_((d) => (d.project.goals = 'More volunteers')), path: 'project.goals' },
  { name: 'an empty theme', doc: with_((d) => (d.meetings[0].themes = [''])), path: 'meetings[0].themes[0]' },
  { name: 'project.end "2018-1-31"', doc: with_((d) => (d.project.end = '2018-1-31')), path: 'project.end' },
  { name: 'a javascript: website', doc: with_((d) => (d.project.website = 'javascript:alert(1)')), path: 'project.website' },
  {
    name: 'a website with a space inside',
    doc: with_((d) => (d.partners[0].website = 'https://www.comune.collecchio.pr.it /')),
    path: 'partners[0].website',
  },
  { name: 'a JaVaScRiPt: link', doc: with_((d) => (d.meetings[0].link = 'JaVaScRiPt:alert(1)')), path: 'meetings[0].link' },
  {
    name: 'an ftp: link',
    doc: with_((d) => (d.meetings[0].report.link = 'ftp://example.org/report.pdf')),
    path: 'meetings[0].report.link',
  },
  { name: 'a relative link', doc: with_((d) => (d.meetings[0].link = '/meetings/collecchio')), path: 'meetings[0].link' },
  { name: '"https://" without a host', doc: with_((d) => (d.partners[0].website = 'https://')), path: 'partners[0].website' },
  {
    name: 'a "<" in a host name',
    doc: with_((d) => (d.partners[0].website = 'https://www.norr<koping.se/')),
    path: 'partners[0].website',
  },
  {
    name: 'a "%" in a host name',
    doc: with_((d) => (d.partners[0].website = 'https://example.org%2F.evil.com/')),
    path: 'partners[0].website',
  },
  {
    name: 'a port past 65535',
    doc: with_((d) => (d.partners[0].website = 'https://example.org:99999/')),
    path: 'partners[0].website',
  },
  { name: 'funding.emblem "yes"', doc: with_((d) => (d.project.funding.emblem = 'yes')), path: 'project.funding.emblem' },
  { name: 'partners as an object', doc: with_((d) => (d.partners = { norrkoping: d.partners[0] })), path: 'partners' },
  {
    name: 'more than 1000 partners',
    doc: with_((d) => (d.partners = Array.from({ length: 1001 }, (_, i) => ({ id: `p${i}`, name: `P ${i}`, country: 'SE' })))),
    path: 'partners',
  },
  { name: 'a partner that is a string', doc: with_((d) => (d.partners[1] = 'collecchio')), path: 'partners[1]' },
  { name: 'a partner without country', doc: with_((d) => delete d.partners[1].country), path: 'partners[1].country' },
  { name: 'a partner without name', doc: with_((d) => delete d.partners[0].name), path: 'partners[0].name' },
  { name: 'a partner id "Linz 2016"', doc: with_((d) => (d.partners[0].id = 'Linz 2016')), path: 'partners[0].id' },
  { name: 'country "EU" (no country)', doc: with_((d) => (d.partners[0].country = 'EU')), path: 'partners[0].country' },
  { name: 'country "XX" (no country)', doc: with_((d) => (d.partners[0].country = 'XX')), path: 'partners[0].country' },
  // Withdrawn from ISO 3166-1, yet named by the browser as their successors: "CS", Czech's language
  // code, was read as Serbia without a word.
  {
    name: 'country "CS" (withdrawn; Czechia is CZ)',
    doc: with_((d) => (d.partners[0].country = 'CS')),
    path: 'partners[0].country',
  },
  { name: 'country "YU" (withdrawn)', doc: with_((d) => (d.meetings[0].country = 'YU')), path: 'meetings[0].country' },
  { name: 'country "SWE"', doc: with_((d) => (d.meetings[0].country = 'SWE')), path: 'meetings[0].country' },
  { name: 'partner type "city"', doc: with_((d) => (d.partners[0].type = 'city')), path: 'partners[0].type' },
  { name: 'lat 120', doc: with_((d) => (d.partners[0].lat = 120)), path: 'partners[0].lat' },
  { name: 'lon -181', doc: with_((d) => (d.partners[0].lon = -181)), path: 'partners[0].lon' },
  { name: 'lat as a string', doc: with_((d) => (d.partners[0].lat = '58.588')), path: 'partners[0].lat' },
  { name: 'lat without lon', doc: with_((d) => delete d.partners[0].lon), path: 'partners[0].lon' },
  { name: 'lead "yes"', doc: with_((d) => (d.partners[0].lead = 'yes')), path: 'partners[0].lead' },
  { name: 'a meeting id "Linz 2016"', doc: with_((d) => (d.meetings[0].id = 'Linz 2016')), path: 'meetings[0].id' },
  { name: 'a meeting without start', doc: with_((d) => delete d.meetings[0].start), path: 'meetings[0].start' },
  {
    name: 'start "2017-02-30", a day that does not exist',
    doc: with_((d) => (d.meetings[0].start = '2017-02-30')),
    path: 'meetings[0].start',
  },
  { name: 'end "2017-02-29", not a leap year', doc: with_((d) => (d.meetings[0].end = '2017-02-29')), path: 'meetings[0].end' },
  { name: 'meeting number -1', doc: with_((d) => (d.meetings[0].number = -1)), path: 'meetings[0].number' },
  { name: 'meeting number 7.5', doc: with_((d) => (d.meetings[0].number = 7.5)), path: 'meetings[0].number' },
  { name: 'host as a number', doc: with_((d) => (d.meetings[0].host = 5)), path: 'meetings[0].host' },
  {
    name: 'a host list with a number in it',
    doc: with_((d) => (d.meetings[0].host = ['collecchio', 5])),
    path: 'meetings[0].host[1]',
  },
  { name: 'a report without text', doc: with_((d) => delete d.meetings[0].report.text), path: 'meetings[0].report.text' },
  {
    name: 'a report as a string',
    doc: with_((d) => (d.meetings[0].report = 'Forty volunteers met.')),
    path: 'meetings[0].report',
  },
  {
    name: 'report.published "2017-13-01"',
    doc: with_((d) => (d.meetings[0].report.published = '2017-13-01')),
    path: 'meetings[0].report.published',
  },
];

/**
 * Known, deliberate differences: where the schema and the parser disagree on purpose. Each is asserted as it
 * is, so that a change on either side is noticed here and this list is updated with it.
 */
const DIFFERENT: (Case & { schemaValid: boolean; parserProblems: boolean })[] = [
  // The widget forgives a space around an id or a date, invisible in an editor, and a country code
  // in lower case; the schema points them out.
  {
    name: 'country "se" in lower case, read as SE',
    doc: with_((d) => (d.partners[0].country = 'se')),
    schemaValid: false,
    parserProblems: false,
  },
  {
    name: 'an id and a date with a space after them',
    doc: with_((d) => {
      d.partners[0].id += ' ';
      d.meetings[0].start += ' ';
    }),
    schemaValid: false,
    parserProblems: false,
  },
  // What JSON Schema cannot express: only caught at run time (the schema's descriptions say so).
  {
    name: 'a duplicate partner id',
    doc: with_((d) => (d.partners[1].id = 'norrkoping')),
    schemaValid: true,
    parserProblems: true,
  },
  {
    name: 'a duplicate meeting id',
    doc: with_((d) => d.meetings.push({ ...d.meetings[0] })),
    schemaValid: true,
    parserProblems: true,
  },
  {
    name: 'a host that is no partner',
    doc: with_((d) => (d.meetings[0].host = 'nowhere')),
    schemaValid: true,
    parserProblems: true,
  },
  {
    name: 'a meeting that ends before it starts',
    doc: with_((d) => (d.meetings[0].end = '2017-05-10')),
    schemaValid: true,
    parserProblems: true,
  },
  {
    name: 'a project that ends before it starts',
    doc: with_((d) => (d.project.end = '2015-01-01')),
    schemaValid: true,
    parserProblems: true,
  },
  // The schema checks the shape of a country code and refuses those that stand for no country (EU, XX);
  // only the runtime knows which codes exist.
  {
    name: 'country "AB", which no country has',
    doc: with_((d) => (d.partners[0].country = 'AB')),
    schemaValid: true,
    parserProblems: true,
  },
  // The EU's own codes: valid codes by the schema's pattern; the parser reads them as GR and GB with a warning.
  {
    name: 'the EU code EL for Greece',
    doc: with_((d) => (d.partners[0].country = 'EL')),
    schemaValid: true,
    parserProblems: true,
  },
  {
    name: 'the EU code UK for the United Kingdom',
    doc: with_((d) => (d.meetings[0].country = 'UK')),
    schemaValid: true,
    parserProblems: true,
  },
  // A later schemaVersion is valid for the schema (integer >= 1); this build reads it with a warning.
  { name: 'schemaVersion 2', doc: with_((d) => (d.schemaVersion = 2)), schemaValid: true, parserProblems: true },
  // Also beyond a schema, and named in its description: lat and lon swapped, one language twice, a
  // character that could not be read, a misspelt field name (unknown fields are allowed).
  {
    name: 'lat and lon swapped for a partner in Sweden',
    doc: with_((d) => Object.assign(d.partners[0], { lat: 16.192, lon: 58.588 })),
    schemaValid: true,
    parserProblems: true,
  },
  {
    name: 'one language twice in a text ("en" and "EN")',
    doc: with_((d) => (d.project.title = { en: 'Title', EN: 'Other title' })),
    schemaValid: true,
    parserProblems: true,
  },
  {
    name: 'a text with a character that could not be read',
    doc: with_((d) => (d.partners[0].name = 'Daugavpils pils\ufffdtas dome')),
    schemaValid: true,
    parserProblems: true,
  },
  {
    name: 'a misspelt field name ("hosts")',
    doc: with_((d) => {
      d.meetings[0].hosts = d.meetings[0].host;
      delete d.meetings[0].host;
    }),
    schemaValid: true,
    parserProblems: true,
  },
  // The parser is forgiving where the schema asks for the clean form:
  // null is read as "absent" without a word; the schema wants the field left out.
  {
    name: 'an optional field set to null',
    doc: with_((d) => (d.partners[0].website = null)),
    schemaValid: false,
    parserProblems: false,
  },
  // surrounding spaces in a link are trimmed at run time;
  {
    name: 'a link with spaces around it',
    doc: with_((d) => (d.project.website = ' https://example.org/ ')),
    schemaValid: false,
    parserProblems: false,
  },
  // the browser's URL parser reads http:example.org as http://example.org/; the schema wants the // written.
  {
    name: 'a link without //',
    doc: with_((d) => (d.project.website = 'http:example.org')),
    schemaValid: false,
    parserProblems: false,
  },
  // a space in a path is percent-encoded at run time (it still opens); the schema wants %20 written.
  // Both refuse white space inside a link: Chromium would accept a space even in a host name
  // ("https://exa%20mple.org/", a link that cannot open), other browsers would not.
  {
    name: 'a space in the path of a link',
    doc: with_((d) => (d.meetings[0].link = 'https://example.org/my report.pdf')),
    schemaValid: false,
    parserProblems: true,
  },
  {
    name: 'a space in a host name',
    doc: with_((d) => (d.partners[0].website = 'https://www.norr koping.se/')),
    schemaValid: false,
    parserProblems: true,
  },
  // What the link pattern must still let through: a port, a user name, an IPv6 address, an empty port.
  {
    name: 'links with a port, a user name, an IPv6 address',
    doc: with_((d) => {
      d.project.website = 'https://example.org:8443/evolaq';
      d.partners[0].website = 'https://press@[2001:db8::1]:8080/';
      d.meetings[0].link = 'http://example.org:/meetings';
    }),
    schemaValid: true,
    parserProblems: false,
  },
  // A language tag starts with a 2-3 letter language ("english" is not one).
  {
    name: 'a text keyed "english"',
    doc: with_((d) => (d.project.title = { english: 'Title', en: 'Title' })),
    schemaValid: false,
    parserProblems: true,
  },
  {
    name: 'a date in the year 99',
    doc: with_((d) => (d.project.start = '0099-12-31')),
    schemaValid: true,
    parserProblems: false,
  },
];

describe('the JSON Schema', () => {
  it('is draft 2020-12 and allows unknown properties everywhere', () => {
    expect(schema.$schema).to.equal('https://json-schema.org/draft/2020-12/schema');
    const walk = (node: unknown, where: string) => {
      if (typeof node !== 'object' || node === null) return;
      if (!Array.isArray(node)) expect((node as Doc).additionalProperties, where).to.not.equal(false);
      for (const [key, child] of Object.entries(node)) walk(child, `${where}/${key}`);
    };
    walk(schema, '#');
  });

  it('describes every property', () => {
    const undescribed: string[] = [];
    const walk = (node: any, where: string) => {
      if (typeof node !== 'object' || node === null) return;
      if (node.properties) {
        for (const [key, property] of Object.entries<any>(node.properties)) {
          if (typeof property.description !== 'string' || property.description.length < 20)
            undescribed.push(`${where}/properties/${key}`);
        }
      }
      for (const [key, child] of Object.entries(node)) walk(child, `${where}/${key}`);
    };
    walk(schema, '#');
    for (const [key, definition] of Object.entries<any>(schema.$defs)) {
      if (!definition.description) undescribed.push(`#/$defs/${key}`);
    }
    expect(undescribed).to.deep.equal([]);
  });

  it('gives every pattern a message an editor shows instead of the pattern (VS Code reads patternErrorMessage)', () => {
    const bare: string[] = [];
    const walk = (node: any, where: string) => {
      if (typeof node !== 'object' || node === null) return;
      if (typeof node.pattern === 'string' && typeof node.patternErrorMessage !== 'string') bare.push(where);
      for (const [key, child] of Object.entries(node)) walk(child, `${where}/${key}`);
    };
    walk(schema, '#');
    expect(bare).to.deep.equal([]);
  });

  it('and the parser know the same fields: each read as it is, and each in capitals, in its place, named as a slip', () => {
    // Each object of the format in the base document, and the schema's properties for it.
    const objects: [string, Record<string, unknown>, (d: Doc) => Doc][] = [
      ['root', schema.properties, (d) => d],
      ['project', schema.properties.project.properties, (d) => d.project],
      ['funding', schema.properties.project.properties.funding.properties, (d) => (d.project.funding ??= {})],
      ['partner', schema.$defs.partner.properties, (d) => d.partners[0]],
      ['meeting', schema.$defs.meeting.properties, (d) => d.meetings[0]],
      ['report', schema.$defs.meeting.properties.report.properties, (d) => (d.meetings[0].report ??= { text: 'x' })],
    ];
    const slips = (doc: Doc) =>
      parseDocument(doc)
        .problems.filter((p) => p.code === 'unknown-field')
        .map((p) => p.expected);
    for (const [object, properties, at] of objects) {
      for (const key of Object.keys(properties)) {
        expect(slips(with_((d) => (at(d)[key] = null))), `${object}.${key}`).to.deep.equal([]);
        if (key === '$schema') continue;
        const upper = with_((d) => {
          delete at(d)[key];
          at(d)[key.toUpperCase()] = null;
        });
        expect(slips(upper), `${object}.${key.toUpperCase()}`).to.deep.equal([key]);
      }
    }
  });

  it('ships in dist/ beside the script, for a coordinator who gets only that folder', async () => {
    expect(await (await fetch('/dist/evolaq.schema.json')).json()).to.deep.equal(schema);
  });

  it('accepts the demo data', async () => {
    const demo = await demoData();
    expect(schemaPaths(demo)).to.equal(undefined);
    expect(parseDocument(demo).problems).to.deep.equal([]);
    expect(demo.$schema).to.equal('../schema/evolaq.schema.json');
  });

  it('names in its description what only the widget checks, as the DIFFERENT cases above', () => {
    for (const words of ['unique', 'host', 'end before', 'swapped', 'one language twice', 'misspelt', 'could not be read'])
      expect(schema.description, words).to.include(words);
  });

  it('and the README list every problem code the widget gives, each once', async () => {
    // Typed: a code added to ProblemCode and not here fails the type check (npm test), and one here and not
    // in the README's table fails this test.
    const codes: Record<ProblemCode, true> = {
      'invalid-json': true,
      'not-utf8': true,
      'not-object': true,
      missing: true,
      'wrong-type': true,
      empty: true,
      'invalid-date': true,
      'no-such-date': true,
      'half-position': true,
      'swapped-position': true,
      'invalid-id': true,
      'duplicate-id': true,
      'invalid-country': true,
      'country-alias': true,
      'invalid-url': true,
      'unsafe-url': true,
      'out-of-range': true,
      'unknown-host': true,
      'end-before-start': true,
      'unknown-type': true,
      'unknown-version': true,
      'invalid-language': true,
      'language-slip': true,
      'unknown-field': true,
      'too-large': true,
      'too-many': true,
      'too-long': true,
      unreadable: true,
      'duplicate-language': true,
      'http-error': true,
      'network-error': true,
      timeout: true,
    };
    const readme = await (await fetch('/README.md')).text();
    const table = /\| `code` \| severity \| what \|\n\| --- .*\n((?:\|.*\n)+)/.exec(readme);
    expect(table, "the README's table of problem codes").to.not.equal(null);
    const listed = [...table![1].matchAll(/^\| ([^|]+) \|/gm)].flatMap(([, cell]) =>
      [...cell.matchAll(/`([a-z0-9-]+)`/g)].map((m) => m[1]),
    );
    expect([...listed].sort()).to.deep.equal(Object.keys(codes).sort());
  });

  it("accepts the README's example, and so does the widget, without a problem", async () => {
    const readme = await (await fetch('/README.md')).text();
    const example = JSON.parse(/## The data format[\s\S]*?```json\n([\s\S]*?)```/.exec(readme)![1]);
    expect(schemaPaths(example)).to.equal(undefined);
    expect(parseDocument(example).problems).to.deep.equal([]);
  });

  describe('agrees with the parser on valid documents', () => {
    for (const { name, doc } of VALID) {
      it(name, () => {
        expect(schemaPaths(doc), 'schema errors').to.equal(undefined);
        expect(parseDocument(doc).problems, 'parser problems').to.deep.equal([]);
      });
    }
  });

  describe('agrees with the parser on broken documents, and on where the problem is', () => {
    for (const { name, doc, path } of INVALID) {
      it(`${name}: ${path || '(the document)'}`, () => {
        const fromSchema = schemaPaths(doc);
        const fromParser = parserPaths(doc);
        expect(fromSchema, 'the schema accepts it').to.not.equal(undefined);
        expect(fromParser, 'the parser finds no problem').to.not.be.empty;
        expect(fromSchema, 'schema paths').to.include(path);
        expect(fromParser, 'parser paths').to.include(path);
        // Nothing the schema finds is a place where the parser sees nothing wrong.
        for (const schemaPath of fromSchema!) {
          expect(
            fromParser.some((parserPath) => holds(schemaPath, parserPath)),
            `schema path ${schemaPath} vs ${fromParser.join(', ')}`,
          ).to.equal(true);
        }
      });
    }
  });

  describe('known, deliberate differences from the parser', () => {
    for (const { name, doc, schemaValid, parserProblems } of DIFFERENT) {
      it(name, () => {
        expect(schemaPaths(doc) === undefined, 'schema verdict').to.equal(schemaValid);
        expect(parseDocument(doc).problems.length > 0, 'parser problems').to.equal(parserProblems);
      });
    }
  });
});
