import { expect, fixture, html } from '@open-wc/testing';
import '../src/index.js';
import type { EvolaqSummaryElement } from '../src/elements/summary/evolaq-summary.js';
import { LANGUAGES, accessibleTexts, demoData, settled, shownText, useLanguage } from './support/helpers.js';

async function summary(data?: unknown): Promise<EvolaqSummaryElement> {
  const element = await fixture<EvolaqSummaryElement>(
    html`<evolaq-summary .data=${data ?? (await demoData())}></evolaq-summary>`,
  );
  return settled(element);
}

/** A document with `organisations` partners spread over `countries` countries. */
function partnership(organisations: number, countries: number) {
  const codes = [
    'SE',
    'IT',
    'HR',
    'LV',
    'DE',
    'AT',
    'FI',
    'FR',
    'ES',
    'PL',
    'CZ',
    'SK',
    'SI',
    'PT',
    'BE',
    'NL',
    'DK',
    'EE',
    'LT',
    'IE',
    'LU',
    'MT',
    'CY',
    'GR',
    'BG',
    'RO',
    'HU',
  ];
  return {
    schemaVersion: 1,
    project: { title: 'T' },
    partners: Array.from({ length: organisations }, (_, i) => ({ id: `p${i}`, name: `P${i}`, country: codes[i % countries] })),
  };
}

describe('<evolaq-summary>', () => {
  beforeEach(() => useLanguage('en'));

  describe('accessibility', () => {
    for (const language of LANGUAGES) {
      it(`passes the a11y audit in ${language}`, async () => {
        await useLanguage(language);
        await expect(await summary()).to.be.accessible();
      });
    }
  });

  describe('rendering', () => {
    it('gives screen readers the partnership as one phrase, its words apart', async () => {
      await summary();
      const texts = await accessibleTexts('definition');
      expect(texts).to.include('9 organisations from 7 countries');
    });

    it('shows the acronym and the title as a heading', async () => {
      const element = await summary();
      const root = element.shadowRoot!;
      expect(root.querySelector('.acronym')!.textContent!.trim()).to.equal('EVOLAQ');
      expect(root.querySelector('h2')!.textContent!.trim()).to.equal('Enhancing Volunteering Actions and Quality in Europe');
    });

    it('shows the period as a date range with each date in a <time>', async () => {
      const element = await summary();
      const times = [...element.shadowRoot!.querySelectorAll('.facts time')];
      expect(times.map((t) => t.getAttribute('datetime'))).to.deep.equal(['2016-02-01', '2018-01-31']);
      expect(times[0].closest('.dates')!.textContent).to.equal('1 February 2016 – 31 January 2018');
    });

    it('counts organisations and countries from the data', async () => {
      expect(shownText(await summary())).to.contain('9 organisations from 7 countries');
      expect(shownText(await summary())).to.contain('9 partner meetings');
    });

    it('uses the singular for one', async () => {
      expect(shownText(await summary(partnership(1, 1)))).to.contain('1 organisation from 1 country');
    });

    it('lists the goals and the themes as real lists', async () => {
      const root = (await summary()).shadowRoot!;
      expect(root.querySelectorAll('ul[part="goals"] > li')).to.have.length(3);
      expect([...root.querySelectorAll('ul[part="themes"] > li')].map((li) => li.textContent!.trim())).to.have.length(4);
    });

    it('honours heading-level', async () => {
      const element = await fixture<EvolaqSummaryElement>(
        html`<evolaq-summary heading-level="3" .data=${await demoData()}></evolaq-summary>`,
      );
      await settled(element);
      expect(element.shadowRoot!.querySelector('h3#title')).to.exist;
      expect(element.shadowRoot!.querySelector('h2')).to.equal(null);
    });
  });

  describe('localization', () => {
    it('writes the texts and the figures in Latvian', async () => {
      await useLanguage('lv');
      const element = await summary();
      const text = shownText(element);
      expect(element.shadowRoot!.querySelector('.base')!.getAttribute('lang')).to.equal('lv');
      expect(text).to.contain('9 organizācijas no 7 valstīm');
      expect(text).to.contain('2016. gada 1. februāris – 2018. gada 31. janvāris');
    });

    for (const [language, organisations, countries, expected] of [
      ['lv', 21, 21, '21 organizācija no 21 valsts'],
      ['lv', 10, 10, '10 organizāciju no 10 valstīm'],
      ['hr', 3, 3, '3 organizacije iz 3 zemlje'],
      ['hr', 5, 5, '5 organizacija iz 5 zemalja'],
      ['hr', 21, 21, '21 organizacija iz 21 zemlje'],
      ['fi', 1, 1, '1 organisaatio 1 maasta'],
      ['de', 1, 1, '1 Organisation aus 1 Land'],
      // "z"/"ze" and "z"/"zo" follow how the number is said ("ze sedmi", "zo štyroch"): a word between.
      ['cs', 9, 7, '9 organizací z celkem 7 zemí'],
      ['cs', 3, 3, '3 organizace ze 3 zemí'],
      ['sk', 9, 4, '9 organizácií z celkovo 4 krajín'],
    ] as const) {
      it(`writes ${organisations} organisations from ${countries} countries with the right plural in ${language}`, async () => {
        await useLanguage(language);
        expect(shownText(await summary(partnership(organisations, countries)))).to.contain(expected);
      });
    }
  });
});
