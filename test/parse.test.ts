import { expect } from '@open-wc/testing';
import { parseDocument, parseJsonText } from '../src/data/parse.js';
import type { Problem } from '../src/data/types.js';
import { demoData } from './support/helpers.js';

const minimal = () => ({ schemaVersion: 1, project: { title: 'EVOLAQ' } });

function paths(problems: readonly Problem[], severity?: Problem['severity']): string[] {
  return problems.filter((p) => !severity || p.severity === severity).map((p) => p.path);
}

describe('parseDocument', () => {
  describe('the demo data', () => {
    it('reads all 9 partners and 9 meetings without a problem', async () => {
      const result = parseDocument(await demoData());
      expect(result.problems).to.deep.equal([]);
      expect(result.data!.partners.map((p) => p.id)).to.deep.equal([
        'norrkoping',
        'skovde',
        'collecchio',
        'cervia',
        'dubrovnik',
        'daugavpils',
        'enzkreis',
        'vsg-linz',
        'liiveri',
      ]);
      expect(result.data!.meetings).to.have.length(9);
    });

    it('sorts meetings by date, whatever their order in the file', async () => {
      const data = await demoData();
      data.meetings.reverse();
      const { data: parsed } = parseDocument(data);
      expect(parsed!.meetings.map((m) => m.number)).to.deep.equal([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    });

    it('keeps calendar dates exactly as written', async () => {
      const { data } = parseDocument(await demoData());
      const collecchio = data!.meetings.find((m) => m.id === 'collecchio-2017')!;
      expect([collecchio.start, collecchio.end]).to.deep.equal(['2017-05-11', '2017-05-14']);
    });
  });

  describe('input that leaves nothing to show', () => {
    for (const [label, input, type] of [
      ['an array', [], 'array'],
      ['a string', 'EVOLAQ', 'string'],
      ['null', null, 'null'],
      ['a number', 42, 'number'],
    ] as const) {
      it(`reports ${label} as not an object`, () => {
        const result = parseDocument(input);
        expect(result.data).to.equal(undefined);
        expect(result.problems).to.have.length(1);
        expect(result.problems[0]).to.include({ severity: 'error', path: '', code: 'not-object', value: type });
      });
    }

    it('needs project.title', () => {
      const result = parseDocument({ schemaVersion: 1, project: { acronym: 'EVOLAQ' } });
      expect(result.data).to.equal(undefined);
      expect(result.problems.map((p) => [p.path, p.code])).to.deep.equal([['project.title', 'missing']]);
    });

    it('needs a project object', () => {
      const result = parseDocument({ schemaVersion: 1, project: [] });
      expect(result.data).to.equal(undefined);
      expect(result.problems[0]).to.include({ path: 'project', code: 'wrong-type', expected: 'object', value: '[]' });
    });

    it('names the partner or meeting a problem is in by its id, as written, and nothing else by one', () => {
      const result = parseDocument({
        schemaVersion: '1',
        project: { title: 'EVOLAQ', start: '1.2.2016' },
        partners: [
          { id: ' linz ', name: 'VSG Linz', country: 'Austria' },
          { name: 'No id', country: 'AT' },
        ],
        meetings: [{ id: 'linz-2016', start: '2016-03-01', country: 'AT', host: 'graz', number: -1 }],
      });
      expect(result.problems.map((p) => [p.path, p.item])).to.deep.equal([
        ['schemaVersion', undefined],
        ['project.start', undefined],
        ['partners[0].country', 'linz'],
        ['partners[1].id', undefined],
        ['meetings[0].number', 'linz-2016'],
        ['meetings[0].host', 'linz-2016'],
      ]);
    });

    it('says when lat and lon look swapped, and draws the place as written', () => {
      const result = parseDocument({
        ...minimal(),
        partners: [
          { id: 'norrkoping', name: 'Norrköping', country: 'SE', lat: 16.192, lon: 58.588 },
          { id: 'canarias', name: 'Gran Canaria', country: 'ES', lat: 28.1, lon: -15.4 },
          { id: 'nicosia', name: 'Nicosia', country: 'CY', lat: 35.17, lon: 33.36 },
          // Right where they are, outside Europe: a partner in Israel, an EU region in the Indian Ocean.
          { id: 'tel-aviv', name: 'Tel Aviv', country: 'IL', lat: 32.08, lon: 34.78 },
          { id: 'mayotte', name: 'Mamoudzou', country: 'FR', lat: -12.78, lon: 45.23 },
          // West of Greenwich, swapped: the written latitude is negative.
          { id: 'dublin', name: 'Dublin', country: 'IE', lat: -6.26, lon: 53.35 },
          { id: 'nantes', name: 'Nantes', country: 'FR', lat: -1.55, lon: 47.22 },
          { id: 'lisbon', name: 'Lisbon', country: 'PT', lat: -9.14, lon: 38.72 },
          { id: 'kyiv', name: 'Kyiv', country: 'UA', lat: 30.52, lon: 50.45 },
          // Right where they are: Réunion, Baku (beyond the map, in no European country of the list).
          { id: 'reunion', name: 'Saint-Denis', country: 'FR', lat: -20.88, lon: 55.45 },
          { id: 'baku', name: 'Baku', country: 'AZ', lat: 40.41, lon: 49.87 },
          // Right where they are, east of 45° E: Telavi in Georgia, Meghri in Armenia.
          { id: 'telavi', name: 'Telavi', country: 'GE', lat: 41.92, lon: 45.47 },
          { id: 'meghri', name: 'Meghri', country: 'AM', lat: 38.9, lon: 46.24 },
        ],
      });
      expect(result.problems.map((p) => [p.path, p.code, p.item])).to.deep.equal([
        ['partners[0].lat', 'swapped-position', 'norrkoping'],
        ['partners[5].lat', 'swapped-position', 'dublin'],
        ['partners[6].lat', 'swapped-position', 'nantes'],
        ['partners[7].lat', 'swapped-position', 'lisbon'],
        ['partners[8].lat', 'swapped-position', 'kyiv'],
      ]);
      expect(result.data!.partners[0]).to.include({ lat: 16.192, lon: 58.588 });
    });

    it('shows the value of the wrong kind as written, so a number in quotes shows its quotes', async () => {
      const data = await demoData();
      data.partners[0].lat = '58.588';
      const result = parseDocument(data);
      expect(result.problems.map((p) => [p.path, p.code, p.expected, p.value])).to.deep.equal([
        ['partners[0].lat', 'wrong-type', 'number', '"58.588"'],
      ]);
      expect(result.problems[0].message).to.equal('Expected a number, found "58.588".');
    });

    it('still reports problems in partners and meetings when the title is missing', () => {
      const result = parseDocument({ schemaVersion: 1, project: {}, partners: [{ id: 'A' }] });
      expect(paths(result.problems)).to.include.members(['project.title', 'partners[0].id']);
    });
  });

  describe('errors drop one partner or meeting', () => {
    it('drops a partner without a country and names the path', () => {
      const result = parseDocument({
        ...minimal(),
        partners: [
          { id: 'a', name: 'A', country: 'SE' },
          { id: 'b', name: 'B' },
          { id: 'c', name: 'C', country: 'IT' },
        ],
      });
      expect(result.data!.partners.map((p) => p.id)).to.deep.equal(['a', 'c']);
      expect(result.problems.map((p) => [p.severity, p.path, p.code])).to.deep.equal([
        ['error', 'partners[1].country', 'missing'],
      ]);
    });

    it('drops a duplicate id, keeping the first', () => {
      const result = parseDocument({
        ...minimal(),
        partners: [
          { id: 'a', name: 'First', country: 'SE' },
          { id: 'a', name: 'Second', country: 'SE' },
        ],
      });
      expect(result.data!.partners.map((p) => p.name.en)).to.deep.equal(['First']);
      expect(result.problems[0]).to.include({ path: 'partners[1].id', code: 'duplicate-id', severity: 'error' });
    });

    it('reports a duplicate id also when the first with it was dropped for another error, and links no meeting to the second', () => {
      const result = parseDocument({
        ...minimal(),
        partners: [
          { id: 'a', name: 'First', country: 'Latvia' },
          { id: 'a', name: 'Second', country: 'LV' },
        ],
        meetings: [
          { id: 'm', start: '2017-05-11', country: 'LV', host: 'a' },
          { id: 'm', start: 'soon', country: 'LV' },
          { id: 'm', start: '2017-05-12', country: 'LV' },
        ],
      });
      expect(result.problems.map((p) => `${p.path} ${p.code}`)).to.deep.equal([
        'partners[0].country invalid-country',
        'partners[1].id duplicate-id',
        'meetings[1].id duplicate-id',
        'meetings[1].start invalid-date',
        'meetings[2].id duplicate-id',
      ]);
      expect(result.data!.partners).to.deep.equal([]);
      expect(result.data!.meetings.map((m) => [m.id, m.hosts])).to.deep.equal([['m', []]]);
    });

    it('drops ids that are not lower-case letters, digits and hyphens', () => {
      const result = parseDocument({ ...minimal(), meetings: [{ id: 'Linz 2016', start: '2016-03-01', country: 'AT' }] });
      expect(result.data!.meetings).to.deep.equal([]);
      expect(result.problems[0]).to.include({ path: 'meetings[0].id', code: 'invalid-id' });
    });

    it('drops a meeting with an impossible start date', () => {
      const result = parseDocument({
        ...minimal(),
        meetings: [
          { id: 'x', start: '2017-02-30', country: 'SE' },
          { id: 'y', start: '2017-03-01', country: 'SE' },
        ],
      });
      expect(result.data!.meetings.map((m) => m.id)).to.deep.equal(['y']);
      expect(result.problems[0]).to.include({ path: 'meetings[0].start', code: 'no-such-date', severity: 'error' });
      expect(result.problems[0].message).to.equal('There is no such day: "2017-02-30".');
    });

    it('drops a partner with an unknown country code', () => {
      const result = parseDocument({ ...minimal(), partners: [{ id: 'a', name: 'A', country: 'XX' }] });
      expect(result.data!.partners).to.deep.equal([]);
      expect(result.problems[0]).to.include({ path: 'partners[0].country', code: 'invalid-country' });
    });

    it('drops an entry that is not an object', () => {
      const result = parseDocument({ ...minimal(), meetings: ['Linz'] });
      expect(result.problems[0]).to.include({ path: 'meetings[0]', code: 'wrong-type', severity: 'error' });
    });

    it('reports partners that are not a list and shows the rest', () => {
      const result = parseDocument({ ...minimal(), partners: { id: 'a' } });
      expect(result.data!.partners).to.deep.equal([]);
      expect(result.problems[0]).to.include({ path: 'partners', code: 'wrong-type', expected: 'array' });
    });
  });

  describe('warnings drop one field', () => {
    it('refuses a javascript: link but keeps the partner', () => {
      const result = parseDocument({
        ...minimal(),
        partners: [{ id: 'a', name: 'A', country: 'SE', website: 'javascript:alert(1)' }],
      });
      expect(result.data!.partners[0].website).to.equal(undefined);
      expect(result.data!.partners[0].name.en).to.equal('A');
      expect(result.problems[0]).to.include({ severity: 'warning', path: 'partners[0].website', code: 'unsafe-url' });
    });

    it('keeps https, http and mailto links', () => {
      const result = parseDocument({
        ...minimal(),
        partners: [
          { id: 'a', name: 'A', country: 'SE', website: 'https://www.norrkoping.se/' },
          { id: 'b', name: 'B', country: 'SE', website: 'http://example.org' },
          { id: 'c', name: 'C', country: 'SE', website: 'mailto:info@example.org' },
        ],
      });
      expect(result.problems).to.deep.equal([]);
      expect(result.data!.partners.map((p) => p.website)).to.deep.equal([
        'https://www.norrkoping.se/',
        'http://example.org/',
        'mailto:info@example.org',
      ]);
    });

    it('drops a latitude out of range, and the longitude with it', () => {
      const result = parseDocument({ ...minimal(), partners: [{ id: 'a', name: 'A', country: 'SE', lat: 158.5, lon: 16.2 }] });
      expect(result.data!.partners[0]).to.not.have.property('lat');
      expect(result.data!.partners[0]).to.not.have.property('lon');
      expect(result.problems[0]).to.include({ path: 'partners[0].lat', code: 'out-of-range', expected: '-90…90' });
    });

    it('drops an unknown host but keeps the meeting and its known host', () => {
      const result = parseDocument({
        ...minimal(),
        partners: [{ id: 'linz', name: 'VSG Linz', country: 'AT' }],
        meetings: [{ id: 'm', start: '2016-03-01', country: 'AT', host: ['linz', 'graz'] }],
      });
      expect(result.data!.meetings[0].hosts).to.deep.equal(['linz']);
      expect(result.problems[0]).to.include({ severity: 'warning', path: 'meetings[0].host[1]', code: 'unknown-host' });
    });

    it('looks for the partner a host meant for the first 100 unknown ids only, so that a file full of them stays quick', () => {
      // (Each look reads every partner id: 126,000 unknown hosts among 1,000 partners took 4 s.)
      const partners = Array.from({ length: 200 }, (_, i) => ({ id: `p${i}`, name: 'P', country: 'SE' }));
      const host = Array.from({ length: 100 }, (_, i) => `P${i}`);
      const meetings = [0, 1, 2].map((m) => ({
        id: `m${m}`,
        start: '2016-03-01',
        country: 'SE',
        host: m === 2 ? ['P150', 'P0'] : host,
      }));
      const problems = parseDocument({ ...minimal(), partners, meetings }).problems.filter((p) => p.code === 'unknown-host');
      expect(problems.filter((p) => p.expected)).to.have.length(201);
      expect(problems.slice(-2).map((p) => p.expected)).to.deep.equal([undefined, 'p0']);
    });

    it('names the full address a link without https:// probably meant', () => {
      const result = parseDocument({
        ...minimal(),
        partners: [
          { id: 'a', name: 'A', country: 'SE', website: 'www.norrkoping.se' },
          { id: 'b', name: 'B', country: 'SE', website: ' skovde.se/kontakt ' },
          { id: 'c', name: 'C', country: 'SE', website: 'norrkoping' },
          { id: 'd', name: 'D', country: 'SE', website: 'ftp://example.org' },
          { id: 'e', name: 'E', country: 'SE', website: 'info@norrkoping.se' },
        ],
      });
      expect(result.problems.map((p) => [p.path, p.code, p.expected])).to.deep.equal([
        ['partners[0].website', 'invalid-url', 'https://www.norrkoping.se/'],
        ['partners[1].website', 'invalid-url', 'https://skovde.se/kontakt'],
        ['partners[2].website', 'invalid-url', undefined],
        ['partners[3].website', 'unsafe-url', undefined],
        ['partners[4].website', 'invalid-url', 'mailto:info@norrkoping.se'],
      ]);
      expect(result.problems[0].message).to.equal(
        'Expected a full web address, found "www.norrkoping.se"; did you mean https://www.norrkoping.se/?',
      );
    });

    it('names the partner a host probably meant: in other case, or one letter off', () => {
      const result = parseDocument({
        ...minimal(),
        partners: [
          { id: 'collecchio', name: 'Collecchio', country: 'IT' },
          { id: 'cervia', name: 'Cervia', country: 'IT' },
        ],
        meetings: [{ id: 'm', start: '2016-03-01', country: 'IT', host: ['Collecchio', 'colecchio', 'cerviaa', 'graz'] }],
      });
      expect(result.problems.map((p) => [p.path, p.expected, p.message])).to.deep.equal([
        ['meetings[0].host[0]', 'collecchio', 'No partner has the id "Collecchio"; did you mean collecchio?'],
        ['meetings[0].host[1]', 'collecchio', 'No partner has the id "colecchio"; did you mean collecchio?'],
        ['meetings[0].host[2]', 'cervia', 'No partner has the id "cerviaa"; did you mean cervia?'],
        ['meetings[0].host[3]', undefined, 'No partner has the id "graz".'],
      ]);
    });

    it('reports a partner left out for its own error once, not again at each meeting it hosts', () => {
      const result = parseDocument({
        ...minimal(),
        partners: [
          { id: 'linz', name: 'VSG Linz', country: 'Austria' },
          { id: 'Cervia', name: 'Cervia', country: 'IT' },
        ],
        meetings: [{ id: 'm', start: '2016-03-01', country: 'AT', host: ['linz', 'cervia', 'graz'] }],
      });
      expect(result.data!.meetings[0].hosts).to.deep.equal([]);
      expect(result.problems.map((p) => [p.path, p.code])).to.deep.equal([
        ['partners[0].country', 'invalid-country'],
        ['partners[1].id', 'invalid-id'],
        ['meetings[0].host[2]', 'unknown-host'],
      ]);
    });

    it('reads ids, hosts and dates with a space around them, invisible in an editor, as without', () => {
      const result = parseDocument({
        ...minimal(),
        partners: [{ id: 'cervia ', name: 'Cervia', country: 'IT' }],
        meetings: [{ id: ' m', start: '2017-12-12 ', end: ' 2017-12-14', country: 'IT', host: 'cervia ' }],
      });
      expect(result.problems).to.deep.equal([]);
      expect(result.data!.partners[0].id).to.equal('cervia');
      expect(result.data!.meetings[0]).to.include({ id: 'm', start: '2017-12-12', end: '2017-12-14' });
      expect(result.data!.meetings[0].hosts).to.deep.equal(['cervia']);
    });

    it('shows a meeting whose end is before its start as one day', () => {
      const result = parseDocument({
        ...minimal(),
        meetings: [{ id: 'm', start: '2016-03-03', end: '2016-03-01', country: 'AT' }],
      });
      expect(result.data!.meetings[0].end).to.equal('2016-03-03');
      expect(result.problems[0]).to.include({ severity: 'warning', path: 'meetings[0].end', code: 'end-before-start' });
    });

    it('drops an unknown partner type', () => {
      const result = parseDocument({ ...minimal(), partners: [{ id: 'a', name: 'A', country: 'SE', type: 'city' }] });
      expect(result.data!.partners[0].type).to.equal(undefined);
      expect(result.problems[0]).to.include({ path: 'partners[0].type', code: 'unknown-type' });
    });

    it('reads the EU codes EL and UK as GR and GB, with a warning', () => {
      const result = parseDocument({
        ...minimal(),
        partners: [
          { id: 'a', name: 'A', country: 'EL' },
          { id: 'b', name: 'B', country: 'UK' },
        ],
      });
      expect(result.data!.partners.map((p) => p.country)).to.deep.equal(['GR', 'GB']);
      expect(result.problems.map((p) => [p.severity, p.path, p.code])).to.deep.equal([
        ['warning', 'partners[0].country', 'country-alias'],
        ['warning', 'partners[1].country', 'country-alias'],
      ]);
    });

    it('reports a newer schema version and shows what it can read', () => {
      const result = parseDocument({ ...minimal(), schemaVersion: 2 });
      expect(result.data!.project.title.en).to.equal('EVOLAQ');
      expect(result.problems[0]).to.include({ path: 'schemaVersion', code: 'unknown-version', value: '2' });
    });

    it('drops a text in an invalid language tag but keeps the others', () => {
      const result = parseDocument({ schemaVersion: 1, project: { title: { en: 'EVOLAQ', 'not a tag': 'x' } } });
      expect(result.data!.project.title).to.deep.equal({ en: 'EVOLAQ' });
      expect(result.problems[0]).to.include({ path: 'project.title["not a tag"]', code: 'invalid-language' });
    });

    it('says so when the default language is a country code (se)', () => {
      const result = parseDocument({ ...minimal(), defaultLanguage: 'se' });
      expect(result.problems.map((p) => [p.path, p.code, p.expected])).to.deep.equal([
        ['defaultLanguage', 'language-slip', 'sv'],
      ]);
    });

    it('says so when a text is keyed by a country code (se, gr) where the language code (sv, el) was meant', () => {
      const result = parseDocument({ schemaVersion: 1, project: { title: { en: 'EVOLAQ', se: 'Sv', GR: 'El', sv: 'Sv' } } });
      // Kept as written: se is a language too (Northern Sami); gr is none, and stays unused.
      expect(result.data!.project.title).to.deep.equal({ en: 'EVOLAQ', se: 'Sv', gr: 'El', sv: 'Sv' });
      expect(result.problems.map((p) => [p.severity, p.path, p.code, p.value, p.expected])).to.deep.equal([
        ['warning', 'project.title.se', 'language-slip', '"se"', 'sv'],
        ['warning', 'project.title.GR', 'language-slip', '"GR"', 'el'],
      ]);
    });

    it('names a field that is probably a misspelt one of the format, and leaves other unknown fields alone', () => {
      const result = parseDocument({
        schemaVersion: 1,
        project: { title: 'EVOLAQ', summery: 'About', internalNote: 'for us', 'x-editor': 'Anna', tools: [], fundingId: 'x' },
        partners: [
          { id: 'linz', name: 'VSG Linz', country: 'AT', Lead: true, lat: 48.3, lng: 14.3 },
          // A site's own fields that happen to look like the format's: oid (Erasmus+), county, head.
          { id: 'enz', name: 'Enzkreis', country: 'DE', oid: 'E1', county: 'x', head: 'y', vat: 'z' },
        ],
        meetings: [
          { id: 'm', start: '2016-03-01', country: 'AT', hosts: ['linz'] },
          { id: 'n', start: '2016-03-01', country: 'AT', host: 'linz', hosts: 'both', cost: 1, state: 'x', titel: 'T' },
        ],
      });
      expect(result.problems.map((p) => [p.severity, p.path, p.code, p.value, p.expected])).to.deep.equal([
        ['warning', 'project.summery', 'unknown-field', '"summery"', 'summary'],
        ['warning', 'partners[0].Lead', 'unknown-field', '"Lead"', 'lead'],
        ['warning', 'partners[0].lng', 'unknown-field', '"lng"', 'lon'],
        // (lat without lon: the position is dropped, as for any half position.)
        ['warning', 'partners[0].lon', 'half-position', undefined, undefined],
        ['warning', 'meetings[0].hosts', 'unknown-field', '"hosts"', 'host'],
        ['warning', 'meetings[1].titel', 'unknown-field', '"titel"', 'title'],
      ]);
    });

    it('ignores unknown properties, so the format can grow', () => {
      const result = parseDocument({
        ...minimal(),
        futureField: { any: 1 },
        partners: [{ id: 'a', name: 'A', country: 'SE', logo: 'x' }],
      });
      expect(result.problems).to.deep.equal([]);
    });
  });

  describe('texts', () => {
    it('stores a plain string under the document default language', () => {
      const result = parseDocument({ schemaVersion: 1, defaultLanguage: 'lv', project: { title: 'Projekts' } });
      expect(result.data!.project.title).to.deep.equal({ lv: 'Projekts' });
    });

    it('gives a plain local name the language of its country', () => {
      const result = parseDocument({
        ...minimal(),
        partners: [{ id: 'a', name: 'Norrköping Municipality', localName: 'Norrköpings kommun', country: 'SE' }],
      });
      expect(result.data!.partners[0].localName).to.deep.equal({ sv: 'Norrköpings kommun' });
    });

    it('canonicalises language tags', () => {
      const result = parseDocument({ schemaVersion: 1, project: { title: { 'de-at': 'Projekt' } } });
      expect(result.data!.project.title).to.deep.equal({ 'de-AT': 'Projekt' });
    });
  });
});

describe('parseJsonText', () => {
  it('reports invalid JSON with its line and column', () => {
    const result = parseJsonText('{\n  "schemaVersion": 1,\n  "project": { "title": "x" "y" }\n}');
    expect(result.data).to.equal(undefined);
    expect(result.problems[0]).to.include({ code: 'invalid-json', value: '3:29' });
    expect(result.problems[0].message).to.equal('The text is not valid JSON (line 3, column 29).');
  });

  it('points at a comma before a closing bracket, not at the bracket on the next line', () => {
    const text = '{\n  "partners": [\n    { "id": "a" },\n    { "id": "b" },\n  ]\n}';
    expect(parseJsonText(text).problems[0]).to.include({ code: 'invalid-json', value: '4:18' });
    expect(parseJsonText('{"a": 1 , }').problems[0]).to.include({ value: '1:9' });
  });

  it('reports empty text as empty, not as invalid JSON at line 1, column 1', () => {
    // (A coordinator who saved an empty file read "not valid JSON: line 1, column 1".)
    for (const text of ['', '  \n', '\uFEFF'])
      expect(parseJsonText(text).problems).to.deep.equal([
        { severity: 'error', path: '', code: 'empty', message: 'This text is empty.' },
      ]);
  });

  it('reads a document that starts with a byte order mark', () => {
    expect(parseJsonText('\uFEFF{"schemaVersion":1,"project":{"title":"x"}}').data!.project.title.en).to.equal('x');
  });
});

describe('jsonErrorOffset', () => {
  for (const [text, where] of [
    ['{"a": 1,}', '1:8'],
    ['{"a": tru}', '1:10'],
    ['[1, 2', '1:6'],
    ['{"a": "x\ny"}', '1:9'],
    ['{\n  "a": 01\n}', '2:9'],
    ['{} extra', '1:4'],
    ['{\r  "a": 01\r}', '2:9'],
    ['{\r\n  "a": 01\r\n}', '2:9'],
    [`[${'1'.repeat(500)},\n  tru]`, '2:6'],
  ] as const) {
    it(`finds where ${JSON.stringify(text).slice(0, 40)} goes wrong (${where})`, () => {
      expect(parseJsonText(text).problems[0]).to.include({ code: 'invalid-json', value: where });
    });
  }
});

describe('edge cases', () => {
  it('refuses the year 0000, which would be shown as year 1', () => {
    const result = parseDocument({ ...minimal(), project: { title: 'x', start: '0000-01-01' } });
    expect(result.problems[0]).to.include({ code: 'invalid-date', path: 'project.start' });
    expect(result.data!.project.start).to.equal(undefined);
  });

  it('takes a text of invisible characters only (a zero-width space, a NUL) as empty', () => {
    for (const title of ['\u200b', '\u0000', ' \u200e\u2060 ']) {
      const result = parseDocument({ ...minimal(), project: { title } });
      expect(result.problems[0], JSON.stringify(title)).to.include({ code: 'empty', path: 'project.title' });
      expect(result.data).to.equal(undefined);
    }
  });

  it('closes the bidi overrides and isolates a text opens', () => {
    const names = ['\u202eEvil', '\u2067Inside\u202b', 'A\u202cB\u2069C', '\u2066x\u202ey\u2069z'];
    const result = parseDocument({
      ...minimal(),
      partners: names.map((name, i) => ({ id: `p${i}`, name, country: 'SE' })),
    });
    expect(result.data!.partners.map((p) => p.name.en)).to.deep.equal([
      '\u202eEvil\u202c',
      '\u2067Inside\u202b\u2069\u202c',
      'A\u202cB\u2069C',
      '\u2066x\u202ey\u2069z\u2069\u202c',
    ]);
  });

  it('writes the characters that do not show in a quoted value, key or id as \\u escapes, so a problem reads in order and says what is wrong', () => {
    const result = parseDocument({
      ...minimal(),
      project: { title: 'EVOLAQ', summary: { '\u202een': 'abc' } },
      partners: [
        { id: 'collecchio\u200b', name: 'Collecchio', country: 'IT' },
        { id: 'x\n  error: meetings[3].start (fake): all is well', name: 'X', country: 'SE' },
      ],
      meetings: [{ id: 'm', start: '\u202e2017-05-11', country: 'SE' }],
    });
    const byPath = (path: string) => result.problems.find((p) => p.path === path);
    // A bidi override in a key would turn the rest of the line around; a zero-width space looks like nothing.
    expect(byPath('project.summary["\\u202een"]')).to.include({ code: 'invalid-language', value: '"\\u202een"' });
    expect(byPath('partners[0].id')).to.include({ code: 'invalid-id', value: '"collecchio\\u200b"' });
    expect(byPath('meetings[0].start')).to.include({ code: 'invalid-date', value: '"\\u202e2017-05-11"' });
    // An id names its item on one line of the console: a line break in it cannot start a line of its own.
    expect(byPath('partners[1].id')!.item).to.equal('x\\u000a  error: meetings[3].start (fake): all is well');
  });

  it('shortens a long id before it writes its unseen characters out, so that the cut never falls inside an escape', () => {
    const result = parseDocument({ ...minimal(), partners: [{ id: `${'a'.repeat(56)}\u202exxxxx`, name: 'P', country: 'SE' }] });
    expect(result.problems[0].item).to.equal(`${'a'.repeat(56)}\\u202e…`);
  });

  it('shortens a long quoted value before an emoji rather than through it', () => {
    const result = parseDocument({ ...minimal(), meetings: [{ id: 'm', start: `${'x'.repeat(55)}😀😀`, country: 'SE' }] });
    expect(result.problems[0].value).to.equal(`"${'x'.repeat(55)}…`);
  });

  it('shows the first of two entries for one language written differently ("en", "EN"), and says so', () => {
    const result = parseDocument({ ...minimal(), project: { title: { en: 'First', EN: 'Second' } } });
    expect(result.data!.project.title).to.deep.equal({ en: 'First' });
    expect(result.problems).to.have.length(1);
    expect(result.problems[0]).to.include({
      severity: 'warning',
      path: 'project.title.EN',
      code: 'duplicate-language',
      value: '"EN"',
    });
  });

  it('says where a text has a character that could not be read (�), and shows the text', () => {
    const result = parseDocument({ ...minimal(), partners: [{ id: 'p', name: { sv: 'Sk\ufffdvde kommun' }, country: 'SE' }] });
    expect(result.data!.partners[0].name).to.deep.equal({ sv: 'Sk\ufffdvde kommun' });
    expect(result.problems.map((p) => [p.severity, p.path, p.code, p.item])).to.deep.equal([
      ['warning', 'partners[0].name.sv', 'unreadable', 'p'],
    ]);
  });

  it('does not call a partner beyond the limit of 1,000 missing when a meeting names it: the limit is said once', () => {
    const partners = Array.from({ length: 1001 }, (_, i) => ({ id: `p${i}`, name: `P${i}`, country: 'SE' }));
    const result = parseDocument({
      ...minimal(),
      partners,
      meetings: [{ id: 'm', start: '2017-05-11', country: 'SE', host: ['p0', 'p1000', 'nobody'] }],
    });
    expect(result.problems.map((p) => [p.path, p.code])).to.deep.equal([
      ['partners', 'too-many'],
      ['meetings[0].host[2]', 'unknown-host'],
    ]);
    expect(result.data!.meetings[0].hosts).to.deep.equal(['p0']);
  });

  it('reads a meeting number -0 as 0, and a latitude 1e400 as out of range', () => {
    const result = parseJsonText(
      '{"schemaVersion":1,"project":{"title":"x"},"partners":[{"id":"p","name":"P","country":"SE","lat":1e400,"lon":0}],' +
        '"meetings":[{"id":"m","start":"2017-01-01","country":"SE","number":-0}]}',
    );
    expect(Object.is(result.data!.meetings[0].number, 0)).to.equal(true);
    expect(result.problems[0]).to.include({ code: 'out-of-range', path: 'partners[0].lat', value: 'Infinity' });
  });

  it('keeps dates in the years 0001-0099 as written', () => {
    const result = parseDocument({ ...minimal(), project: { title: 'x', start: '0099-12-31' } });
    expect(result.problems).to.deep.equal([]);
    expect(result.data!.project.start).to.equal('0099-12-31');
  });

  it('names a host once, however often it is listed', () => {
    const result = parseDocument({
      ...minimal(),
      partners: [{ id: 'a', name: 'A', country: 'SE' }],
      meetings: [{ id: 'm', start: '2017-01-01', country: 'SE', host: ['a', 'a'] }],
    });
    expect(result.data!.meetings[0].hosts).to.deep.equal(['a']);
  });
});
