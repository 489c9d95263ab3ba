import { expect, fixture, html } from '@open-wc/testing';
import '../src/index.js';
import type { EvolaqPartnersElement } from '../src/elements/partners/evolaq-partners.js';
import { LANGUAGES, accessibleTexts, demoData, settled, useLanguage } from './support/helpers.js';

async function partners(data?: unknown): Promise<EvolaqPartnersElement> {
  const element = await fixture<EvolaqPartnersElement>(
    html`<evolaq-partners .data=${data ?? (await demoData())}></evolaq-partners>`,
  );
  return settled(element);
}

const countryHeadings = (element: Element) =>
  [...element.shadowRoot!.querySelectorAll('.country > .heading')].map((h) => h.textContent!.trim());

/** The names of one country's partners, in the order shown. */
const partnerNames = (element: Element, country: string) =>
  [...element.shadowRoot!.querySelectorAll(`[data-country="${country}"] .partner .name`)].map((n) => n.textContent!.trim());

describe('<evolaq-partners>', () => {
  beforeEach(() => useLanguage('en'));

  describe('accessibility', () => {
    for (const language of LANGUAGES) {
      it(`passes the a11y audit in ${language}`, async () => {
        await useLanguage(language);
        await expect(await partners()).to.be.accessible();
      });
    }
  });

  describe('rendering', () => {
    it('groups the 9 partners by country, countries in alphabetical order', async () => {
      const element = await partners();
      expect(countryHeadings(element)).to.deep.equal(['Austria', 'Croatia', 'Finland', 'Germany', 'Italy', 'Latvia', 'Sweden']);
      expect(element.shadowRoot!.querySelectorAll('li.partner')).to.have.length(9);
    });

    it('uses real lists and headings', async () => {
      const root = (await partners()).shadowRoot!;
      expect(root.querySelector('h2')!.textContent!.trim()).to.equal('Partners');
      expect(root.querySelectorAll('ul.countries > li > h3')).to.have.length(7);
      expect(root.querySelectorAll('ul.countries > li > ul > li')).to.have.length(9);
    });

    it('marks the lead partner in words, first in its country', async () => {
      const root = (await partners()).shadowRoot!;
      const sweden = root.querySelector('[data-country="SE"]')!;
      const first = sweden.querySelector('li.partner')!;
      expect(first.querySelector('.name')!.textContent!.trim()).to.equal('Norrköping Municipality');
      expect(first.querySelector('.lead')!.textContent!.trim()).to.equal('Lead partner');
      expect(root.querySelectorAll('.lead')).to.have.length(1);
    });

    it("marks an Irish organisation's own name as Irish", async () => {
      const data = await demoData();
      data.partners.push({ id: 'kerry', name: 'Kerry County Council', localName: 'Comhairle Contae Chiarraí', country: 'IE' });
      const root = (await partners(data)).shadowRoot!;
      expect(root.querySelector('[data-partner="kerry"] .local [lang]')!.getAttribute('lang')).to.equal('ga');
    });

    it('shows the local name in its own language, with the type and the city', async () => {
      const root = (await partners()).shadowRoot!;
      const norrkoping = root.querySelector('[data-partner="norrkoping"]')!;
      const local = norrkoping.querySelector('.local [lang]')!;
      expect(local.textContent).to.equal('Norrköpings kommun');
      expect(local.getAttribute('lang')).to.equal('sv');
      const meta = [...norrkoping.querySelectorAll('.meta > span')];
      expect(meta.map((span) => span.textContent)).to.deep.equal(['Municipality', 'Norrköping']);
      expect(getComputedStyle(meta[1], '::before').content).to.equal('" · " / ", "');
    });

    it('keeps the type and the city apart for screen readers, without the dot between them', async () => {
      const element = await partners();
      const meta = element.shadowRoot!.querySelector('[data-partner="norrkoping"] .meta')!;
      expect(meta.textContent).to.contain('Norrköping');
      // What Chromium gives assistive technology for the line: its text runs, ::before included.
      const texts = (await accessibleTexts('paragraph')).filter(
        (text) => text.includes('Norrk') && text.startsWith('Municipality'),
      );
      expect(texts).to.deep.equal(['Municipality, Norrköping']);
    });

    it('links a partner name to its website, safely', async () => {
      const data = await demoData();
      data.partners[0].website = 'https://www.norrkoping.se/';
      data.partners[1].website = 'javascript:alert(1)';
      const root = (await partners(data)).shadowRoot!;
      const link = root.querySelector<HTMLAnchorElement>('[data-partner="norrkoping"] a')!;
      expect(link.href).to.equal('https://www.norrkoping.se/');
      expect(link.rel).to.equal('noopener noreferrer');
      expect(root.querySelector('[data-partner="skovde"] a')).to.equal(null);
      expect(root.querySelector('[data-partner="skovde"] .name')!.textContent!.trim()).to.equal('Skövde Municipality');
    });
  });

  describe('localization', () => {
    it('reads city names in the page language, not in the language the data wrote them in', async () => {
      await useLanguage('lv');
      const element = await partners();
      const city = element.shadowRoot!.querySelector('[data-partner="daugavpils"] .meta > span:last-child')!;
      expect(city.textContent).to.equal('Daugavpils');
      expect(city.querySelector('[lang]')).to.equal(null);
      expect(city.closest('[lang]')!.getAttribute('lang')).to.equal('lv');
    });

    it('sorts Irish country names past their article, and organisation names as they are written', async () => {
      await useLanguage('ga');
      const data = await demoData();
      const sweden = data.partners.filter((p: { country: string }) => p.country === 'SE');
      Object.assign(sweden[0], { name: 'Charles Partnership', lead: false });
      Object.assign(sweden[1], { name: 'Catania Partnership', lead: false });
      const element = await partners(data);
      expect(countryHeadings(element)).to.deep.equal([
        'an Chróit',
        'an Fhionlainn',
        'an Ghearmáin',
        'an Iodáil',
        'an Laitvia',
        'an Ostair',
        'an tSualainn',
      ]);
      expect(partnerNames(element, 'SE')).to.deep.equal(['Catania Partnership', 'Charles Partnership']);
    });

    it('sorts Maltese country names in the Maltese alphabet (Ġ before G), which Chromium cannot', async () => {
      await useLanguage('mt');
      const data = await demoData();
      const codes: Record<string, string> = { SE: 'GE', IT: 'GR', HR: 'DE', LV: 'HU', DE: 'CZ', AT: 'AT', FI: 'FI' };
      for (const partner of data.partners) partner.country = codes[partner.country] ?? partner.country;
      data.meetings = [];
      const element = await partners(data);
      expect(countryHeadings(element)).to.deep.equal([
        'l-Awstrija',
        'il-Finlandja',
        'il-Ġermanja',
        'il-Georgia',
        'il-Greċja',
        'ir-Repubblika Ċeka',
        'l-Ungerija',
      ]);
    });

    it('sorts an organisation whose name begins with a quote by its first letter', async () => {
      const data = await demoData();
      const sweden = data.partners.filter((p: { country: string }) => p.country === 'SE');
      Object.assign(sweden[0], { name: '"Youth in Action" Resource Centre', lead: false });
      Object.assign(sweden[1], { name: 'City of Norrköping', lead: false });
      // Word by word, as name indexes sort: "De Montfort" before "Debrecen".
      data.partners.push(
        { id: 'debrecen', name: 'Debrecen University', country: 'SE' },
        { id: 'de-montfort', name: 'De Montfort University', country: 'SE' },
      );
      const element = await partners(data);
      expect(partnerNames(element, 'SE')).to.deep.equal([
        'City of Norrköping',
        'De Montfort University',
        'Debrecen University',
        '"Youth in Action" Resource Centre',
      ]);
    });

    it('writes Irish country headings as they are, not in capitals that would lose their small prefix letters', async () => {
      await useLanguage('ga');
      const element = await partners();
      const heading = element.shadowRoot!.querySelector('.country .heading')!;
      expect(getComputedStyle(heading).textTransform).to.equal('none');
      await useLanguage('de');
      await settled(element);
      expect(getComputedStyle(heading).textTransform).to.equal('uppercase');
    });

    it('names and orders the countries in German', async () => {
      await useLanguage('de');
      expect(countryHeadings(await partners())).to.deep.equal([
        'Deutschland',
        'Finnland',
        'Italien',
        'Kroatien',
        'Lettland',
        'Österreich',
        'Schweden',
      ]);
    });

    it('names the countries in Latvian', async () => {
      await useLanguage('lv');
      expect(countryHeadings(await partners())).to.include.members(['Latvija', 'Zviedrija', 'Horvātija']);
    });

    it('marks a name shown in a fallback language with its own lang', async () => {
      await useLanguage('fi');
      const data = await demoData();
      data.partners[0].name = { en: 'Norrköping Municipality', sv: 'Norrköpings kommun' };
      const name = (await partners(data)).shadowRoot!.querySelector('[data-partner="norrkoping"] .name')!;
      expect(name.querySelector('[lang="en"]')!.textContent).to.equal('Norrköping Municipality');
    });
  });
});
