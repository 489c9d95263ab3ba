import { expect, fixture, html } from '@open-wc/testing';
import '../src/index.js';
import type { EvolaqProjectElement } from '../src/elements/project/evolaq-project.js';
import { UI_LOCALES } from '../src/i18n/localization.js';
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
  });

  for (const [locale, expected] of [
    ['cs', '11. května – 14. května 2017'],
    ['sk', '11. mája – 14. mája 2017'],
  ] as const) {
    it(`writes ${locale} ranges with month names, not numbers`, async () => {
      await useLanguage(locale);
      const element = await fixture<EvolaqProjectElement>(html`<evolaq-project .data=${await demoData()}></evolaq-project>`);
      await settled(element);
      expect(deepQuery(element, '#evolaq-meeting-collecchio-2017 .dates')!.textContent).to.equal(expected);
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
});
