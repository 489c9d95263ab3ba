import { expect } from '@open-wc/testing';
import { UI_LOCALES } from '../src/i18n/localization.js';

/**
 * Translations that are the same as the English source on purpose, reviewed one by one:
 * the word is the same in that language.
 */
const SAME_AS_ENGLISH: Record<string, readonly string[]> = {
  de: ['type.region', 'type.other'],
  sv: ['count.organisations.one', 'type.region', 'type.other'],
};

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

const placeholders = (element: Element) =>
  [...element.getElementsByTagName('x')].map((x) => x.getAttribute('equiv-text')).sort();

describe('translations', () => {
  const targets = UI_LOCALES.filter((locale) => locale !== 'en');

  it('cover the seven partner languages', () => {
    expect([...UI_LOCALES].sort()).to.deep.equal(['de', 'en', 'fi', 'hr', 'it', 'lv', 'sv']);
  });

  for (const locale of targets) {
    describe(locale, () => {
      it('translates every message', async () => {
        const missing = (await units(locale)).filter((unit) => !unit.target?.textContent?.trim()).map((unit) => unit.id);
        expect(missing).to.deep.equal([]);
      });

      it('leaves no message in English, except reviewed words', async () => {
        const english = (await units(locale))
          .filter((unit) => unit.target && unit.target.innerHTML.trim() === unit.source.innerHTML.trim())
          .map((unit) => unit.id);
        expect(english.sort()).to.deep.equal([...(SAME_AS_ENGLISH[locale] ?? [])].sort());
      });

      it('keeps every placeholder', async () => {
        const broken = (await units(locale))
          .filter((unit) => unit.target && JSON.stringify(placeholders(unit.source)) !== JSON.stringify(placeholders(unit.target)))
          .map((unit) => unit.id);
        expect(broken).to.deep.equal([]);
      });
    });
  }
});
