import { expect } from '@open-wc/testing';
import { needsOwnLang, pickText } from '../src/data/text.js';

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
