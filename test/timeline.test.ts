import { expect, fixture, html } from '@open-wc/testing';
import '../src/index.js';
import type { EvolaqTimelineElement } from '../src/elements/timeline/evolaq-timeline.js';
import { LANGUAGES, accessibleTexts, demoData, settled, setTimezone, useLanguage } from './support/helpers.js';

async function timeline(now = '2017-04-20', data?: unknown): Promise<EvolaqTimelineElement> {
  const element = await fixture<EvolaqTimelineElement>(
    html`<evolaq-timeline now=${now} .data=${data ?? (await demoData())}></evolaq-timeline>`,
  );
  return settled(element);
}

const meetings = (element: Element) => [...element.shadowRoot!.querySelectorAll<HTMLLIElement>('ol.meetings > li')];
const statuses = (element: Element) =>
  meetings(element).map((li) => ['past', 'ongoing', 'next', 'upcoming'].find((status) => li.classList.contains(status)));
const dates = (li: Element) => li.querySelector('.dates')!.textContent;

describe('<evolaq-timeline>', () => {
  beforeEach(() => useLanguage('en'));

  describe('accessibility', () => {
    for (const language of LANGUAGES) {
      it(`passes the a11y audit in ${language}`, async () => {
        await useLanguage(language);
        await expect(await timeline()).to.be.accessible();
      });
    }
  });

  describe('Greek', () => {
    it('gives screen readers the labels with their accents, not in the capitals drawn elsewhere', async () => {
      // Chromium hands assistive technology the text as drawn; Greek capitals drop the accents
      // that tell a speech engine where the stress is.
      await useLanguage('el');
      await timeline();
      const items = await accessibleTexts('listitem');
      const linz = items.find((text) => text.includes('Kick-off meeting'))!;
      expect(linz).to.contain('1η συνάντηση').and.contain('Ολοκληρώθηκε');
      expect(linz).to.not.contain('ΟΛΟΚΛΗΡΩΘΗΚΕ');
    });
  });

  describe('rendering', () => {
    it('lists the 9 meetings in date order in a real <ol>, each with its id', async () => {
      const items = meetings(await timeline());
      expect(items.map((li) => li.id)).to.deep.equal([
        'evolaq-meeting-linz-2016',
        'evolaq-meeting-norrkoping-2016',
        'evolaq-meeting-pforzheim-2016',
        'evolaq-meeting-dubrovnik-2016',
        'evolaq-meeting-daugavpils-2017',
        'evolaq-meeting-ilmajoki-2017',
        'evolaq-meeting-collecchio-2017',
        'evolaq-meeting-skovde-2017',
        'evolaq-meeting-cervia-2017',
      ]);
    });

    it('shows number, title, dates, place and host', async () => {
      const collecchio = meetings(await timeline())[6];
      expect(collecchio.querySelector('.number')!.textContent).to.equal('Meeting 7');
      expect(dates(collecchio)).to.equal('11 – 14 May 2017');
      expect(collecchio.querySelector('.place')!.textContent).to.equal('Collecchio, Italy');
      expect(collecchio.querySelector('.host')!.textContent!.trim()).to.equal('Hosted by Municipality of Collecchio');
    });

    it('puts the start and the end in their own <time datetime>', async () => {
      const norrkoping = meetings(await timeline())[1];
      const times = [...norrkoping.querySelectorAll('time')];
      expect(times.map((t) => [t.getAttribute('datetime'), t.textContent])).to.deep.equal([
        ['2016-05-30', '30 May'],
        ['2016-06-02', '2 June'],
      ]);
      expect(dates(norrkoping)).to.equal('30 May – 2 June 2016');
    });
  });

  describe('status relative to today', () => {
    it('marks past meetings, the next one and the ones after it', async () => {
      const element = await timeline('2017-04-20');
      expect(statuses(element)).to.deep.equal(['past', 'past', 'past', 'past', 'past', 'past', 'next', 'upcoming', 'upcoming']);
      const next = meetings(element)[6];
      expect(next.querySelector('.status')!.textContent).to.equal('Next meeting');
      expect(next.querySelector('.until')!.textContent).to.equal('in 3 weeks');
    });

    it('marks a meeting under way as happening now, and the one after it as next', async () => {
      const element = await timeline('2017-05-12');
      expect(statuses(element).slice(5)).to.deep.equal(['past', 'ongoing', 'next', 'upcoming']);
      expect(meetings(element)[6].querySelector('.status')!.textContent).to.equal('Happening now');
    });

    it('marks two meetings on the next day both as next', async () => {
      const data = await demoData();
      data.meetings.push({ ...data.meetings[6], id: 'collecchio-2017-side', title: 'A side meeting' });
      const element = await timeline('2017-04-20', data);
      expect(statuses(element).slice(6)).to.deep.equal(['next', 'next', 'upcoming', 'upcoming']);
    });

    it('says tomorrow for a meeting that starts tomorrow', async () => {
      const element = await timeline('2017-05-10');
      expect(meetings(element)[6].querySelector('.until')!.textContent).to.equal('tomorrow');
    });

    it('has no next meeting once all are over', async () => {
      const element = await timeline('2026-01-01');
      expect(new Set(statuses(element))).to.deep.equal(new Set(['past']));
    });

    it('moves on with the day on a page left open past midnight (without now)', async () => {
      // The visitor's clock, standing at 23:59:30 on 10 May 2017, then at 00:00:30 on the 11th.
      const RealDate = Date;
      let clock = new RealDate(2017, 4, 10, 23, 59, 30).getTime();
      const FakeDate = class extends RealDate {
        constructor(...args: []) {
          super(...((args.length ? args : [clock]) as []));
        }
        static override now() {
          return clock;
        }
      };
      const realSetInterval = window.setInterval;
      const ticks: (() => void)[] = [];
      window.Date = FakeDate as DateConstructor;
      window.setInterval = ((callback: () => void, delay: number) => {
        ticks.push(callback);
        return realSetInterval(() => undefined, delay);
      }) as typeof setInterval;
      try {
        const element = await fixture<EvolaqTimelineElement>(html`<evolaq-timeline .data=${await demoData()}></evolaq-timeline>`);
        await settled(element);
        const collecchio = () => meetings(element)[6].querySelector('.kicker')!.textContent!.replace(/\s+/g, ' ').trim();
        expect(collecchio()).to.equal('Meeting 7 Next meeting tomorrow');
        clock = new RealDate(2017, 4, 11, 0, 0, 30).getTime();
        for (const tick of ticks) tick();
        await element.updateComplete;
        expect(collecchio()).to.equal('Meeting 7 Happening now');
        expect(meetings(element)[7].querySelector('.until')!.textContent).to.equal('in 4 months');
      } finally {
        window.Date = RealDate;
        window.setInterval = realSetInterval;
      }
    });

    it('follows a change of the now attribute', async () => {
      const element = await timeline('2016-01-01');
      expect(statuses(element)[0]).to.equal('next');
      element.setAttribute('now', '2016-03-02');
      await element.updateComplete;
      expect(statuses(element)[0]).to.equal('ongoing');
    });
  });

  describe('time zones', () => {
    afterEach(() => setTimezone(undefined));

    for (const zone of ['Pacific/Pago_Pago', 'America/Los_Angeles', 'Asia/Tokyo', 'Pacific/Kiritimati']) {
      it(`shows the same calendar days in ${zone}`, async () => {
        await setTimezone(zone);
        const items = meetings(await timeline());
        expect(dates(items[0])).to.equal('1 – 3 March 2016');
        expect(dates(items[8])).to.equal('12 – 14 December 2017');
        expect([...items[8].querySelectorAll('time')].map((t) => t.getAttribute('datetime'))).to.deep.equal([
          '2017-12-12',
          '2017-12-14',
        ]);
      });
    }

    for (const now of ['2017-02-30', '20.04.2017']) {
      it(`says in the console that now="${now}" is no date, and uses today`, async () => {
        const warnings: string[] = [];
        const original = console.warn;
        console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
        try {
          // Read as 2 March 2017 or as today unsaid, every meeting would be marked wrongly or silently past.
          expect(statuses(await timeline(now))).to.deep.equal(Array(9).fill('past'));
        } finally {
          console.warn = original;
        }
        expect(warnings.filter((w) => w.includes(`now="${now}"`))).to.have.length(1);
      });
    }

    it('takes "today" from the date in now, not from a time zone', async () => {
      await setTimezone('Pacific/Kiritimati');
      expect(statuses(await timeline('2017-05-10'))[6]).to.equal('next');
    });
  });

  describe('localization', () => {
    for (const [language, expected, heading, status] of [
      ['de', '11.–14. Mai 2017', 'Partnertreffen', 'Nächstes Treffen'],
      ['lv', '2017. gada 11.–14. maijs', '', ''],
      ['sv', '11–14 maj 2017', '', ''],
      ['it', '11–14 maggio 2017', '', ''],
      ['hr', '11. – 14. svibnja 2017.', '', ''],
      ['fi', '11.–14. toukokuuta 2017', '', ''],
    ] as const) {
      it(`writes dates${heading ? ' and labels' : ''} in ${language}`, async () => {
        await useLanguage(language);
        const element = await timeline();
        const collecchio = meetings(element)[6];
        expect(element.shadowRoot!.querySelector('.base')!.getAttribute('lang')).to.equal(language);
        expect(dates(collecchio)).to.equal(expected);
        if (heading) {
          expect(element.shadowRoot!.querySelector('h2')!.textContent!.trim()).to.equal(heading);
          expect(collecchio.querySelector('.status')!.textContent).to.equal(status);
        }
      });
    }

    for (const [language, linz, norrkoping] of [
      ['it', '1–3 marzo 2016', '30 maggio – 2 giugno 2016'],
      ['hr', '1. – 3. ožujka 2016.', '30. svibnja – 2. lipnja 2016.'],
      ['lt', '2016 m. kovo 1–3 d.', '2016 m. gegužės 30 d. – birželio 2 d.'],
      // French writes the first of a month as an ordinal, which Intl leaves out.
      ['fr', '1er–3 mars 2016', '30 mai – 2 juin 2016'],
    ] as const) {
      it(`writes a range of days as its single dates are written in ${language}`, async () => {
        // The browser's ranges write "01–03 marzo" and "2016 kovo 1–3", its single dates "1 marzo 2016" and "2016 m. kovo 1 d.".
        await useLanguage(language);
        const [first, second] = meetings(await timeline());
        expect([dates(first), dates(second)]).to.deep.equal([linz, norrkoping]);
        expect([...first.querySelectorAll('time')].map((time) => time.getAttribute('datetime'))).to.deep.equal([
          '2016-03-01',
          '2016-03-03',
        ]);
      });
    }

    for (const [language, expected] of [
      ['en', 'Hosted by VSG Linz, Municipality of Cervia and City of Dubrovnik'],
      // A label, not "Ausgerichtet von Gemeinde …", where the name would need an article.
      ['de', 'Gastgeber: VSG Linz, Gemeinde Cervia und Stadt Dubrovnik'],
      ['it', 'Enti ospitanti: VSG Linz, Comune di Cervia e Città di Dubrovnik'],
      // Several hosts under the plural label where the language has one ("Gospodarz:" is one host).
      ['pl', 'Gospodarze: VSG Linz, Municipality of Cervia i City of Dubrovnik'],
    ] as const) {
      it(`joins several hosts as ${language} joins a list`, async () => {
        await useLanguage(language);
        const data = await demoData();
        data.meetings[0].host = ['vsg-linz', 'cervia', 'dubrovnik'];
        const host = meetings(await timeline(undefined, data))[0].querySelector('.host')!;
        expect(host.textContent!.replace(/\s+/g, ' ').trim()).to.equal(expected);
      });
    }

    it('lists hosts with semicolons when a host name has a comma of its own', async () => {
      const data = await demoData();
      data.partners.find((p: { id: string }) => p.id === 'vsg-linz').name = 'VSG, Verein für Sozialprävention';
      data.meetings[0].host = ['vsg-linz', 'cervia', 'dubrovnik'];
      const host = meetings(await timeline(undefined, data))[0].querySelector('.host')!;
      expect(host.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
        'Hosted by VSG, Verein für Sozialprävention; Municipality of Cervia and City of Dubrovnik',
      );
    });

    it('keeps two right-to-left host names apart, each in its place', async () => {
      const data = await demoData();
      data.partners.push(
        { id: 'ar', name: 'جمعية المتطوعين', country: 'MT' },
        { id: 'he', name: 'עמותת מתנדבים', country: 'CY' },
      );
      data.meetings[0].host = ['ar', 'he'];
      const host = meetings(await timeline(undefined, data))[0].querySelector('.host')!;
      // Isolated, the Arabic name stands left of the Hebrew one, as listed, not one run read across both.
      const names = [...host.querySelectorAll('bdi')];
      expect(names.map((name) => name.textContent)).to.deep.equal(['جمعية المتطوعين', 'עמותת מתנדבים']);
      expect(names[0].getBoundingClientRect().right).to.be.at.most(names[1].getBoundingClientRect().left);
    });

    it('shows a title missing in the active language in the fallback language, marked with its lang', async () => {
      await useLanguage('fi');
      const dubrovnik = meetings(await timeline())[3];
      const title = dubrovnik.querySelector('.heading [lang]')!;
      expect(title.getAttribute('lang')).to.equal('en');
    });
  });
});
