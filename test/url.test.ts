/*
 * "Hostile input": links. checkUrl() and the parser refuse javascript: in every disguise, and
 * every other scheme but https:, http: and mailto:; each refused link is one warning at its path,
 * and the partner, meeting or report it belongs to stays.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { parseDocument, parseJsonText } from '../src/data/parse.js';
import type { EvolaqData, ParseResult } from '../src/data/types.js';
import { checkUrl } from '../src/data/url.js';

type Reason = 'invalid-url' | 'unsafe-url';

interface Refused {
  readonly label: string;
  readonly value: string;
  /** What checkUrl() says. */
  readonly reason: Reason;
  /** What the parser says, when it differs (it trims the value first, Unicode spaces included). */
  readonly parserReason?: Reason;
}

const javascript = (label: string, value: string): Refused => ({ label, value, reason: 'unsafe-url' });
const scheme = (label: string, value: string): Refused => ({ label, value, reason: 'unsafe-url' });
const invalid = (label: string, value: string): Refused => ({ label, value, reason: 'invalid-url' });

const REFUSED: readonly Refused[] = [
  // The URL parser reads all of these as javascript: (case folded; C0 controls and spaces stripped
  // at both ends; tabs and newlines removed anywhere), so checkUrl sees the scheme a click would run.
  javascript('javascript:', 'javascript:alert(1)'),
  javascript('mixed case', 'JaVaScRiPt:alert(1)'),
  javascript('upper case', 'JAVASCRIPT:alert(document.cookie)'),
  javascript('a leading control character', '\u0001javascript:alert(1)'),
  javascript('a leading NUL', '\u0000javascript:alert(1)'),
  javascript('several leading control characters', '\u001f\u0008\u0001javascript:alert(1)'),
  javascript('leading spaces', '   javascript:alert(1)'),
  javascript('leading newlines', '\n\r\njavascript:alert(1)'),
  javascript('a leading tab', '\tjavascript:alert(1)'),
  javascript('a tab inside the scheme', 'java\tscript:alert(1)'),
  javascript('a newline inside the scheme', 'java\nscript:alert(1)'),
  javascript('a carriage return inside the scheme', 'jav\rascript:alert(1)'),
  javascript('a tab before the colon', 'javascript\t:alert(1)'),
  javascript('tabs and newlines everywhere', 'j\na\tv\ra\ns\tc\rr\ni\tp\rt:alert(1)'),
  javascript('trailing control characters', 'javascript:alert(1)\u0001 '),
  javascript('an authority', 'javascript://example.org/%0aalert(1)'),
  // Other schemes that run or show content, or reach outside the web.
  scheme('data:text/html', 'data:text/html,<script>alert(1)</script>'),
  scheme('data: in base64, upper case', 'DATA:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg=='),
  scheme('vbscript:', 'vbscript:msgbox(1)'),
  scheme('vbscript: in mixed case', 'VBScript:msgbox(1)'),
  scheme('blob:', 'blob:https://example.org/0b1f1e3c'),
  scheme('file:', 'file:///etc/passwd'),
  scheme('file: with a host', 'FILE://host/share'),
  scheme('ftp:', 'ftp://example.org/'),
  scheme('about:', 'about:blank'),
  scheme('ws:', 'ws://example.org/'),
  scheme('view-source:', 'view-source:https://example.org/'),
  scheme('intent:', 'intent://x#Intent;scheme=javascript;end'),
  // Not absolute URLs at all: the URL parser refuses them without a base.
  invalid('an HTML character reference in the scheme (URL does not decode it)', 'jav&#x09;ascript:alert(1)'),
  invalid('an HTML newline reference in the scheme', 'jav&#x0A;ascript:alert(1)'),
  invalid('&colon;', 'javascript&colon;alert(1)'),
  invalid('a percent-encoded scheme', '%6Aavascript:alert(1)'),
  invalid('full-width letters', 'ｊａｖａｓｃｒｉｐｔ:alert(1)'),
  invalid('a relative URL', '/x'),
  invalid('a relative path', './x'),
  invalid('a protocol-relative URL', '//evil.example'),
  invalid('backslashes', '\\\\evil.example'),
  invalid('a bare host name', 'example.org'),
  invalid('https: without a host', 'https://'),
  invalid('http: alone', 'http:'),
  // A no-break space or a line separator is no C0 control: the URL parser refuses the string,
  // while the parser trims it away first and then finds javascript:. Refused either way.
  { label: 'a leading no-break space', value: '\u00a0javascript:alert(1)', reason: 'invalid-url', parserReason: 'unsafe-url' },
  { label: 'a leading line separator', value: '\u2028javascript:alert(1)', reason: 'invalid-url', parserReason: 'unsafe-url' },
];

/** What is accepted, and the normalised address that is kept. */
const ACCEPTED: readonly (readonly [string, string])[] = [
  ['https://example.org/', 'https://example.org/'],
  ['http://example.org', 'http://example.org/'],
  ['mailto:info@example.org', 'mailto:info@example.org'],
  ['HTTPS://EXAMPLE.ORG/Path?q=1#F', 'https://example.org/Path?q=1#F'],
  ['HTTP://Example.org:80/', 'http://example.org/'],
  ['MAILTO:info@example.org', 'mailto:info@example.org'],
  ['MailTo:Info@Example.org', 'mailto:Info@Example.org'],
  ['  https://example.org/  ', 'https://example.org/'],
  ['\u0001https://example.org/', 'https://example.org/'],
  ['ht\ttps://example.org/a\nb', 'https://example.org/ab'],
  ['https://example.org/?next=javascript:alert(1)', 'https://example.org/?next=javascript:alert(1)'],
];

/** Every place a link can be, with the item that must stay when the link is refused. */
const PLACES = [
  {
    path: 'project.website',
    doc: (link: unknown) => ({ schemaVersion: 1, project: { title: 'EVOLAQ', website: link } }),
    item: (data: EvolaqData) => data.project,
    link: (data: EvolaqData) => data.project.website,
  },
  {
    path: 'partners[1].website',
    doc: (link: unknown) => ({
      schemaVersion: 1,
      project: { title: 'EVOLAQ' },
      partners: [
        { id: 'a', name: 'A', country: 'SE' },
        { id: 'b', name: 'B', country: 'IT', website: link },
      ],
    }),
    item: (data: EvolaqData) => data.partners.find((p) => p.id === 'b'),
    link: (data: EvolaqData) => data.partners.find((p) => p.id === 'b')?.website,
  },
  {
    path: 'meetings[0].link',
    doc: (link: unknown) => ({
      schemaVersion: 1,
      project: { title: 'EVOLAQ' },
      meetings: [{ id: 'm', start: '2017-05-11', country: 'IT', link }],
    }),
    item: (data: EvolaqData) => data.meetings.find((m) => m.id === 'm'),
    link: (data: EvolaqData) => data.meetings.find((m) => m.id === 'm')?.link,
  },
  {
    path: 'meetings[0].report.link',
    doc: (link: unknown) => ({
      schemaVersion: 1,
      project: { title: 'EVOLAQ' },
      meetings: [{ id: 'm', start: '2017-05-11', country: 'IT', report: { text: 'Report', link } }],
    }),
    item: (data: EvolaqData) => data.meetings.find((m) => m.id === 'm')?.report,
    link: (data: EvolaqData) => data.meetings.find((m) => m.id === 'm')?.report?.link,
  },
] as const;

/** The same document read as an object (the `data` property) and as JSON text (attribute, script, `src`). */
function bothWays(doc: unknown): [string, ParseResult][] {
  return [
    ['object', parseDocument(doc)],
    ['JSON text', parseJsonText(JSON.stringify(doc))],
  ];
}

describe('checkUrl', () => {
  for (const { label, value, reason } of REFUSED) {
    it(`refuses ${label}: ${JSON.stringify(value)}`, () => {
      expect(checkUrl(value)).to.deep.equal({ ok: false, reason });
    });
  }

  for (const [value, href] of ACCEPTED) {
    it(`accepts ${JSON.stringify(value)} as ${href}`, () => {
      expect(checkUrl(value)).to.deep.equal({ ok: true, href });
    });
  }

  it('refuses javascript: with any case, any leading C0 controls or spaces, and tabs or newlines anywhere in it', () => {
    const c0 = fc.integer({ min: 0, max: 0x20 }).map((code) => String.fromCharCode(code));
    const noise = fc.constantFrom('\t', '\n', '\r');
    const disguised = fc
      .tuple(
        fc.array(c0, { maxLength: 4 }),
        fc.array(fc.tuple(fc.boolean(), fc.option(noise, { nil: '' })), { minLength: 11, maxLength: 11 }),
        fc.string({ maxLength: 20 }),
      )
      .map(([prefix, letters, rest]) => {
        const scheme = [...'javascript:'].map((char, i) => (letters[i][0] ? char.toUpperCase() : char) + letters[i][1]).join('');
        return prefix.join('') + scheme + rest;
      });
    fc.assert(
      fc.property(disguised, (value) => {
        expect(checkUrl(value)).to.deep.equal({ ok: false, reason: 'unsafe-url' });
        const { data, problems } = parseDocument(PLACES[1].doc(value));
        expect(PLACES[1].link(data!)).to.equal(undefined);
        expect(problems.map((p) => [p.path, p.severity])).to.deep.equal([['partners[1].website', 'warning']]);
      }),
      { seed: 42, numRuns: 500 },
    );
  });

  it('accepts nothing but https:, http: and mailto:, and gives back the normalised address', () => {
    const anyString = fc.oneof(
      fc.string({ maxLength: 40 }),
      fc.webUrl({ withQueryParameters: true, withFragments: true }),
      fc
        .tuple(
          fc.constantFrom('javascript', 'data', 'vbscript', 'blob', 'file', 'https', 'http', 'mailto', 'HTTPS', 'MaIlTo', 'ftp'),
          fc.constantFrom(':', '://', ':/', '\t:'),
          fc.string({ maxLength: 20 }),
        )
        .map((parts) => parts.join('')),
    );
    fc.assert(
      fc.property(anyString, (value) => {
        const checked = checkUrl(value);
        if (!checked.ok) return;
        const url = new URL(checked.href);
        expect(['https:', 'http:', 'mailto:']).to.include(url.protocol);
        expect(url.href).to.equal(checked.href);
      }),
      { seed: 42, numRuns: 1000 },
    );
  });
});

describe('links in the data', () => {
  for (const { label, value, reason, parserReason = reason } of REFUSED) {
    it(`refuses ${label} with a warning at its path, and keeps the item`, () => {
      for (const place of PLACES) {
        for (const [how, result] of bothWays(place.doc(value))) {
          const where = `${place.path} (${how})`;
          expect(result.data, where).to.not.equal(undefined);
          expect(place.item(result.data!), where).to.not.equal(undefined);
          expect(place.link(result.data!), where).to.equal(undefined);
          expect(
            result.problems.map((p) => [p.severity, p.path, p.code]),
            where,
          ).to.deep.equal([['warning', place.path, parserReason]]);
        }
      }
    });
  }

  for (const [value, href] of ACCEPTED) {
    it(`keeps ${JSON.stringify(value)} as ${href}`, () => {
      for (const place of PLACES) {
        for (const [how, result] of bothWays(place.doc(value))) {
          expect(result.problems, `${place.path} (${how})`).to.deep.equal([]);
          expect(place.link(result.data!), `${place.path} (${how})`).to.equal(href);
        }
      }
    });
  }

  it('reports a link that is not a string as a wrong type, and keeps the item', () => {
    for (const value of [42, true, {}, ['https://example.org/']]) {
      for (const place of PLACES) {
        for (const [how, result] of bothWays(place.doc(value))) {
          const where = `${place.path} (${how}) ${JSON.stringify(value)}`;
          expect(place.item(result.data!), where).to.not.equal(undefined);
          expect(place.link(result.data!), where).to.equal(undefined);
          expect(
            result.problems.map((p) => [p.severity, p.path, p.code, p.expected]),
            where,
          ).to.deep.equal([['warning', place.path, 'wrong-type', 'url']]);
        }
      }
    }
  });

  it('reads a null link as no link, without a problem', () => {
    for (const place of PLACES) {
      const result = parseDocument(place.doc(null));
      expect(result.problems, place.path).to.deep.equal([]);
      expect(place.item(result.data!), place.path).to.not.equal(undefined);
    }
  });
});
