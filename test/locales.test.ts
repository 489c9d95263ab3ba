import { expect } from '@open-wc/testing';
import { UI_LOCALES } from '../src/i18n/localization.js';

/**
 * Translations that are the same as the English source on purpose, reviewed one by one:
 * the word is the same in that language.
 */
const SAME_AS_ENGLISH: Record<string, readonly string[]> = {
  da: ['count.organisations.one', 'map.legend.partner', 'type.other', 'type.region'],
  de: ['type.region', 'type.other'],
  et: ['map.legend.partner'],
  nl: ['map.legend.partner', 'partners.title', 'type.district'],
  es: ['problems.error'],
  fr: [
    'count.organisations.few',
    'count.organisations.one',
    'count.organisations.other',
    'count.organisations.two',
    'count.organisations.zero',
    'summary.programme',
    'type.association',
    'type.other',
  ],
  cs: ['map.legend.partner'],
  hr: ['map.legend.partner'],
  it: ['map.legend.partner'],
  pl: ['map.legend.partner', 'type.region'],
  ro: ['type.district'],
  sk: ['map.legend.partner'],
  sl: ['map.legend.partner'],
  sv: ['count.organisations.one', 'map.legend.partner', 'type.region', 'type.other'],
};

/** A message with nothing but placeholders and punctuation has nothing to translate. */
const hasWords = (source: Element) =>
  /\p{L}/u.test(
    [...source.childNodes]
      .filter((node) => node.nodeType === Node.TEXT_NODE)
      .map((node) => node.textContent)
      .join(''),
  );

interface Unit {
  readonly id: string;
  readonly source: Element;
  readonly target: Element | null;
}

async function units(locale: string): Promise<Unit[]> {
  const text = await (await fetch(`/locales/${locale}.xlf`)).text();
  const xml = new DOMParser().parseFromString(text, 'application/xml');
  expect(xml.querySelector('parsererror'), `${locale}.xlf is well-formed`).to.equal(null);
  return [...xml.getElementsByTagName('trans-unit')].map((unit) => ({
    id: unit.getAttribute('id')!,
    source: unit.getElementsByTagName('source')[0],
    target: unit.getElementsByTagName('target')[0] ?? null,
  }));
}

const placeholders = (element: Element) => [...element.getElementsByTagName('x')].map((x) => x.getAttribute('equiv-text')).sort();

describe('translations', () => {
  const targets = UI_LOCALES.filter((locale) => locale !== 'en');

  it('cover the 24 official languages of the EU, in the EU order', () => {
    expect(UI_LOCALES).to.deep.equal([
      'bg',
      'es',
      'cs',
      'da',
      'de',
      'et',
      'el',
      'en',
      'fr',
      'ga',
      'hr',
      'it',
      'lv',
      'lt',
      'hu',
      'mt',
      'nl',
      'pl',
      'pt',
      'ro',
      'sk',
      'sl',
      'fi',
      'sv',
    ]);
  });

  for (const locale of targets) {
    describe(locale, () => {
      it('translates every message', async () => {
        const missing = (await units(locale)).filter((unit) => !unit.target?.textContent?.trim()).map((unit) => unit.id);
        expect(missing).to.deep.equal([]);
      });

      it('leaves no message in English, except reviewed words', async () => {
        const english = (await units(locale))
          .filter((unit) => hasWords(unit.source) && unit.target && unit.target.innerHTML.trim() === unit.source.innerHTML.trim())
          .map((unit) => unit.id);
        expect(english.sort()).to.deep.equal([...(SAME_AS_ENGLISH[locale] ?? [])].sort());
      });

      it('keeps every placeholder', async () => {
        const broken = (await units(locale))
          .filter(
            (unit) => unit.target && JSON.stringify(placeholders(unit.source)) !== JSON.stringify(placeholders(unit.target)),
          )
          .map((unit) => unit.id);
        expect(broken).to.deep.equal([]);
      });
    });
  }
});
