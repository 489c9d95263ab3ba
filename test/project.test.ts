import { expect, fixture, html } from '@open-wc/testing';
import '../src/index.js';
import type { EvolaqLanguageChangeEvent, EvolaqProblemsEvent } from '../src/elements/events.js';
import type { EvolaqProjectElement } from '../src/elements/project/evolaq-project.js';
import { activeLanguage } from '../src/i18n/language.js';
import {
  LANGUAGES,
  accessibilityTree,
  deepQuery,
  deepQueryAll,
  demoData,
  mount,
  nextEvent,
  settled,
  useLanguage,
} from './support/helpers.js';

async function project(data?: unknown, now = '2017-04-20'): Promise<EvolaqProjectElement> {
  const element = await fixture<EvolaqProjectElement>(
    html`<evolaq-project now=${now} .data=${data ?? (await demoData())}></evolaq-project>`,
  );
  return settled(element);
}

const EU_STATEMENTS: Record<string, string> = {
  en: 'Co-funded by the European Union',
  lv: 'Līdzfinansē Eiropas Savienība',
  sv: 'Medfinansieras av Europeiska unionen',
  it: "Cofinanziato dall'Unione europea",
  de: 'Kofinanziert von der Europäischen Union',
  hr: 'Sufinancira Europska unija',
  fi: 'Euroopan unionin osarahoittama',
};

describe('<evolaq-project>', () => {
  beforeEach(() => useLanguage('en'));

  describe('accessibility', () => {
    for (const language of LANGUAGES) {
      it(`passes the a11y audit in ${language}`, async () => {
        await useLanguage(language);
        await expect(await project()).to.be.accessible();
      });
    }

    it('builds one heading outline: title, then sections, then items', async () => {
      const element = await project();
      const outline = deepQueryAll(element, 'h1, h2, h3, h4, h5, h6').map((h) => `${h.localName} ${h.textContent!.trim()}`);
      expect(outline.slice(0, 4)).to.deep.equal([
        'h2 Enhancing Volunteering Actions and Quality in Europe',
        'h3 Goals',
        'h3 Themes',
        'h3 Partners',
      ]);
      expect(outline).to.include('h4 Austria');
      expect(outline).to.include('h3 Partner meetings');
      expect(outline).to.include('h4 2016');
      expect(outline).to.include('h5 Kick-off meeting');
    });

    it('carries a deep heading level down to every nested element, below 6 as aria-level on h6', async () => {
      const element = await fixture<EvolaqProjectElement>(
        html`<evolaq-project heading-level="6" now="2017-04-20" .data=${await demoData()}></evolaq-project>`,
      );
      await settled(element);
      const level = (h: Element) => Number(h.getAttribute('aria-level') ?? h.localName.slice(1));
      const headings = deepQueryAll(element, 'h1, h2, h3, h4, h5, h6');
      expect(headings.map((h) => h.localName).filter((name) => name !== 'h6')).to.deep.equal([]);
      const of = (text: string) => level(headings.find((h) => h.textContent!.trim() === text)!);
      expect([
        of('Enhancing Volunteering Actions and Quality in Europe'),
        of('Partners'),
        of('Map of the partners'),
      ]).to.deep.equal([6, 7, 8]);
      expect([of('Partner meetings'), of('2016'), of('Kick-off meeting')]).to.deep.equal([7, 8, 9]);
    });

    it('reads a heading level that is no number as 2, from the attribute or the property', async () => {
      const element = await fixture<EvolaqProjectElement>(
        html`<evolaq-project heading-level="x" .data=${await demoData()}></evolaq-project>`,
      );
      await settled(element);
      expect(deepQuery(element, '.heading')!.localName).to.equal('h2');
      const levels = () =>
        ['Enhancing Volunteering Actions and Quality in Europe', 'Partners', 'Kick-off meeting'].map((text) => {
          const h = deepQueryAll(element, '.heading').find((h) => h.textContent!.trim() === text)!;
          return h.getAttribute('aria-level') ?? h.localName;
        });
      (element as unknown as { headingLevel: unknown }).headingLevel = undefined;
      await settled(element);
      expect(levels()).to.deep.equal(['h2', 'h3', 'h5']);
      // A framework binding the property from a string: 3, not "3" + 1 = "31" below it.
      (element as unknown as { headingLevel: unknown }).headingLevel = '3';
      await settled(element);
      expect(levels()).to.deep.equal(['h3', 'h4', 'h6']);
    });

    it('puts headings deeper than 9 at 9, as deep as Chromium exposes, never above the heading they are under', async () => {
      // Chromium takes aria-level from 1 to 9 only, and otherwise the tag's level: 6, above its parents.
      // (Country names are drawn in capitals, and reach the tree so.)
      const element = await fixture<EvolaqProjectElement>(
        html`<evolaq-project heading-level="8" now="2017-04-20" .data=${await demoData()}></evolaq-project>`,
      );
      await settled(element);
      const levels = new Map(
        (await accessibilityTree()).filter((node) => node.role === 'heading').map((node) => [node.name, node.level]),
      );
      expect(
        ['Enhancing Volunteering Actions and Quality in Europe', 'Partners', 'Map of the partners', 'AUSTRIA'].map((name) =>
          levels.get(name),
        ),
      ).to.deep.equal([8, 9, 9, 9]);
      expect(['Partner meetings', '2016', 'Kick-off meeting'].map((name) => levels.get(name))).to.deep.equal([9, 9, 9]);
      expect([...new Set(levels.values())].sort()).to.deep.equal([8, 9]);
    });

    it('caps a heading level past any outline, so aria-level never reads 1e+21', async () => {
      const element = await fixture<EvolaqProjectElement>(
        html`<evolaq-project heading-level="1e21" .data=${await demoData()}></evolaq-project>`,
      );
      await settled(element);
      const levels = deepQueryAll(element, '.heading').map((h) => Number(h.getAttribute('aria-level')));
      expect(levels.length).to.be.greaterThan(5);
      expect(levels.every((level) => level === 9)).to.equal(true, levels.join());
      const exposed = (await accessibilityTree()).filter((node) => node.role === 'heading').map((node) => node.level);
      expect(new Set(exposed)).to.deep.equal(new Set([9]));
    });
  });

  describe('rendering', () => {
    it('shows the summary, all 9 partners and all 9 meetings', async () => {
      const element = await project();
      expect(deepQuery(element, 'h2')!.textContent!.trim()).to.equal('Enhancing Volunteering Actions and Quality in Europe');
      expect(deepQueryAll(element, 'li.partner')).to.have.length(9);
      expect(deepQueryAll(element, 'li.meeting')).to.have.length(9);
      expect(deepQueryAll(element, 'li.meeting.next').map((li) => li.id)).to.deep.equal(['evolaq-meeting-collecchio-2017']);
    });

    it("shows the EU emblem, 12 gold stars on blue, beside the data's statement", async () => {
      const element = await project();
      const emblem = deepQuery<SVGSVGElement>(element, 'svg.emblem')!;
      expect(emblem.getAttribute('role')).to.equal('img');
      expect(emblem.getAttribute('aria-label')).to.equal('Flag of the European Union');
      expect(emblem.getAttribute('viewBox')).to.equal('0 0 810 540');
      expect(emblem.querySelector('rect')!.getAttribute('fill')).to.equal('#003399');
      const stars = emblem.querySelector('path')!;
      expect(stars.getAttribute('fill')).to.equal('#FFCC00');
      expect(stars.getAttribute('d')!.match(/M/g)).to.have.length(12);
      expect(getComputedStyle(emblem).forcedColorAdjust).to.equal('none');
      expect(deepQuery(element, '.statement')!.textContent!.trim()).to.equal(
        'This project was co-funded by the Europe for Citizens Programme of the European Union.',
      );
    });

    for (const language of LANGUAGES) {
      it(`names the European Union in the default statement in ${language}`, async () => {
        await useLanguage(language);
        const data = await demoData();
        delete data.project.funding;
        expect(deepQuery(await project(data), '.statement')!.textContent!.trim()).to.equal(EU_STATEMENTS[language]);
      });
    }

    it('hides the emblem when the data says emblem: false', async () => {
      const data = await demoData();
      data.project.funding.emblem = false;
      const element = await project(data);
      expect(deepQuery(element, 'svg.emblem')).to.equal(null);
      expect(deepQuery(element, '.statement')).to.exist;
    });

    it('passes now to its timeline', async () => {
      const element = await project(undefined, '2017-05-12');
      expect(deepQuery(element, '#evolaq-meeting-collecchio-2017')!.classList.contains('ongoing')).to.equal(true);
    });

    it('shows only the problem when the data has no title', async () => {
      const element = await project({ schemaVersion: 1, project: { summary: 'x' } });
      expect(deepQuery(element, '[role="alert"]')!.textContent).to.contain('This field is required but missing.');
      expect(deepQuery(element, 'code')!.textContent).to.equal('project.title');
      expect(deepQuery(element, 'evolaq-summary')).to.equal(null);
    });

    it('reports problems once, from the project and not from its parts', async () => {
      const data = await demoData();
      delete data.partners[0].country;
      const events: Event[] = [];
      const paths: string[] = [];
      // As the README's example, typed: the document's event map knows our events (npm test's type check).
      const listener = (event: EvolaqProblemsEvent) => {
        events.push(event);
        paths.push(...event.problems.map((problem) => problem.path));
      };
      document.addEventListener('evolaq-problems', listener);
      try {
        const element = await project(data);
        expect(events).to.have.length(1);
        expect(paths).to.include('partners[0].country');
        expect(events[0].target).to.equal(element);
        expect(deepQueryAll(element, 'details.problems')).to.have.length(1);
      } finally {
        document.removeEventListener('evolaq-problems', listener);
      }
    });
  });

  describe('styling from the page', () => {
    it('lets the page style the inner parts the README lists through the project element', async () => {
      const parts = [
        'header',
        'facts',
        'goals',
        'themes',
        'website',
        'country',
        'partner',
        'lead',
        'legend',
        'meetings',
        'meeting',
        'meeting-past',
        'toggle',
        'details',
        'calendar',
        'label',
        'select',
      ];
      const style = document.createElement('style');
      style.textContent = parts.map((name) => `evolaq-project::part(${name}) { outline: 3px dashed rgb(1, 2, 3); }`).join('\n');
      document.head.append(style);
      try {
        const data = await demoData();
        data.project.website = 'https://example.org/evolaq';
        const element = await project(data);
        const unstyled = parts.filter((name) => {
          const target = deepQueryAll(element, `[part~="${name}"]`)[0];
          return !target || getComputedStyle(target).outlineColor !== 'rgb(1, 2, 3)';
        });
        expect(unstyled).to.deep.equal([]);
      } finally {
        style.remove();
      }
    });
  });

  describe('language picker', () => {
    it('lists the 24 languages, each named in its own language, in the EU order', async () => {
      const options = deepQueryAll<HTMLOptionElement>(await project(), 'option');
      expect(options.every((o) => o.lang === o.value)).to.equal(true);
      expect(options.map((o) => o.textContent)).to.deep.equal([
        'Български',
        'Español',
        'Čeština',
        'Dansk',
        'Deutsch',
        'Eesti',
        'Ελληνικά',
        'English',
        'Français',
        'Gaeilge',
        'Hrvatski',
        'Italiano',
        'Latviešu',
        'Lietuvių',
        'Magyar',
        'Malti',
        'Nederlands',
        'Polski',
        'Português',
        'Română',
        'Slovenčina',
        'Slovenščina',
        'Suomi',
        'Svenska',
      ]);
    });

    it('switches every widget on the page and fires evolaq-language-change', async () => {
      const data = await demoData();
      const page = mount(
        html`<evolaq-project now="2017-04-20" .data=${data}></evolaq-project
          ><evolaq-timeline now="2017-04-20" .data=${data}></evolaq-timeline>`,
      );
      const [first, second] = [...page.children] as HTMLElement[];
      await settled(first);
      await settled(second);
      const select = deepQuery<HTMLSelectElement>(first, 'select')!;
      const changed = nextEvent<EvolaqLanguageChangeEvent>(page, 'evolaq-language-change');
      select.value = 'lv';
      select.dispatchEvent(new Event('change'));
      const event = await changed;
      await settled(first);
      await settled(second);
      expect(event.language).to.equal('lv');
      expect(activeLanguage()).to.equal('lv');
      expect(deepQuery(first, 'section.timeline > h3')!.textContent!.trim()).to.equal('Partneru sanāksmes');
      expect(second.shadowRoot!.querySelector('h2')!.textContent!.trim()).to.equal('Partneru sanāksmes');
      expect(second.shadowRoot!.querySelector('#evolaq-meeting-collecchio-2017 .dates')!.textContent).to.equal(
        '2017. gada 11.–14. maijs',
      );
    });

    it('can be hidden with no-picker', async () => {
      const element = await fixture(html`<evolaq-project no-picker .data=${await demoData()}></evolaq-project>`);
      await settled(element);
      expect(deepQuery(element, 'evolaq-language-picker')).to.equal(null);
    });
  });
});
