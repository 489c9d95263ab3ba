import { expect } from '@open-wc/testing';
import { waitFor } from './support/helpers.js';

/*
 * The start language is decided once per page, so each case gets a page of its own: an iframe
 * that loads the widget after its markup, as a CMS page does.
 */

interface TestPage {
  readonly window: Window;
  readonly document: Document;
  remove(): void;
}

async function openPage({ htmlLang, body }: { htmlLang?: string; body: string }): Promise<TestPage> {
  const iframe = document.createElement('iframe');
  iframe.style.width = '900px';
  iframe.srcdoc = `<!doctype html><html${htmlLang ? ` lang="${htmlLang}"` : ''}><head><meta charset="utf-8"></head>
    <body>${body}<script type="module" src="/src/index.ts"></script></body></html>`;
  const loaded = new Promise((resolve) => iframe.addEventListener('load', resolve, { once: true }));
  document.body.append(iframe);
  await loaded;
  await iframe.contentWindow!.customElements.whenDefined('evolaq-timeline');
  return { window: iframe.contentWindow!, document: iframe.contentDocument!, remove: () => iframe.remove() };
}

const data = (extra: object = {}) =>
  JSON.stringify({
    schemaVersion: 1,
    project: { title: 'EVOLAQ', start: '2016-02-01', end: '2018-01-31' },
    meetings: [{ id: 'collecchio-2017', start: '2017-05-11', end: '2017-05-14', city: 'Collecchio', country: 'IT' }],
    ...extra,
  }).replace(/"/g, '&quot;');

/** The language the timeline in `page` ended up with, once its heading is rendered in it. */
async function timelineLanguage(page: TestPage, expectedLang: string): Promise<{ lang: string; heading: string; dates: string }> {
  const timeline = page.document.querySelector('evolaq-timeline')!;
  return waitFor(() => {
    const base = timeline.shadowRoot?.querySelector('.base');
    const heading = base?.querySelector('h2')?.textContent?.trim();
    if (!base || !heading || base.getAttribute('lang') !== expectedLang) return undefined;
    return { lang: base.getAttribute('lang')!, heading, dates: base.querySelector('.dates')!.textContent! };
  }, `the timeline in ${expectedLang}`);
}

describe('the page language', () => {
  let page: TestPage | undefined;
  afterEach(() => page?.remove());

  it("takes the widget's own lang first", async () => {
    page = await openPage({ htmlLang: 'en', body: `<evolaq-timeline lang="hr" data="${data()}"></evolaq-timeline>` });
    const shown = await timelineLanguage(page, 'hr');
    expect(shown.dates).to.equal('11. – 14. svibnja 2017.');
    expect(shown.heading).to.not.equal('Partner meetings');
  });

  it("then the nearest ancestor's lang", async () => {
    page = await openPage({
      htmlLang: 'en',
      body: `<div lang="fi"><section><evolaq-timeline data="${data()}"></evolaq-timeline></section></div>`,
    });
    expect((await timelineLanguage(page, 'fi')).dates).to.equal('11.–14. toukokuuta 2017');
  });

  it('then <html lang>', async () => {
    page = await openPage({ htmlLang: 'sv', body: `<evolaq-timeline data="${data()}"></evolaq-timeline>` });
    expect((await timelineLanguage(page, 'sv')).dates).to.equal('11–14 maj 2017');
  });

  it("then the data's defaultLanguage", async () => {
    page = await openPage({ body: `<evolaq-timeline data="${data({ defaultLanguage: 'it' })}"></evolaq-timeline>` });
    expect((await timelineLanguage(page, 'it')).dates).to.equal('11–14 maggio 2017');
  });

  it('passes over a language we have no UI for', async () => {
    page = await openPage({
      htmlLang: 'nb',
      body: `<evolaq-timeline data="${data({ defaultLanguage: 'lv' })}"></evolaq-timeline>`,
    });
    expect((await timelineLanguage(page, 'lv')).heading).to.equal('Partneru sanāksmes');
  });

  it('else English, with the EU’s date style', async () => {
    page = await openPage({ body: `<evolaq-timeline data="${data()}"></evolaq-timeline>` });
    const shown = await timelineLanguage(page, 'en-GB');
    expect(shown.heading).to.equal('Partner meetings');
    expect(shown.dates).to.equal('11 – 14 May 2017');
  });

  it('reads a locale written with an underscore, as some WordPress themes write <html lang="de_AT">', async () => {
    page = await openPage({ htmlLang: 'de_AT', body: `<evolaq-timeline data="${data()}"></evolaq-timeline>` });
    expect((await timelineLanguage(page, 'de-AT')).heading).to.equal('Partnertreffen');
  });

  it('keeps the region of a regional tag for dates (de-AT: Jänner) and its base language for the UI', async () => {
    page = await openPage({
      htmlLang: 'de-AT',
      body: `<evolaq-summary data="${data()}"></evolaq-summary><evolaq-timeline data="${data()}"></evolaq-timeline>`,
    });
    expect((await timelineLanguage(page, 'de-AT')).heading).to.equal('Partnertreffen');
    const summary = page.document.querySelector('evolaq-summary')!;
    const period = await waitFor(() => summary.shadowRoot?.querySelector('.facts .dates')?.textContent, 'the period');
    expect(period).to.equal('1. Februar 2016 – 31. Jänner 2018');
  });

  it('gives every widget on the page the language of the first one', async () => {
    page = await openPage({
      htmlLang: 'en',
      body: `<evolaq-timeline lang="lv" data="${data()}"></evolaq-timeline><div lang="sv"><evolaq-summary data="${data()}"></evolaq-summary></div>`,
    });
    await timelineLanguage(page, 'lv');
    const summary = page.document.querySelector('evolaq-summary')!;
    expect(
      await waitFor(() => summary.shadowRoot?.querySelector('.base')?.getAttribute('lang') === 'lv', 'the summary in Latvian'),
    ).to.equal(true);
  });

  it("follows the site's own switcher changing <html lang>", async () => {
    page = await openPage({ htmlLang: 'en', body: `<evolaq-timeline data="${data()}"></evolaq-timeline>` });
    await timelineLanguage(page, 'en-GB');
    page.document.documentElement.lang = 'de';
    expect((await timelineLanguage(page, 'de')).dates).to.equal('11.–14. Mai 2017');
  });

  it("keeps the widget's own lang when the site changes <html lang> (a translation plugin, a toolbar)", async () => {
    page = await openPage({ htmlLang: 'en', body: `<evolaq-timeline lang="lv" data="${data()}"></evolaq-timeline>` });
    await timelineLanguage(page, 'lv');
    page.document.documentElement.lang = 'en-GB';
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect((await timelineLanguage(page, 'lv')).heading).to.equal('Partneru sanāksmes');
  });

  it("goes back to the data's language when <html lang> becomes one we have no words for, or goes", async () => {
    page = await openPage({
      htmlLang: 'fr',
      body: `<evolaq-timeline data="${data({ defaultLanguage: 'it' })}"></evolaq-timeline>`,
    });
    await timelineLanguage(page, 'fr');
    page.document.documentElement.lang = 'ja';
    expect((await timelineLanguage(page, 'it')).dates).to.equal('11–14 maggio 2017');
    page.document.documentElement.lang = 'de';
    await timelineLanguage(page, 'de');
    page.document.documentElement.removeAttribute('lang');
    await timelineLanguage(page, 'it');
  });

  it('ends in the language of the last of two quick changes of <html lang>, also when that is the one shown', async () => {
    page = await openPage({ htmlLang: 'en', body: `<evolaq-timeline data="${data()}"></evolaq-timeline>` });
    await timelineLanguage(page, 'en-GB');
    page.document.documentElement.lang = 'fr';
    await new Promise((resolve) => setTimeout(resolve));
    page.document.documentElement.lang = 'ja';
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect((await timelineLanguage(page, 'en-GB')).heading).to.equal('Partner meetings');
  });

  it('takes the lang of the widget a site brings in without reloading (pjax, Turbo, Swup) in place of the one it had', async () => {
    page = await openPage({
      htmlLang: 'en',
      body: `<main><evolaq-timeline lang="de" data="${data()}"></evolaq-timeline></main>`,
    });
    await timelineLanguage(page, 'de');
    page.document.querySelector('main')!.innerHTML = `<evolaq-timeline lang="fr" data="${data()}"></evolaq-timeline>`;
    expect((await timelineLanguage(page, 'fr')).heading).to.equal('Réunions des partenaires');
    // Its own lang still wins over <html lang>, as the first widget's did.
    page.document.documentElement.lang = 'sv';
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect((await timelineLanguage(page, 'fr')).heading).to.equal('Réunions des partenaires');
  });

  it('follows a page builder that changes data-lang of the <div data-evolaq> holding the widget', async () => {
    page = await openPage({
      htmlLang: 'en',
      body: `<div data-evolaq="timeline" data-lang="de" data-src="/demo/evolaq.json"></div>`,
    });
    await timelineLanguage(page, 'de');
    page.document.querySelector('div')!.dataset.lang = 'lv';
    expect((await timelineLanguage(page, 'lv')).heading).to.equal('Partneru sanāksmes');
  });

  it('switches elements that were in the page before the script with the picker', async () => {
    page = await openPage({
      htmlLang: 'en',
      body: `<evolaq-language-picker></evolaq-language-picker><evolaq-timeline data="${data()}"></evolaq-timeline>`,
    });
    await timelineLanguage(page, 'en-GB');
    const select = await waitFor(
      () => page!.document.querySelector('evolaq-language-picker')!.shadowRoot?.querySelector('select'),
      'the picker',
    );
    select.value = 'it';
    select.dispatchEvent(new Event('change'));
    expect((await timelineLanguage(page, 'it')).dates).to.equal('11–14 maggio 2017');
    // The picker's choice outranks later changes of <html lang>.
    page.document.documentElement.lang = 'de';
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(page.document.querySelector('evolaq-timeline')!.shadowRoot!.querySelector('.base')!.getAttribute('lang')).to.equal(
      'it',
    );
  });
});
