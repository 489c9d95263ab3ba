import { expect, html } from '@open-wc/testing';
import { needsOwnLang, pickText } from '../src/data/text.js';
import { unwrap } from '../src/elements/shared/text.js';

describe('pickText: the fallback chain', () => {
  const text = { en: 'Partner meeting', lv: 'Partneru tikšanās', de: 'Partnertreffen', 'de-AT': 'Partnertreffen (AT)' };

  it('takes the requested tag first', () => {
    expect(pickText(text, 'de-AT', 'en')).to.deep.equal({ value: 'Partnertreffen (AT)', lang: 'de-AT' });
  });

  it('then its base language', () => {
    expect(pickText({ en: 'Meeting', de: 'Treffen' }, 'de-CH', 'en')).to.deep.equal({ value: 'Treffen', lang: 'de' });
  });

  it("then the document's default language", () => {
    expect(pickText({ lv: 'Tikšanās', en: 'Meeting' }, 'fi', 'lv')).to.deep.equal({ value: 'Tikšanās', lang: 'lv' });
  });

  it('then English', () => {
    expect(pickText({ it: 'Riunione', en: 'Meeting' }, 'fi', 'lv')).to.deep.equal({ value: 'Meeting', lang: 'en' });
  });

  it('then the first one present', () => {
    expect(pickText({ it: 'Riunione', hr: 'Sastanak' }, 'fi', 'lv')).to.deep.equal({ value: 'Riunione', lang: 'it' });
  });

  it('serves a request for a base language from a regional text', () => {
    expect(pickText({ 'de-AT': 'Treffen', it: 'Riunione' }, 'de', 'it')).to.deep.equal({ value: 'Treffen', lang: 'de-AT' });
  });

  it('reads pt as European Portuguese first', () => {
    expect(pickText({ 'pt-BR': 'Reunião (BR)', 'pt-PT': 'Reunião (PT)' }, 'pt', 'en').lang).to.equal('pt-PT');
  });
});

describe('needsOwnLang', () => {
  it('marks text in another language', () => {
    expect(needsOwnLang('en', 'lv')).to.equal(true);
  });
  it('does not mark a base language inside its regional context', () => {
    expect(needsOwnLang('de', 'de-AT')).to.equal(false);
    expect(needsOwnLang('en', 'en-GB')).to.equal(false);
  });
  it('marks another region of the same language', () => {
    expect(needsOwnLang('pt-BR', 'pt-PT')).to.equal(true);
  });
});

describe("unwrap: a message's template as texts and values in place", () => {
  // What msg() returns for a translation: the translation's strings, the values in its order.
  const translated = (strings: string[], ...values: unknown[]) =>
    html(Object.assign([...strings], { raw: strings }) as unknown as TemplateStringsArray, ...values);

  it('makes one text of a message whose values are all text', () => {
    expect(unwrap(translated(['Rīkotāji: ', ''], 'Skövde un Linz'))).to.equal('Rīkotāji: Skövde un Linz');
  });

  it("keeps a value that is markup, in the translation's order", () => {
    const date = html`<time datetime="2017-05-20">20. Mai 2017</time>`;
    expect(unwrap(translated(['Veröffentlicht am ', ' von ', ''], date, 'Anna'))).to.deep.equal([
      'Veröffentlicht am ',
      date,
      ' von ',
      'Anna',
      '',
    ]);
  });

  it('leaves a translation with markup of its own a template', () => {
    const result = translated(['<b>Host:</b> ', ''], 'Linz');
    expect(unwrap(result)).to.equal(result);
  });
});
