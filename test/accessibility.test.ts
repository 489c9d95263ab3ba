import { expect, html } from '@open-wc/testing';
import { emulateMedia, executeServerCommand, sendKeys } from '@web/test-runner-commands';
import '../src/index.js';
import type { EvolaqLanguageChangeEvent } from '../src/elements/events.js';
import type { EvolaqProjectElement } from '../src/elements/project/evolaq-project.js';
import { deepQuery, deepQueryAll, demoData, mount, settled, useLanguage, waitFor } from './support/helpers.js';

/** The element that has focus, looking through shadow roots. */
function focused(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

function describeFocus(element: Element | null): string {
  if (!element) return 'nothing';
  const name = element.getAttribute('aria-label') ?? element.textContent!.replace(/\s+/g, ' ').trim();
  return `${element.localName}${element.className ? `.${String(element.className).split(' ')[0]}` : ''}: ${name.slice(0, 40)}`;
}

async function project(attributes = ''): Promise<EvolaqProjectElement> {
  const wrapper = mount(html``);
  const element = document.createElement('evolaq-project');
  for (const attribute of attributes.split(' ').filter(Boolean)) element.setAttribute(attribute, '');
  element.setAttribute('now', '2017-04-20');
  element.data = await demoData();
  wrapper.append(element);
  return settled(element);
}

describe('accessibility beyond the automatic audit', () => {
  beforeEach(() => useLanguage('en'));
  afterEach(async () => {
    await emulateMedia({ reducedMotion: 'no-preference', colorScheme: 'light' });
    await executeServerCommand('media-features', { features: [] });
  });

  describe('keyboard', () => {
    it('reaches every control in reading order with Tab', async () => {
      const element = await project('no-picker');
      const before = document.createElement('button');
      before.textContent = 'before';
      element.before(before);
      before.focus();
      const order: string[] = [];
      for (let i = 0; i < 40; i++) {
        await sendKeys({ press: 'Tab' });
        const current = focused();
        if (
          !current ||
          !element.contains(current.getRootNode() instanceof ShadowRoot ? (current.getRootNode() as ShadowRoot).host : current)
        ) {
          if (!deepQueryAll(element, '*').includes(current as HTMLElement)) break;
        }
        order.push(describeFocus(current));
      }
      const toggles = order.filter((entry) => entry.startsWith('button.toggle'));
      expect(toggles.map((t) => t.split(': ')[1])).to.deep.equal([
        'Kick-off meeting',
        'Volunteering open to all',
        'Older people as volunteers',
        'Young people and volunteering',
        'Volunteering in a multinational city',
        'Volunteering in villages',
        'Volunteering festival and workshops',
        'Young people as volunteers',
        'Final meeting',
      ]);
      expect(order[order.length - 1]).to.match(/^button.calendar/);
    });

    it('opens a meeting with Enter and Space, and shows where focus is', async () => {
      const element = await project('no-picker');
      const toggle = deepQuery<HTMLButtonElement>(element, '#evolaq-meeting-linz-2016 .toggle')!;
      toggle.focus();
      await sendKeys({ press: 'Enter' });
      await settled(element);
      expect(toggle.getAttribute('aria-expanded')).to.equal('true');
      await sendKeys({ press: 'Space' });
      await settled(element);
      expect(toggle.getAttribute('aria-expanded')).to.equal('false');
      // Focus came from the keyboard: the ring must show.
      const style = getComputedStyle(toggle);
      expect(style.outlineStyle).to.equal('solid');
      expect(parseFloat(style.outlineWidth)).to.be.at.least(2);
    });

    it("gives a meeting's title button a target at least 24 px high, compact too (WCAG 2.5.8)", async () => {
      for (const attributes of ['no-picker', 'no-picker compact']) {
        const element = await project(attributes);
        for (const toggle of deepQueryAll(element, 'li.meeting:not([hidden]) .toggle'))
          for (const line of toggle.getClientRects()) expect(line.height, attributes).to.be.at.least(24);
      }
    });

    it('changes the language from the keyboard on Enter, not at every arrow key, and puts the list back on Escape', async () => {
      // Browsers on Windows and Linux change a closed list at every arrow key: stepping through
      // 24 languages must not load, switch and announce each one (WCAG 3.2.2).
      const element = await project();
      const select = deepQuery<HTMLSelectElement>(element, 'select')!;
      const base = deepQuery(element, '.base')!;
      const changes: string[] = [];
      element.addEventListener('evolaq-language-change', (event) => changes.push((event as EvolaqLanguageChangeEvent).language));
      select.focus();
      await sendKeys({ press: 'ArrowDown' });
      await sendKeys({ press: 'ArrowDown' });
      await settled(element);
      expect(select.value).to.equal('ga');
      expect(base.getAttribute('lang')).to.equal('en-GB');
      expect(changes).to.deep.equal([]);
      await sendKeys({ press: 'Escape' });
      expect(select.value).to.equal('en');
      await sendKeys({ press: 'ArrowUp' });
      await sendKeys({ press: 'Enter' });
      await waitFor(() => changes.length > 0, 'the language change');
      await settled(element);
      expect(changes).to.deep.equal(['el']);
      expect(base.getAttribute('lang')).to.equal('el');
      expect(deepQuery(element, 'section.timeline > h3')!.textContent!.trim()).to.equal('Συναντήσεις εταίρων');
      // Enter applied the choice and did not also open the list.
      expect(select.matches(':open')).to.equal(false);
      // A change made with no key (a screen reader's action, a choice in the opened list) applies at once.
      await new Promise((resolve) => setTimeout(resolve));
      select.value = 'de';
      select.dispatchEvent(new Event('change'));
      await waitFor(() => changes.length === 2, 'the second change');
      expect(changes).to.deep.equal(['el', 'de']);
      // And the list shows what the page's script chooses later, once the visitor has chosen in it.
      await useLanguage('it');
      await settled(element);
      expect(select.value).to.equal('it');
      await useLanguage('de');
      await settled(element);
      expect(select.value).to.equal('de');
    });

    it('changes the language chosen with arrow keys when the visitor leaves the list', async () => {
      const element = await project();
      const select = deepQuery<HTMLSelectElement>(element, 'select')!;
      select.focus();
      await sendKeys({ press: 'ArrowDown' });
      await sendKeys({ press: 'Tab' });
      await waitFor(() => deepQuery(element, '.base')!.getAttribute('lang') === 'fr', 'French');
      expect(select.value).to.equal('fr');
    });
  });

  describe('the picker on a site', () => {
    it('reads, without a theme, in the colours of the dark header it sits in', async () => {
      const wrapper = mount(
        html`<header style="background: #1f3b2d; color: #ffffff; padding: 1em">
          <evolaq-language-picker></evolaq-language-picker>
        </header>`,
      );
      const picker = wrapper.querySelector('evolaq-language-picker')!;
      await settled(picker);
      expect(getComputedStyle(picker.shadowRoot!.querySelector('label')!).color).to.equal('rgb(255, 255, 255)');
      await expect(wrapper).to.be.accessible();
    });
  });

  describe('announcements', () => {
    it('announces a language change once, in the new language, from the picker that was used', async () => {
      const data = await demoData();
      const wrapper = mount(
        html`<evolaq-project .data=${data}></evolaq-project><evolaq-language-picker></evolaq-language-picker>`,
      );
      const element = wrapper.querySelector('evolaq-project')!;
      await settled(element);
      const select = deepQuery<HTMLSelectElement>(element, 'select')!;
      select.value = 'lv';
      select.dispatchEvent(new Event('change'));
      await useLanguage('lv');
      await settled(element);
      await settled(wrapper.querySelector('evolaq-language-picker')!);
      const spoken = [
        ...deepQueryAll(element, '[role="status"]'),
        ...deepQueryAll(wrapper.querySelector('evolaq-language-picker')!, '[role="status"]'),
      ]
        .map((region) => region.textContent!.trim())
        .filter(Boolean);
      expect(spoken).to.have.length(1);
      expect(spoken[0]).to.contain('Latviešu');
    });

    it("clears a picker's announcement once another picker changes the language, and says it again when chosen again", async () => {
      const wrapper = mount(
        html`<evolaq-language-picker></evolaq-language-picker><evolaq-language-picker></evolaq-language-picker>`,
      );
      const [first, second] = [...wrapper.children] as HTMLElement[];
      await settled(first);
      await settled(second);
      const status = (picker: HTMLElement) => picker.shadowRoot!.querySelector('[role="status"]')!.textContent!.trim();
      const choose = async (picker: HTMLElement, language: string) => {
        const select = picker.shadowRoot!.querySelector('select')!;
        select.value = language;
        select.dispatchEvent(new Event('change'));
        await waitFor(() => picker.shadowRoot!.querySelector('.base')!.getAttribute('lang') === language, language);
        await settled(first);
        await settled(second);
      };
      await choose(first, 'lv');
      expect(status(first)).to.equal('Valoda: Latviešu');
      await choose(second, 'de');
      // The first one's Latvian words would now be read as German, and could not be said again.
      expect([status(first), status(second)]).to.deep.equal(['', 'Sprache: Deutsch']);
      await choose(first, 'lv');
      expect([status(first), status(second)]).to.deep.equal(['Valoda: Latviešu', '']);
      // Not said twice when the other picker chooses the same again: the first one's words are gone.
      await choose(second, 'de');
      await choose(second, 'lv');
      expect([status(first), status(second)]).to.deep.equal(['', 'Valoda: Latviešu']);
    });

    it('announces a loading error as one alert, whole when it appears', async () => {
      // The wording of problems loads when needed: the alert must not appear first without it
      // (a screen reader would read it twice, or only half).
      const wrapper = mount(html`<evolaq-summary src="/demo/missing.json"></evolaq-summary>`);
      const element = wrapper.firstElementChild!;
      await waitFor(() => element.shadowRoot, 'the shadow root');
      const seen: string[] = [];
      const watch = new MutationObserver(() => {
        const alert = element.shadowRoot!.querySelector('[role="alert"]');
        if (alert && !seen.includes(alert.textContent!)) seen.push(alert.textContent!);
      });
      watch.observe(element.shadowRoot!, { childList: true, subtree: true, characterData: true });
      await waitFor(() => element.shadowRoot!.querySelector('[role="alert"]'), 'the alert');
      await settled(element);
      watch.disconnect();
      expect(seen).to.have.length(1);
      expect(seen[0]).to.contain('cannot be shown').and.contain('404');
    });
    it('keeps the alert in place through a language switch, then words it in the new language', async () => {
      const wrapper = mount(html`<evolaq-summary src="/demo/missing.json"></evolaq-summary>`);
      const element = wrapper.firstElementChild!;
      await waitFor(() => element.shadowRoot?.querySelector('[role="alert"]'), 'the alert');
      await settled(element);
      let gone = 0;
      const watch = new MutationObserver(() => {
        if (!element.shadowRoot!.querySelector('[role="alert"]')) gone++;
      });
      watch.observe(element.shadowRoot!, { childList: true, subtree: true });
      await useLanguage('de');
      await settled(element);
      watch.disconnect();
      expect(gone, 'times the alert left the page').to.equal(0);
      expect(element.shadowRoot!.querySelector('[role="alert"]')!.textContent)
        .to.contain('404')
        .and.not.contain('cannot be shown');
      await useLanguage('en');
    });
  });

  describe('zoom, small screens and user preferences', () => {
    it('loses nothing at 200 % text size in 320 px', async () => {
      const wrapper = mount(
        html`<div style="width: 320px; font-size: 200%">
          <evolaq-project now="2017-04-20" .data=${await demoData()}></evolaq-project>
        </div>`,
      );
      const element = wrapper.querySelector('evolaq-project')!;
      await settled(element);
      const right = wrapper.firstElementChild!.getBoundingClientRect().right + 1;
      const overflowing = deepQueryAll(element, '*').filter((el) => {
        const box = el.getBoundingClientRect();
        return box.width > 0 && box.right > right && !['style', 'slot'].includes(el.localName);
      });
      expect(overflowing.map((el) => el.localName + '.' + el.className)).to.deep.equal([]);
    });

    it('stops motion when the visitor asks for less', async () => {
      await emulateMedia({ reducedMotion: 'reduce' });
      const element = await project();
      expect(matchMedia('(prefers-reduced-motion: reduce)').matches).to.equal(true);
      const chevron = deepQuery(element, '.chevron')!;
      expect(getComputedStyle(chevron).transitionDuration).to.equal('0s');
    });

    it('draws the map in system colours in forced colours: the sea as Canvas, the focused pin ringed in Highlight', async () => {
      await executeServerCommand('media-features', { features: [{ name: 'forced-colors', value: 'active' }] });
      const element = await project();
      element.setAttribute('theme', 'dark');
      await settled(element);
      const probe = document.createElement('div');
      probe.style.cssText = 'background: Canvas; color: Highlight';
      document.body.append(probe);
      try {
        const map = deepQuery(element, 'evolaq-map')!;
        const pin = map.shadowRoot!.querySelector<SVGGElement>('.pin')!;
        pin.focus();
        await sendKeys({ press: 'ArrowRight' });
        const focused = map.shadowRoot!.activeElement!;
        expect(getComputedStyle(focused.querySelector('.ring')!).stroke).to.equal(getComputedStyle(probe).color);
        expect(getComputedStyle(map.shadowRoot!.querySelector('figure > svg')!).backgroundColor).to.equal(
          getComputedStyle(probe).backgroundColor,
        );
      } finally {
        probe.remove();
      }
    });

    it('prints black on white in the dark theme too', async () => {
      const element = await project();
      element.setAttribute('theme', 'dark');
      await settled(element);
      await emulateMedia({ media: 'print' });
      try {
        expect(getComputedStyle(deepQuery(element, '.project')!).backgroundColor).to.equal('rgb(255, 255, 255)');
        const partners = deepQuery(element, 'evolaq-partners')!;
        expect(getComputedStyle(partners.shadowRoot!.querySelector('.base')!).color).to.equal('rgb(0, 0, 0)');
      } finally {
        await emulateMedia({ media: 'screen' });
      }
    });

    it('keeps the EU emblem and the markers visible in forced colours', async () => {
      await executeServerCommand('media-features', { features: [{ name: 'forced-colors', value: 'active' }] });
      const element = await project();
      expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
      const emblem = deepQuery(element, 'svg.emblem')!;
      expect(getComputedStyle(emblem).forcedColorAdjust).to.equal('none');
      expect(getComputedStyle(emblem.querySelector('rect')!).fill).to.equal('rgb(0, 51, 153)');
      const marker = deepQuery(element, '.next .marker')!;
      expect(getComputedStyle(marker).borderTopStyle).to.equal('solid');
      const lead = deepQuery(element, 'p.lead')!;
      expect(getComputedStyle(lead).borderTopStyle).to.equal('solid');
    });

    it('marks in forced colours only the partner linked with the map, not every partner with a bar', async () => {
      await executeServerCommand('media-features', { features: [{ name: 'forced-colors', value: 'active' }] });
      const element = await project();
      const probe = document.createElement('div');
      probe.style.cssText = 'color: Canvas';
      document.body.append(probe);
      try {
        const partners = deepQuery(element, 'evolaq-partners')!.shadowRoot!;
        const bars = [...partners.querySelectorAll('.partner:not(.hi)')].map((p) => getComputedStyle(p).borderInlineStartColor);
        expect(bars.length).to.be.above(1);
        // (Forced colours draw a transparent border in CanvasText, a black bar on white.)
        expect([...new Set(bars)]).to.deep.equal([getComputedStyle(probe).color]);
      } finally {
        probe.remove();
      }
    });

    it("prints the lead badge, the goals' bullets and the timeline's line also where the browser leaves backgrounds out", async () => {
      const element = await project();
      await emulateMedia({ media: 'print' });
      try {
        // Each is drawn by its background: without this, white text on white, no bullets, markers unjoined.
        const lead = deepQuery(element, 'p.lead')!;
        const goal = deepQuery(element, '.goals li')!;
        const meeting = deepQuery(element, 'li.meeting')!;
        const marker = deepQuery(element, '.past .marker')!;
        expect(getComputedStyle(lead).printColorAdjust, 'lead badge').to.equal('exact');
        expect(getComputedStyle(goal, '::before').printColorAdjust, "goal's bullet").to.equal('exact');
        expect(getComputedStyle(meeting, '::before').printColorAdjust, "timeline's line").to.equal('exact');
        expect(getComputedStyle(marker).printColorAdjust, 'past marker').to.equal('exact');
        // The map moves whole to the next page, with its heading, rather than lose a band at a page break.
        const map = deepQuery(element, 'evolaq-map')!.shadowRoot!.querySelector('.map')!;
        expect(getComputedStyle(map).breakInside).to.equal('avoid');
        // And no heading is left alone at the foot of a page.
        for (const heading of deepQueryAll(element, 'h2, h3, h4'))
          expect(getComputedStyle(heading).breakAfter, heading.textContent!).to.equal('avoid');
      } finally {
        await emulateMedia({ media: 'screen' });
      }
    });
  });
});
