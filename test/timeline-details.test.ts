import { expect, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import ICAL from 'ical.js';
import '../src/index.js';
import type { EvolaqTimelineElement } from '../src/elements/timeline/evolaq-timeline.js';
import { LANGUAGES, accessibleNames, demoData, mount, settled, setTimezone, useLanguage, waitFor } from './support/helpers.js';

async function timeline(data?: unknown, attributes: Record<string, string> = {}): Promise<EvolaqTimelineElement> {
  const element = document.createElement('evolaq-timeline');
  element.setAttribute('now', '2017-04-20');
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  element.data = data ?? (await demoData());
  mount(html`${element}`);
  return settled(element);
}

const item = (element: Element, id: string) => element.shadowRoot!.getElementById(`evolaq-meeting-${id}`)!;
const item_ = item;
const toggle = (element: Element, id: string) => item(element, id).querySelector<HTMLButtonElement>('.toggle')!;
const details = (element: Element, id: string) => item(element, id).querySelector<HTMLElement>('.details')!;

/** Shown to the eye: hidden="until-found" keeps a box (for find-in-page) but shows nothing of it. */
function isShown(element: HTMLElement): boolean {
  return element.getBoundingClientRect().height > 0 && element.checkVisibility();
}

/** Moves the address to a meeting, as following a link does. */
function goTo(hash: string): void {
  history.replaceState(null, '', hash);
  window.dispatchEvent(new HashChangeEvent('hashchange'));
}

async function open(element: EvolaqTimelineElement, id: string): Promise<void> {
  toggle(element, id).click();
  await element.updateComplete;
}

/**
 * The calendar file a click offers for download, caught where it becomes a Blob URL (the writer
 * loads on the first click, so the file comes a moment later).
 */
async function downloaded(click: () => void): Promise<string> {
  const original = URL.createObjectURL;
  let blob: Blob | undefined;
  URL.createObjectURL = (object: Blob | MediaSource) => {
    blob = object as Blob;
    return original.call(URL, object);
  };
  try {
    click();
    await waitFor(() => blob, 'a file offered');
  } finally {
    URL.createObjectURL = original;
  }
  expect(blob!.type).to.equal('text/calendar;charset=utf-8');
  return blob!.text();
}

describe('<evolaq-timeline> in depth', () => {
  beforeEach(() => useLanguage('en'));
  afterEach(() => history.replaceState(null, '', location.pathname + location.search));

  describe('accessibility', () => {
    for (const language of LANGUAGES) {
      it(`passes the a11y audit with details closed and open in ${language}`, async () => {
        await useLanguage(language);
        const element = await timeline();
        await expect(element).to.be.accessible();
        await open(element, 'collecchio-2017');
        await open(element, 'linz-2016');
        await expect(element).to.be.accessible();
      });
    }
  });

  describe('meeting details', () => {
    it('opens and closes with a real disclosure button', async () => {
      const element = await timeline();
      const button = toggle(element, 'collecchio-2017');
      expect(button.getAttribute('aria-expanded')).to.equal('false');
      expect(button.getAttribute('aria-controls')).to.equal('details-collecchio-2017');
      expect(isShown(details(element, 'collecchio-2017'))).to.equal(false);
      await open(element, 'collecchio-2017');
      expect(button.getAttribute('aria-expanded')).to.equal('true');
      expect(isShown(details(element, 'collecchio-2017'))).to.equal(true);
      expect(details(element, 'collecchio-2017').textContent).to.contain('four workshops');
      await open(element, 'collecchio-2017');
      expect(button.getAttribute('aria-expanded')).to.equal('false');
    });

    it("tells the meetings' links and calendar buttons apart by the meeting they belong to", async () => {
      const data = await demoData();
      data.meetings[6].link = 'https://example.org/collecchio';
      data.meetings[6].report.link = 'https://example.org/collecchio-report';
      const element = await timeline(data);
      await open(element, 'collecchio-2017');
      await open(element, 'skovde-2017');
      const described = (role: string, name: string) =>
        accessibleNames(role).then((nodes) => nodes.filter((node) => node.name === name).map((node) => node.description));
      expect(await described('link', 'More about this meeting')).to.deep.equal(['Volunteering festival and workshops']);
      expect(await described('link', 'Read the full report')).to.deep.equal(['Volunteering festival and workshops']);
      expect(await described('button', 'Add to calendar')).to.deep.equal([
        'Volunteering festival and workshops',
        'Young people as volunteers',
      ]);
    });

    it('keeps the open meeting open, and only it, when new data puts a meeting before it', async () => {
      const data = await demoData();
      const element = await timeline(data);
      await open(element, 'collecchio-2017');
      const added = { ...data.meetings[0], id: 'early-2015', start: '2015-05-04', end: '2015-05-05', number: undefined };
      element.data = { ...data, meetings: [added, ...data.meetings] };
      await settled(element);
      const expanded = [...element.shadowRoot!.querySelectorAll('li.meeting')]
        .filter((li) => li.querySelector('.toggle')!.getAttribute('aria-expanded') === 'true')
        .map((li) => li.id);
      expect(expanded).to.deep.equal(['evolaq-meeting-collecchio-2017']);
      expect(isShown(details(element, 'collecchio-2017'))).to.equal(true);
      expect(isShown(details(element, 'early-2015'))).to.equal(false);
    });

    it('keeps focus on the same meeting when new data puts a meeting before it', async () => {
      const data = await demoData();
      const element = await timeline(data);
      toggle(element, 'collecchio-2017').focus();
      expect(element.shadowRoot!.activeElement).to.equal(toggle(element, 'collecchio-2017'));
      const added = { ...data.meetings[0], id: 'early-2015', start: '2015-05-04', end: '2015-05-05', number: undefined };
      element.data = { ...data, meetings: [added, ...data.meetings] };
      await settled(element);
      expect(element.shadowRoot!.activeElement).to.equal(toggle(element, 'collecchio-2017'));
    });

    it('keeps focus in the timeline, on the meeting now in its place, when new data removes the focused meeting', async () => {
      const data = await demoData();
      const element = await timeline(data);
      await open(element, 'collecchio-2017');
      details(element, 'collecchio-2017').querySelector<HTMLButtonElement>('button.calendar')!.focus();
      element.data = { ...data, meetings: data.meetings.filter((m: { id: string }) => m.id !== 'collecchio-2017') };
      await settled(element);
      // Collecchio was seventh: the seventh now is the meeting after it.
      expect(element.shadowRoot!.activeElement).to.equal(toggle(element, 'skovde-2017'));
    });

    it('puts the report heading one level below its meeting, with years or without', async () => {
      const grouped = await timeline();
      const item = item_(grouped, 'collecchio-2017');
      expect([
        item.querySelector('.heading')!.localName,
        item.querySelector('.report .heading, .report h5, .report h6')!.localName,
      ]).to.deep.equal(['h4', 'h5']);
      const data = await demoData();
      data.meetings = data.meetings.filter((m: { start: string }) => m.start.startsWith('2017'));
      const flat = await timeline(data);
      const flatItem = item_(flat, 'collecchio-2017');
      expect([
        flatItem.querySelector('.heading')!.localName,
        flatItem.querySelector('.report [class~="heading"], .report h4')!.localName,
      ]).to.deep.equal(['h3', 'h4']);
    });

    it('keeps the outline below level 6, where HTML has no heading element, with aria-level on h6', async () => {
      const element = await timeline(undefined, { 'heading-level': '6' });
      await open(element, 'collecchio-2017');
      const outline = (await accessibleNames('heading')).map((node) => node.name);
      const item = item_(element, 'collecchio-2017');
      const levels = [item.querySelector('.heading')!, item.querySelector('.report .heading')!].map((heading) => [
        heading.localName,
        heading.getAttribute('aria-level'),
      ]);
      expect(levels).to.deep.equal([
        ['h6', '8'],
        ['h6', '9'],
      ]);
      // Each a heading in Chromium's accessibility tree, named by its text.
      expect(outline).to.include.members(['Partner meetings', '2016', 'Volunteering festival and workshops', 'Report']);
      expect(element.shadowRoot!.querySelector('.year > .heading')!.getAttribute('aria-level')).to.equal('7');
      expect(getComputedStyle(item.querySelector('.heading')!).fontWeight).to.equal('700');
    });

    it('shows the report in paragraphs, with its author and publication date', async () => {
      const element = await timeline();
      await open(element, 'collecchio-2017');
      const report = details(element, 'collecchio-2017').querySelector('.report')!;
      expect(report.querySelectorAll('.text > p')).to.have.length(2);
      expect(report.querySelector('.byline')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
        'By Daugavpils project coordinator, published 20 May 2017',
      );
      expect(report.querySelector('time')!.getAttribute('datetime')).to.equal('2017-05-20');
    });

    it('rewrites the byline and its date in each language the visitor switches to', async () => {
      const element = await timeline();
      await open(element, 'collecchio-2017');
      const byline = () => details(element, 'collecchio-2017').querySelector('.report .byline')!;
      for (const [lang, text] of [
        ['de', 'Von Daugavpils project coordinator, veröffentlicht am 20. Mai 2017'],
        ['lv', 'Autors: Daugavpils project coordinator; publicēts: 2017. gada 20. maijs'],
        ['en', 'By Daugavpils project coordinator, published 20 May 2017'],
      ]) {
        await useLanguage(lang);
        await settled(element);
        expect(byline().textContent!.replace(/\s+/g, ' ').trim()).to.equal(text);
        expect([...byline().querySelectorAll('time')].map((time) => time.getAttribute('datetime'))).to.deep.equal(['2017-05-20']);
      }
    });

    it('writes the Italian byline without an article that 8 and 11 would need elided ("il 11")', async () => {
      const data = await demoData();
      data.meetings[6].report.published = '2017-05-11';
      await useLanguage('it');
      const element = await timeline(data);
      await open(element, 'collecchio-2017');
      const byline = details(element, 'collecchio-2017').querySelector('.report .byline')!.textContent!;
      expect(byline.replace(/\s+/g, ' ').trim()).to.match(/, pubblicato in data 11 maggio 2017$/);
    });

    it('writes a French report published on the first of a month as "1er"', async () => {
      const data = await demoData();
      data.meetings[6].report.published = '2017-06-01';
      await useLanguage('fr');
      const element = await timeline(data);
      await open(element, 'collecchio-2017');
      const time = details(element, 'collecchio-2017').querySelector('.report .byline time')!;
      expect(time.textContent).to.equal('1er juin 2017');
      expect(time.getAttribute('datetime')).to.equal('2017-06-01');
    });

    it('shows the report in the visitor language, and in a fallback language marked with its lang', async () => {
      const data = await demoData();
      data.meetings[6].report.text = { lv: 'Latviski.\n\nOtrā rindkopa.', en: 'In English.\n\nSecond paragraph.' };
      await useLanguage('lv');
      let element = await timeline(data);
      await open(element, 'collecchio-2017');
      expect(details(element, 'collecchio-2017').querySelector('.report .text')!.textContent).to.contain('Latviski.');
      await useLanguage('fi');
      element = await timeline(data);
      await open(element, 'collecchio-2017');
      const text = details(element, 'collecchio-2017').querySelector('.report .text')!;
      expect(text.getAttribute('lang')).to.equal('en');
      expect(text.textContent).to.contain('In English.');
    });

    it('shows markup in the data as text, never as HTML', async () => {
      const data = await demoData();
      data.meetings[0].summary = '<img src=x onerror="window.__hacked = 1"><b>bold</b>';
      const element = await timeline(data);
      await open(element, 'linz-2016');
      const text = details(element, 'linz-2016').querySelector('.text')!;
      expect(text.querySelector('img, b')).to.equal(null);
      expect(text.textContent).to.contain('<b>bold</b>');
      expect((window as { __hacked?: number }).__hacked).to.equal(undefined);
    });

    it('lists the themes of a meeting', async () => {
      const element = await timeline();
      await open(element, 'collecchio-2017');
      expect(details(element, 'collecchio-2017').querySelectorAll('.themes > li')).to.have.length(4);
    });
  });

  describe('add to calendar', () => {
    afterEach(() => setTimezone(undefined));

    it('offers one meeting as an iCalendar file that a real parser reads', async () => {
      const element = await timeline();
      await open(element, 'collecchio-2017');
      const text = await downloaded(() =>
        details(element, 'collecchio-2017').querySelector<HTMLButtonElement>('button.calendar')!.click(),
      );
      expect(text.split('\r\n').length).to.be.above(10);
      expect(text.replace(/\r\n/g, '')).to.not.contain('\n');
      for (const line of text.split('\r\n')) expect(new TextEncoder().encode(line).length).to.be.at.most(75);
      const calendar = new ICAL.Component(ICAL.parse(text));
      const events = calendar.getAllSubcomponents('vevent').map((e) => new ICAL.Event(e));
      expect(events).to.have.length(1);
      const [event] = events;
      expect(event.uid).to.equal('collecchio-2017.evolaq@evolaq-widget');
      expect(event.summary).to.equal('EVOLAQ: Volunteering festival and workshops');
      expect(event.location).to.equal('Collecchio, Italy');
      expect(event.description).to.contain('four workshops');
      expect(event.startDate.isDate).to.equal(true);
      expect(event.startDate.toString()).to.equal('2017-05-11');
      // DTEND of an all-day event is the day after the last day.
      expect(event.endDate.toString()).to.equal('2017-05-15');
      expect(calendar.getFirstSubcomponent('vevent')!.getFirstPropertyValue('url')).to.equal(
        `${location.href.split('#')[0]}#evolaq-meeting-collecchio-2017`,
      );
    });

    it('writes no control character from the data, and no year past 9999', async () => {
      const data = await demoData();
      const meeting = data.meetings.find((m: { id: string }) => m.id === 'collecchio-2017');
      meeting.title = { en: 'Kick\u0000off\u000b meeting\u001b[31m\u007f' };
      meeting.end = '9999-12-31';
      const element = await timeline(data);
      await open(element, 'collecchio-2017');
      const text = await downloaded(() =>
        details(element, 'collecchio-2017').querySelector<HTMLButtonElement>('button.calendar')!.click(),
      );
      expect(text.replace(/\r\n/g, '')).to.not.match(/[\0-\x08\n-\x1f\x7f]/);
      const [event] = new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent').map((e) => new ICAL.Event(e));
      expect(event.summary).to.equal('EVOLAQ: Kickoff meeting[31m');
      expect(text).to.contain('\r\nDTEND;VALUE=DATE:99991231\r\n');
    });

    it('links the page by its canonical address, not by the address it was opened with', async () => {
      // A newsletter's link: the token and the address must not travel on in a shared calendar file.
      const opened = location.href;
      history.replaceState(null, '', `${location.pathname}?token=secret&email=visitor%40example.org`);
      const canonical = Object.assign(document.createElement('link'), {
        rel: 'canonical',
        href: 'https://www.example.org/evolaq/',
      });
      // One in the page's content (a post, a comment) is nobody's word for the page.
      const posted = Object.assign(document.createElement('link'), { rel: 'canonical', href: 'https://attacker.example/prize' });
      document.body.prepend(posted);
      try {
        const first = await timeline(undefined, { 'structured-data': '' });
        const button = first.shadowRoot!.querySelector<HTMLButtonElement>('.actions button.calendar')!;
        expect(await downloaded(() => button.click())).to.not.contain('attacker');
        const written = await waitFor(() => first.querySelector('script[type="application/ld+json"]'), 'structured data');
        expect(written.textContent).to.not.contain('attacker');
        first.remove();
        document.head.append(canonical);
        const element = await timeline(undefined, { 'structured-data': '' });
        const text = await downloaded(() =>
          element.shadowRoot!.querySelector<HTMLButtonElement>('.actions button.calendar')!.click(),
        );
        const urls = new ICAL.Component(ICAL.parse(text))
          .getAllSubcomponents('vevent')
          .map((e) => e.getFirstPropertyValue('url') as string);
        expect(urls).to.include('https://www.example.org/evolaq/#evolaq-meeting-collecchio-2017');
        const script = await waitFor(() => element.querySelector('script[type="application/ld+json"]'), 'the structured data');
        expect(script.textContent).to.contain('https://www.example.org/evolaq/#evolaq-meeting-').and.not.contain('secret');
        expect(text).to.not.contain('secret');
      } finally {
        canonical.remove();
        posted.remove();
        history.replaceState(null, '', opened);
      }
    });

    it('links the page by its path when it was opened with an address of megabytes', async () => {
      const opened = location.href;
      history.replaceState(null, '', `${location.pathname}?q=${'x'.repeat(1_000_000)}`);
      try {
        const element = await timeline(undefined, { 'structured-data': '' });
        const script = await waitFor(() => element.querySelector('script[type="application/ld+json"]'), 'the structured data');
        expect(script.textContent!.length).to.be.below(50_000);
        expect(script.textContent).to.contain(`${location.origin}${location.pathname}#evolaq-meeting-collecchio-2017`);
      } finally {
        history.replaceState(null, '', opened);
      }
    });

    it('links the page by its origin when its path itself is of megabytes (a site that serves any path)', async () => {
      // A single-page app's fallback, or PATH_INFO, serves the page at any path: cutting the query leaves it whole.
      const opened = location.href;
      history.replaceState(null, '', `/${'x'.repeat(1_000_000)}`);
      try {
        const element = await timeline(undefined, { 'structured-data': '' });
        const script = await waitFor(() => element.querySelector('script[type="application/ld+json"]'), 'the structured data');
        expect(script.textContent!.length).to.be.below(50_000);
        const ids = JSON.parse(script.textContent!)['@graph'].map((node: { '@id'?: string }) => node['@id']);
        expect(ids).to.include(`${location.origin}/#evolaq-meeting-collecchio-2017`);
      } finally {
        history.replaceState(null, '', opened);
      }
    });

    it("cuts a canonical address of over 2,048 characters to the canonical's path, not the address opened", async () => {
      const opened = location.href;
      history.replaceState(null, '', `${location.pathname}?p=123`);
      const canonical = Object.assign(document.createElement('link'), {
        rel: 'canonical',
        href: `https://www.example.org/evolaq/?ref=${'z'.repeat(3000)}`,
      });
      document.head.append(canonical);
      try {
        const element = await timeline(undefined, { 'structured-data': '' });
        const script = await waitFor(() => element.querySelector('script[type="application/ld+json"]'), 'the structured data');
        const ids = JSON.parse(script.textContent!)['@graph'].map((node: { '@id'?: string }) => node['@id']);
        expect(ids).to.include('https://www.example.org/evolaq/#evolaq-meeting-collecchio-2017');
        expect(script.textContent!.includes(location.origin)).to.equal(false);
      } finally {
        canonical.remove();
        history.replaceState(null, '', opened);
      }
    });

    it('tells projects apart in a calendar also by a Greek acronym', async () => {
      // Two projects whose acronyms lost every letter to an ASCII-only slug ("-") would share their meetings' UIDs.
      const data = await demoData();
      data.project.acronym = 'ΕΥΟΛΑΚ';
      const element = await timeline(data);
      const text = await downloaded(() =>
        element.shadowRoot!.querySelector<HTMLButtonElement>('.actions button.calendar')!.click(),
      );
      const [event] = new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent').map((e) => new ICAL.Event(e));
      expect(decodeURIComponent(event.uid)).to.equal('linz-2016.ευολακ@evolaq-widget');
    });

    for (const zone of ['Pacific/Pago_Pago', 'Pacific/Kiritimati']) {
      it(`keeps the days in ${zone}`, async () => {
        await setTimezone(zone);
        const element = await timeline();
        const text = await downloaded(() =>
          element.shadowRoot!.querySelector<HTMLButtonElement>('.actions button.calendar')!.click(),
        );
        const events = new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent').map((e) => new ICAL.Event(e));
        expect(events.map((e) => `${e.startDate.toString()}/${e.endDate.toString()}`)).to.deep.equal([
          '2016-03-01/2016-03-04',
          '2016-05-30/2016-06-03',
          '2016-10-24/2016-10-28',
          '2016-11-21/2016-11-25',
          '2017-03-14/2017-03-17',
          '2017-04-10/2017-04-13',
          '2017-05-11/2017-05-15',
          '2017-09-19/2017-09-22',
          '2017-12-12/2017-12-15',
        ]);
        const local = events[0].startDate.toJSDate();
        expect([local.getFullYear(), local.getMonth() + 1, local.getDate()]).to.deep.equal([2016, 3, 1]);
      });
    }

    it('makes one file for two quick clicks while the calendar writer loads', async () => {
      const element = await timeline();
      const original = URL.createObjectURL;
      let files = 0;
      URL.createObjectURL = (object: Blob | MediaSource) => {
        files++;
        return original.call(URL, object);
      };
      try {
        const button = element.shadowRoot!.querySelector<HTMLButtonElement>('.actions button.calendar')!;
        button.click();
        button.click();
        await waitFor(() => files > 0, 'a file');
        await new Promise((resolve) => setTimeout(resolve, 100));
      } finally {
        URL.createObjectURL = original;
      }
      expect(files).to.equal(1);
    });

    it('escapes commas, semicolons and line breaks and folds long lines', async () => {
      const data = await demoData();
      data.meetings[0].summary = 'Kick-off; partners, plans\nand a very long line '.repeat(6);
      const element = await timeline(data);
      await open(element, 'linz-2016');
      const text = await downloaded(() =>
        details(element, 'linz-2016').querySelector<HTMLButtonElement>('button.calendar')!.click(),
      );
      expect(text).to.contain('Kick-off\\; partners\\, plans\\nand');
      const event = new ICAL.Event(new ICAL.Component(ICAL.parse(text)).getFirstSubcomponent('vevent')!);
      expect(event.description).to.equal(
        `${data.meetings[0].summary.trim()}\n\n${location.href.split('#')[0]}#evolaq-meeting-linz-2016`,
      );
    });

    it('ends the description with the address, which Google Calendar and Outlook would drop from URL', async () => {
      const data = await demoData();
      const collecchio = data.meetings.find((m: { id: string }) => m.id === 'collecchio-2017');
      collecchio.link = 'https://www.comune.collecchio.pr.it/evolaq?a=1,2;3';
      delete data.meetings[0].summary;
      const element = await timeline(data);
      const text = await downloaded(() =>
        element.shadowRoot!.querySelector<HTMLButtonElement>('.actions button.calendar')!.click(),
      );
      const events = new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent');
      const linz = events.find((e) => e.getFirstPropertyValue('uid') === 'linz-2016.evolaq@evolaq-widget')!;
      const festival = events.find((e) => e.getFirstPropertyValue('uid') === 'collecchio-2017.evolaq@evolaq-widget')!;
      // Without a summary, the address alone; with a link of its own, that link, after the summary.
      expect(linz.getFirstPropertyValue('description')).to.equal(`${location.href.split('#')[0]}#evolaq-meeting-linz-2016`);
      expect(festival.getFirstPropertyValue('description')).to.match(
        /four workshops.*\n\nhttps:\/\/www\.comune\.collecchio\.pr\.it\/evolaq\?a=1,2;3$/s,
      );
      expect(festival.getFirstPropertyValue('url')).to.equal('https://www.comune.collecchio.pr.it/evolaq?a=1,2;3');
    });

    it('writes the calendar texts in the visitor language', async () => {
      await useLanguage('de');
      const element = await timeline();
      await open(element, 'collecchio-2017');
      const text = await downloaded(() =>
        details(element, 'collecchio-2017').querySelector<HTMLButtonElement>('button.calendar')!.click(),
      );
      expect(new ICAL.Event(new ICAL.Component(ICAL.parse(text)).getFirstSubcomponent('vevent')!).location).to.equal(
        'Collecchio, Italien',
      );
    });
  });

  describe('deep links', () => {
    afterEach(() => emulateMedia({ reducedMotion: 'no-preference' }));

    it('opens, scrolls to and focuses the meeting named in the address, once its data is there', async () => {
      await emulateMedia({ reducedMotion: 'reduce' });
      goTo('#evolaq-meeting-cervia-2017');
      const wrapper = mount(
        html`<div style="height: 3000px"></div>
          <evolaq-timeline now="2017-04-20" src="/demo/evolaq.json"></evolaq-timeline>`,
      );
      const element = wrapper.querySelector('evolaq-timeline')!;
      for (let i = 0; i < 200 && element.shadowRoot!.activeElement === null; i++) await new Promise((r) => setTimeout(r, 10));
      expect(toggle(element, 'cervia-2017').getAttribute('aria-expanded')).to.equal('true');
      expect(element.shadowRoot!.activeElement).to.equal(toggle(element, 'cervia-2017'));
      const top = item(element, 'cervia-2017').getBoundingClientRect().top;
      expect(top).to.be.within(-1, window.innerHeight);
    });

    it('lets the first timeline in document order answer', async () => {
      goTo('#evolaq-meeting-linz-2016');
      const data = await demoData();
      const wrapper = mount(
        html`<evolaq-timeline .data=${data}></evolaq-timeline><evolaq-timeline .data=${data}></evolaq-timeline>`,
      );
      const [first, second] = [...wrapper.children] as EvolaqTimelineElement[];
      await settled(first);
      await settled(second);
      await new Promise((r) => setTimeout(r, 20));
      expect(toggle(first, 'linz-2016').getAttribute('aria-expanded')).to.equal('true');
      expect(toggle(second, 'linz-2016').getAttribute('aria-expanded')).to.equal('false');
    });

    it('answers again after Back, when an app makes a new timeline for the address', async () => {
      goTo('#evolaq-meeting-linz-2016');
      const first = await timeline();
      await waitFor(() => toggle(first, 'linz-2016').getAttribute('aria-expanded') === 'true', 'the first answer');
      first.remove();
      // The app's router went elsewhere with pushState and comes Back: popstate, no hashchange.
      window.dispatchEvent(new PopStateEvent('popstate'));
      const second = await timeline();
      await waitFor(() => toggle(second, 'linz-2016').getAttribute('aria-expanded') === 'true', 'the second answer');
    });

    it("does not move a visitor on Back to the same address while the timeline that answered is there (a lightbox's Back)", async () => {
      goTo('#evolaq-meeting-linz-2016');
      const element = await timeline();
      await waitFor(() => toggle(element, 'linz-2016').getAttribute('aria-expanded') === 'true', 'the answer');
      const search = mount(html`<input aria-label="Search" />`).firstElementChild as HTMLInputElement;
      // A lightbox opens with pushState and closes with Back: popstate, the same address.
      history.pushState(null, '', location.href);
      const back = new Promise((resolve) => window.addEventListener('popstate', resolve, { once: true }));
      history.back();
      await back;
      search.focus();
      element.requestUpdate();
      await element.updateComplete;
      await new Promise((r) => setTimeout(r, 20));
      expect(document.activeElement?.localName).to.equal('input');
    });

    it("does not move a visitor after a lightbox that wrote its own query beside the meeting's hash and closed with Back", async () => {
      goTo('#evolaq-meeting-linz-2016');
      const element = await timeline();
      await waitFor(() => toggle(element, 'linz-2016').getAttribute('aria-expanded') === 'true', 'the answer');
      const search = mount(html`<input aria-label="Search" />`).firstElementChild as HTMLInputElement;
      const url = new URL(location.href);
      url.searchParams.set('photo', '2');
      history.pushState(null, '', url);
      const back = new Promise((resolve) => window.addEventListener('popstate', resolve, { once: true }));
      history.back();
      await back;
      search.focus();
      toggle(element, 'linz-2016').click();
      search.focus();
      await element.updateComplete;
      await new Promise((r) => setTimeout(r, 50));
      expect(toggle(element, 'linz-2016').getAttribute('aria-expanded')).to.equal('false');
      expect(document.activeElement?.localName).to.equal('input');
    });

    it('lets the visitor close the meeting of the address after downloading its calendar file (a download is no link followed)', async () => {
      goTo('#evolaq-meeting-linz-2016');
      const element = await timeline();
      await waitFor(() => toggle(element, 'linz-2016').getAttribute('aria-expanded') === 'true', 'the answer');
      await downloaded(() => details(element, 'linz-2016').querySelector<HTMLButtonElement>('button.calendar')!.click());
      await new Promise((r) => setTimeout(r, 50));
      toggle(element, 'linz-2016').click();
      await element.updateComplete;
      await new Promise((r) => setTimeout(r, 50));
      expect(toggle(element, 'linz-2016').getAttribute('aria-expanded')).to.equal('false');
    });

    it('reveals a meeting that the view filters out', async () => {
      goTo('#evolaq-meeting-linz-2016');
      const element = await timeline(undefined, { view: 'upcoming' });
      await new Promise((r) => setTimeout(r, 20));
      await element.updateComplete;
      expect(isShown(item(element, 'linz-2016'))).to.equal(true);
    });

    it('writes the chosen meeting into the address without a history entry', async () => {
      const element = await timeline();
      const entries = history.length;
      await open(element, 'skovde-2017');
      expect(location.hash).to.equal('#evolaq-meeting-skovde-2017');
      expect(history.length).to.equal(entries);
    });

    it('leaves the address alone with no-hash', async () => {
      const element = await timeline(undefined, { 'no-hash': '' });
      await open(element, 'skovde-2017');
      expect(location.hash).to.equal('');
    });
  });

  describe('views and long timelines', () => {
    it('groups meetings by year under year headings', async () => {
      const element = await timeline();
      expect([...element.shadowRoot!.querySelectorAll('.year > .heading')].map((h) => h.textContent)).to.deep.equal([
        '2016',
        '2017',
      ]);
    });

    it('shows only upcoming meetings, or only past ones', async () => {
      const ids = (element: Element) =>
        [...element.shadowRoot!.querySelectorAll('li.meeting')].map((li) => li.id.replace('evolaq-meeting-', ''));
      expect(ids(await timeline(undefined, { view: 'upcoming' }))).to.deep.equal([
        'collecchio-2017',
        'skovde-2017',
        'cervia-2017',
      ]);
      expect(ids(await timeline(undefined, { view: 'past' }))).to.have.length(6);
    });

    it('keeps hundreds of meetings usable: show more keeps focus, every meeting stays in the page', async () => {
      const data = {
        schemaVersion: 1,
        project: { title: 'Long' },
        meetings: Array.from({ length: 300 }, (_, i) => ({
          id: `m${i}`,
          start: `${2000 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}-01`,
          country: 'SE',
          title: `Meeting number ${i}`,
        })),
      };
      // (Before the first meeting: the next meeting, always shown, is the first.)
      const element = await timeline(data, { 'page-size': '25', now: '1999-12-31' });
      const items = [...element.shadowRoot!.querySelectorAll<HTMLElement>('li.meeting')];
      expect(items).to.have.length(300);
      expect(items.filter(isShown)).to.have.length(25);
      const more = element.shadowRoot!.querySelector<HTMLButtonElement>('button.more')!;
      expect(more.textContent!.trim()).to.equal('Show more meetings (275)');
      more.focus();
      more.click();
      await element.updateComplete;
      await element.updateComplete;
      expect(element.shadowRoot!.activeElement).to.equal(toggle(element, 'm25'));
      expect(items.filter(isShown)).to.have.length(50);
    });

    it('never hides the meeting under way or the next one behind "Show more"', async () => {
      // Four years of meetings, 30 days apart: today is in the 22nd, so the 23rd is next.
      const day = (i: number, plus = 0) => new Date(Date.UTC(2023, 0, 1 + 30 * i + plus)).toISOString().slice(0, 10);
      const data = {
        schemaVersion: 1,
        project: { title: 'Long' },
        meetings: Array.from({ length: 25 }, (_, i) => ({ id: `m${i}`, start: day(i), end: day(i, 2), country: 'BE' })),
      };
      const element = await timeline(data, { now: day(21, 1) });
      const items = [...element.shadowRoot!.querySelectorAll<HTMLElement>('li.meeting')];
      expect(items.filter(isShown).map((item) => item.id.replace('evolaq-meeting-', ''))).to.deep.equal(
        Array.from({ length: 23 }, (_, i) => `m${i}`),
      );
      expect(items[21].className).to.contain('ongoing');
      expect(items[22].className).to.contain('next');
      const more = element.shadowRoot!.querySelector<HTMLButtonElement>('button.more')!;
      expect(more.textContent!.trim()).to.equal('Show more meetings (2)');
      more.click();
      await element.updateComplete;
      expect(items.filter(isShown)).to.have.length(25);
    });
  });

  describe('page-size written wrong', () => {
    for (const [written, shown, more] of [
      ['abc', 9, ''],
      ['0', 9, ''],
      ['-3', 9, ''],
      ['2.5', 2, 'Show more meetings (7)'],
    ] as const) {
      it(`shows ${shown} meetings for page-size="${written}"`, async () => {
        // 9 demo meetings: all of them within the default 20; a fraction counts whole meetings.
        // (Before the first meeting, so that the next meeting, always shown, is the first.)
        const element = await timeline(undefined, { 'page-size': written, now: '2015-01-01' });
        const items = [...element.shadowRoot!.querySelectorAll<HTMLElement>('li.meeting')];
        expect(items.filter(isShown)).to.have.length(shown);
        expect(element.shadowRoot!.querySelector('button.more')?.textContent!.trim() ?? '').to.equal(more);
      });
    }
  });

  describe('beyond "Show more", for screen readers and the eye', () => {
    it('hides the meetings beyond the page from the accessibility tree, and a year with none shown, until shown', async () => {
      const element = await timeline(undefined, { 'page-size': '3', compact: '', now: '2015-01-01' });
      const root = element.shadowRoot!;
      const years = [...root.querySelectorAll<HTMLElement>('.year')];
      const shownYears = () => years.filter(isShown).map((year) => year.querySelector('h3')!.textContent!.trim());
      expect(shownYears()).to.deep.equal(['2016']);
      expect(years.map((year) => year.getAttribute('aria-hidden'))).to.deep.equal([null, 'true']);
      const items = [...root.querySelectorAll<HTMLElement>('li.meeting')];
      expect(items.map((li) => li.getAttribute('aria-hidden'))).to.deep.equal([...Array(3).fill(null), ...Array(6).fill('true')]);
      // A hidden meeting takes no room, in the compact layout too.
      expect(getComputedStyle(items[3]).marginTop).to.equal('0px');
      // The line from the last meeting shown stops there.
      expect(getComputedStyle(items[2], '::before').display).to.equal('none');
      expect(getComputedStyle(items[1], '::before').display).to.not.equal('none');
      // No room taken by the years beyond it either: "Show more" follows the last meeting shown.
      const gap = root.querySelector('.actions')!.getBoundingClientRect().top - years[0].getBoundingClientRect().bottom;
      expect(gap).to.be.below(30);
      root.querySelector<HTMLButtonElement>('button.more')!.click();
      await element.updateComplete;
      expect(items.filter((li) => !li.hasAttribute('aria-hidden'))).to.have.length(6);
      expect(shownYears()).to.deep.equal(['2016', '2017']);
    });
  });

  describe('find-in-page', () => {
    // What the browser does when find-in-page or a text fragment matches hidden="until-found"
    // content: a bubbling `beforematch` at the hidden element, then it shows it.
    const found = (target: HTMLElement) => target.dispatchEvent(new Event('beforematch', { bubbles: true }));

    it('keeps closed details and meetings beyond "show more" findable: hidden until found, not plainly hidden', async () => {
      const element = await timeline(undefined, { 'page-size': '2', now: '2015-01-01' });
      expect(details(element, 'linz-2016').getAttribute('hidden')).to.equal('until-found');
      expect(item(element, 'cervia-2017').getAttribute('hidden')).to.equal('until-found');
      expect(item(element, 'linz-2016').hasAttribute('hidden')).to.equal(false);
      await open(element, 'linz-2016');
      expect(details(element, 'linz-2016').hasAttribute('hidden')).to.equal(false);
    });

    it('opens the details of a closed meeting where text was found', async () => {
      const element = await timeline();
      expect(isShown(details(element, 'collecchio-2017'))).to.equal(false);
      found(details(element, 'collecchio-2017'));
      await element.updateComplete;
      expect(toggle(element, 'collecchio-2017').getAttribute('aria-expanded')).to.equal('true');
      expect(isShown(details(element, 'collecchio-2017'))).to.equal(true);
      expect(toggle(element, 'cervia-2017').getAttribute('aria-expanded')).to.equal('false');
    });

    it('shows every meeting when text was found in a year beyond "show more"', async () => {
      const element = await timeline(undefined, { 'page-size': '2', now: '2015-01-01' });
      const years = [...element.shadowRoot!.querySelectorAll<HTMLElement>('.year')];
      const hiddenYear = years.find((year) => year.getAttribute('hidden') === 'until-found')!;
      found(hiddenYear);
      await element.updateComplete;
      expect(years.every(isShown)).to.equal(true);
      expect([...element.shadowRoot!.querySelectorAll<HTMLElement>('li.meeting')].every(isShown)).to.equal(true);
    });

    it('shows every meeting when text was found in one beyond "show more"', async () => {
      const element = await timeline(undefined, { 'page-size': '2', now: '2015-01-01' });
      const items = [...element.shadowRoot!.querySelectorAll<HTMLElement>('li.meeting')];
      expect(items.filter(isShown)).to.have.length(2);
      found(items[5]);
      await element.updateComplete;
      expect(items.filter(isShown)).to.have.length(9);
      expect(element.shadowRoot!.querySelector('button.more')).to.equal(null);
    });
  });

  describe('structured data', () => {
    it('writes schema.org events into the light DOM when asked', async () => {
      const element = await timeline(undefined, { 'structured-data': '' });
      const script = element.querySelector('script[type="application/ld+json"]')!;
      const json = JSON.parse(script.textContent!);
      const events = json['@graph'].filter((node: { '@type': string }) => node['@type'] === 'Event');
      expect(events).to.have.length(9);
      const collecchio = events.find((e: { startDate: string }) => e.startDate === '2017-05-11');
      expect(collecchio).to.deep.include({ name: 'Volunteering festival and workshops', endDate: '2017-05-14' });
      expect(collecchio.location).to.deep.include({ '@type': 'Place', name: 'Collecchio, Italy' });
      const project = json['@graph'].find((node: { '@type': string }) => node['@type'] === 'Project');
      expect(project.member).to.have.length(9);
      // The organiser is one of the project's members, named by its @id.
      const organizer = project.member.find((member: { '@id': string }) => member['@id'] === collecchio.organizer[0]['@id']);
      expect(organizer).to.deep.include({ '@type': 'Organization', name: 'Municipality of Collecchio' });
    });

    it("writes its data again when a site's script took the JSON-LD elsewhere (into <head>)", async () => {
      const element = await timeline(undefined, { 'structured-data': '' });
      const moved = await waitFor(() => element.querySelector('script[type="application/ld+json"]'), 'the structured data');
      document.head.append(moved);
      try {
        await useLanguage('de');
        const script = await waitFor(() => element.querySelector('script[type="application/ld+json"]'), 'new structured data');
        expect(JSON.parse(script.textContent!)['@graph'][1].inLanguage).to.equal('de');
      } finally {
        moved.remove();
      }
    });

    it('writes JSON that a crawler reading the page as rendered HTML reads whole, in every language', async () => {
      const element = await timeline(undefined, { 'structured-data': '' });
      const reparsed = () => {
        // (What a crawler's renderer hands on: the page as HTML, parsed again.)
        const copy = new DOMParser().parseFromString(`<body>${element.innerHTML}</body>`, 'text/html');
        return JSON.parse(copy.querySelector('script[type="application/ld+json"]')!.textContent!);
      };
      expect(reparsed()['@graph'][0]['@type']).to.equal('Project');
      await useLanguage('lv');
      await waitFor(() => reparsed()['@graph'].some((node: { inLanguage?: string }) => node.inLanguage === 'lv'), 'Latvian');
      expect(element.querySelectorAll('script')).to.have.length(1);
    });

    it('writes the data once when several elements on the page show it, and another writes it when that one goes or changes', async () => {
      const data = await demoData();
      const page = mount(
        html`<evolaq-summary structured-data .data=${data}></evolaq-summary
          ><evolaq-timeline structured-data .data=${data}></evolaq-timeline
          ><evolaq-project structured-data .data=${data}></evolaq-project>`,
      );
      for (const element of page.children) await settled(element);
      const scripts = () => [...document.querySelectorAll('script[type="application/ld+json"]')];
      await waitFor(() => scripts().length > 0, 'the structured data');
      for (const element of page.children) await settled(element);
      expect(scripts()).to.have.length(1);
      expect(scripts()[0].parentElement!.parentElement!.localName).to.equal('evolaq-summary');
      // The element that wrote it goes: another one writes it.
      page.children[0].remove();
      await waitFor(() => scripts().length === 1, 'the structured data written again');
      for (const element of page.children) await settled(element);
      expect(scripts()).to.have.length(1);
      expect(scripts()[0].parentElement!.parentElement!.localName).to.not.equal('evolaq-summary');
      // That one gets other data: the third writes the first data again beside it.
      const other = structuredClone(data);
      other.project.title = 'Another project';
      (scripts()[0].parentElement!.parentElement as EvolaqTimelineElement).data = other;
      await waitFor(() => scripts().length === 2, 'both projects written');
      expect(
        scripts()
          .map((script) => JSON.parse(script.textContent!)['@graph'][0].name)
          .sort(),
      ).to.deep.equal(['Another project', 'Enhancing Volunteering Actions and Quality in Europe']);
    });

    it('keeps its block when a theme moves it, and a copy made by cloneNode adds none', async () => {
      const data = await demoData();
      const page = mount(
        html`<div><evolaq-summary structured-data .data=${data}></evolaq-summary></div>
          <div></div>`,
      );
      const summary = page.querySelector('evolaq-summary')!;
      const scripts = () => [...document.querySelectorAll('script[type="application/ld+json"]')];
      await waitFor(() => scripts().length === 1, 'the structured data');
      page.lastElementChild!.append(summary);
      await settled(summary);
      await new Promise((r) => setTimeout(r, 50));
      expect(scripts()).to.have.length(1);
      // A carousel's loop copies its slides, written block and all.
      const copy = page.firstElementChild!.appendChild(summary.cloneNode(true) as typeof summary);
      copy.data = data;
      await settled(copy);
      await new Promise((r) => setTimeout(r, 50));
      expect(scripts()).to.have.length(1);
      expect(scripts()[0].closest('evolaq-summary')).to.equal(summary);
    });

    it('writes nothing without the attribute', async () => {
      const element = await timeline();
      expect(element.querySelector('script')).to.equal(null);
    });

    it('keeps a </script> in the data inside the JSON', async () => {
      const data = await demoData();
      data.meetings[0].title = '</script><script>window.__ld = 1</script>';
      const element = await timeline(data, { 'structured-data': '' });
      const scripts = element.querySelectorAll('script');
      expect(scripts).to.have.length(1);
      expect(JSON.stringify(JSON.parse(scripts[0].textContent!))).to.contain('</script><script>window.__ld = 1</script>');
    });
  });

  describe('print', () => {
    afterEach(() => emulateMedia({ media: 'screen' }));

    it('prints every meeting opened, without buttons, links written out', async () => {
      const data = await demoData();
      data.meetings[0].link = 'https://example.org/linz';
      const element = await timeline(data, { 'page-size': '3' });
      await emulateMedia({ media: 'print' });
      const root = element.shadowRoot!;
      const items = [...root.querySelectorAll<HTMLElement>('li.meeting')];
      expect(items.every(isShown)).to.equal(true);
      expect([...root.querySelectorAll<HTMLElement>('.details')].every(isShown)).to.equal(true);
      // Spaced alike, those beyond "Show more" on screen too.
      const spacing = items.filter((li) => li.previousElementSibling).map((li) => getComputedStyle(li).marginTop);
      expect(new Set(spacing).size, spacing.join(' ')).to.equal(1);
      expect([...root.querySelectorAll<HTMLElement>('button.calendar, button.more')].some((b) => b.checkVisibility())).to.equal(
        false,
      );
      const link = root.querySelector('#details-linz-2016 a')!;
      expect(getComputedStyle(link, '::after').content).to.equal('" (https://example.org/linz)"');
      expect(getComputedStyle(root.querySelector('.when')!).color).to.equal('rgb(0, 0, 0)');
    });

    it("writes out the project's and the partners' links too", async () => {
      const project = document.createElement('evolaq-project');
      const data = await demoData();
      data.project.website = 'https://example.org/evolaq';
      data.partners[0].website = 'https://www.example.org/partner';
      project.data = data;
      mount(html`${project}`);
      await settled(project);
      await emulateMedia({ media: 'print' });
      const summary = project.shadowRoot!.querySelector('evolaq-summary')!.shadowRoot!;
      const partners = project.shadowRoot!.querySelector('evolaq-partners')!.shadowRoot!;
      const after = (link: Element) => getComputedStyle(link, '::after').content;
      expect(after(summary.querySelector('a[part="website"]')!)).to.match(/^" \(https:\/\/.+\)"$/);
      const partner = partners.querySelector('a[href]')!;
      expect(after(partner)).to.equal(`" (${partner.getAttribute('href')})"`);
    });
  });
});
