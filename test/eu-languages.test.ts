import { expect, fixture, html } from '@open-wc/testing';
import '../src/index.js';
import type { EvolaqProjectElement } from '../src/elements/project/evolaq-project.js';
import { UI_LOCALES } from '../src/i18n/localization.js';
import { loadProblemTexts, problemText } from '../src/elements/problems/texts.js';
import type { Problem } from '../src/data/types.js';
import { deepQuery, deepQueryAll, demoData, settled, useLanguage } from './support/helpers.js';

/** A target from a language's XLIFF file: what a translator wrote, and the person reads. */
async function translation(locale: string, id: string): Promise<string> {
  const xml = new DOMParser().parseFromString(await (await fetch(`/locales/${locale}.xlf`)).text(), 'application/xml');
  const unit = [...xml.getElementsByTagName('trans-unit')].find((u) => u.getAttribute('id') === id)!;
  return unit.getElementsByTagName('target')[0].textContent!;
}

const ENGLISH_MONTHS = /January|February|March|April|May|June|July|August|September|October|November|December/;

describe('every official EU language', () => {
  for (const locale of UI_LOCALES) {
    it(`shows UI, dates and the EU statement in ${locale}, and passes the a11y audit`, async () => {
      await useLanguage(locale);
      const data = await demoData();
      delete data.project.funding;
      const element = await fixture<EvolaqProjectElement>(html`<evolaq-project now="2017-04-20" .data=${data}></evolaq-project>`);
      await settled(element);
      const statement = deepQuery(element, '.statement')!.textContent!.trim();
      const period = deepQuery(element, '.facts .dates')!.textContent!;
      const heading = deepQuery(element, 'section.timeline > h3')!.textContent!.trim();
      if (locale === 'en') {
        expect(statement).to.equal('Co-funded by the European Union');
      } else {
        expect(statement).to.equal(await translation(locale, 'funding.default'));
        expect(heading).to.equal(await translation(locale, 'timeline.title'));
        expect(period, 'month names in the language').to.not.match(ENGLISH_MONTHS);
        expect(period, 'months written as names').to.match(/\p{L}{3}/u);
      }
      expect(deepQueryAll(element, '.base').every((base) => base.getAttribute('lang')!.startsWith(locale))).to.equal(true);
      await expect(element).to.be.accessible();
    });
  }

  it('writes Irish dates, countries and relative times, which the browser lacks', async () => {
    await useLanguage('ga');
    const element = await fixture<EvolaqProjectElement>(
      html`<evolaq-project now="2017-04-20" .data=${await demoData()}></evolaq-project>`,
    );
    await settled(element);
    expect(deepQuery(element, '#evolaq-meeting-collecchio-2017 .dates')!.textContent).to.equal('11–14 Bealtaine 2017');
    expect(deepQuery(element, '#evolaq-meeting-norrkoping-2016 .dates')!.textContent).to.equal('30 Bealtaine – 2 Meitheamh 2016');
    expect(deepQuery(element, '#evolaq-meeting-collecchio-2017 .place')!.textContent).to.equal('Collecchio, an Iodáil');
    expect(deepQuery(element, '#evolaq-meeting-collecchio-2017 .until')!.textContent).to.equal('i gceann 3 seachtaine');
  });

  it('writes Maltese dates and countries', async () => {
    await useLanguage('mt');
    const element = await fixture<EvolaqProjectElement>(
      html`<evolaq-project now="2017-04-20" .data=${await demoData()}></evolaq-project>`,
    );
    await settled(element);
    expect(deepQuery(element, '#evolaq-meeting-collecchio-2017 .dates')!.textContent).to.equal('11–14 ta’ Mejju 2017');
    expect(deepQuery(element, '#evolaq-meeting-collecchio-2017 .place')!.textContent).to.equal('Collecchio, l-Italja');
    expect(deepQuery(element, '#evolaq-meeting-collecchio-2017 .until')!.textContent).to.equal('fi 3 ġimgħat');
    // Two is the dual, not "2 ġimgħat".
    element.setAttribute('now', '2017-04-27');
    await settled(element);
    expect(deepQuery(element, '#evolaq-meeting-collecchio-2017 .until')!.textContent).to.equal('f’ġimagħtejn');
  });

  // Browsers write Czech and Slovak ranges with numeric months ("1.–3. 3. 2016"); the widget names the
  // month, once where the range stays within it, as a Czech or Slovak text does (and German, "1.–3. März").
  for (const [locale, expected] of [
    [
      'cs',
      {
        'linz-2016': ['1.–3. března 2016', ['2016-03-01', '1'], ['2016-03-03', '3']],
        'norrkoping-2016': ['30. května – 2. června 2016', ['2016-05-30', '30. května'], ['2016-06-02', '2. června 2016']],
        'new-year': ['30. prosince 2017 – 2. ledna 2018', ['2017-12-30', '30. prosince 2017'], ['2018-01-02', '2. ledna 2018']],
        'one-day': ['15. ledna 2018', ['2018-01-15', '15. ledna 2018']],
      },
    ],
    [
      'sk',
      {
        // (Slovak spaces the dash of a range: "5. – 10. apríla", as the browser's own Slovak data does.)
        'skovde-2017': ['19. – 21. septembra 2017', ['2017-09-19', '19'], ['2017-09-21', '21']],
        'norrkoping-2016': ['30. mája – 2. júna 2016', ['2016-05-30', '30. mája'], ['2016-06-02', '2. júna 2016']],
        'new-year': [
          '30. decembra 2017 – 2. januára 2018',
          ['2017-12-30', '30. decembra 2017'],
          ['2018-01-02', '2. januára 2018'],
        ],
        'one-day': ['15. januára 2018', ['2018-01-15', '15. januára 2018']],
      },
    ],
  ] as const) {
    it(`writes ${locale} dates with month names, a month within one range once`, async () => {
      await useLanguage(locale);
      const data = await demoData();
      const meeting = data.meetings[8];
      data.meetings.push(
        { ...meeting, id: 'new-year', number: 10, start: '2017-12-30', end: '2018-01-02' },
        { ...meeting, id: 'one-day', number: 11, start: '2018-01-15', end: '2018-01-15' },
      );
      const element = await fixture<EvolaqProjectElement>(html`<evolaq-project .data=${data}></evolaq-project>`);
      await settled(element);
      for (const [id, [text, ...times]] of Object.entries(expected)) {
        const dates = deepQuery(element, `#evolaq-meeting-${id} .dates`)!;
        expect(dates.textContent, id).to.equal(text);
        const read = [...dates.querySelectorAll('time')].map((time) => [time.getAttribute('datetime'), time.textContent]);
        expect(read, id).to.deep.equal(times);
      }
    });
  }

  it('reads plain pt as European Portuguese', async () => {
    await useLanguage('pt');
    const element = await fixture<EvolaqProjectElement>(
      html`<evolaq-project now="2017-04-20" .data=${await demoData()}></evolaq-project>`,
    );
    await settled(element);
    expect(deepQuery(element, '.base')!.getAttribute('lang')).to.equal('pt-PT');
    expect(deepQuery(element, '#evolaq-meeting-collecchio-2017 .until')!.textContent).to.equal('dentro de 3 semanas');
  });
  it('writes the numbers and times of limit problems into each language without doubled stops', async () => {
    // Intl ends some units with a dot ("10 sek.", "10 δευτ."): put before a sentence's own full
    // stop, it read "sek.." in five languages.
    const limits: [Problem['code'], string][] = [
      ['timeout', '10 s'],
      ['timeout', '1 s'],
      ['timeout', '500 ms'],
      ['too-large', '1048576'],
      ['too-many', '100'],
      ['too-long', '20000'],
    ];
    for (const locale of UI_LOCALES) {
      await useLanguage(locale);
      await loadProblemTexts(locale);
      for (const [code, expected] of limits) {
        const text = problemText({ severity: 'error', path: '', code, expected, message: '' })!;
        expect(text, `${locale} ${code} ${expected}`)
          .to.be.a('string')
          .and.not.match(/\.\.|\. \./);
        expect(text, `${locale} ${code} ${expected}: the figure`).to.match(/\d/);
      }
    }
  });
});
