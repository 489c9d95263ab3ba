import { expect, html } from '@open-wc/testing';
import { executeServerCommand, sendKeys, sendMouse } from '@web/test-runner-commands';
import '../src/index.js';
import type { EvolaqPartnerSelectEvent } from '../src/elements/events.js';
import { accessibleNames, deepQuery, deepQueryAll, demoData, mount, settled, useLanguage, waitFor } from './support/helpers.js';

const highlightedPins = (root: Element) => deepQueryAll(root, 'g.pin.hi').map((pin) => pin.getAttribute('data-id'));
const highlightedPartners = (root: Element) => deepQueryAll(root, 'li.partner.hi').map((li) => li.getAttribute('data-partner'));

async function settleAll(root: Element): Promise<void> {
  for (const element of root.querySelectorAll('*')) if (element.localName.startsWith('evolaq-')) await settled(element);
}

describe('linked views', () => {
  beforeEach(() => useLanguage('en'));

  it('inside <evolaq-project>: hovering a partner highlights its pin, focusing a meeting its host', async () => {
    const page = mount(html`<evolaq-project now="2017-04-20" .data=${await demoData()}></evolaq-project>`);
    const project = page.firstElementChild!;
    await settled(project);
    const partner = deepQuery(project, 'li.partner[data-partner="daugavpils"]')!;
    partner.dispatchEvent(new PointerEvent('pointerover', { bubbles: true, composed: true }));
    await settled(project);
    expect(highlightedPins(project)).to.deep.equal(['daugavpils']);

    partner.dispatchEvent(new PointerEvent('pointerout', { bubbles: true, composed: true }));
    // Focus events, as keyboard focus sends them (a background test tab gets no real focus).
    deepQuery(project, '#evolaq-meeting-collecchio-2017 .toggle')!.dispatchEvent(
      new FocusEvent('focusin', { bubbles: true, composed: true }),
    );
    await settled(project);
    expect(highlightedPins(project)).to.deep.equal(['collecchio']);
  });

  it('on a touch screen, lights up what a finger taps, not what a scroll starts on', async () => {
    const page = mount(
      html`<evolaq-project now="2017-04-20" .data=${await demoData()}></evolaq-project>
        <div style="height: 100vh"></div>`,
    );
    const project = page.firstElementChild!;
    await settled(project);
    const touch = (type: string, [x, y]: number[]) => executeServerCommand('touch', { type, x, y });
    const centre = (selector: string) => {
      const element = deepQuery(project, selector)!;
      element.scrollIntoView({ block: 'center' });
      const box = element.getBoundingClientRect();
      return [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)];
    };
    // A finger put down to scroll the page, on a pin, a partner or a meeting (its hosts are Skövde's):
    // nothing lights up while it rests there or moves, and the page scrolls.
    for (const selector of [
      'g.pin[data-id="skovde"]',
      'li.partner[data-partner="skovde"] .name',
      '#evolaq-meeting-skovde-2017 .when',
    ]) {
      const [x, y] = centre(selector);
      const top = scrollY;
      await touch('touchStart', [x, y]);
      await settled(project);
      expect(highlightedPins(project), selector).to.deep.equal([]);
      expect(highlightedPartners(project), selector).to.deep.equal([]);
      for (let step = 1; step <= 10; step++) await touch('touchMove', [x, y - step * 15]);
      await touch('touchEnd', [x, y]);
      await waitFor(() => scrollY > top + 50, `the page scrolled by a finger on ${selector}`);
      await settled(project);
      expect(highlightedPins(project), selector).to.deep.equal([]);
    }
    // A tap on a pin, once the page has come to rest (a tap on a moving page only stops it): the
    // pin and its partner in the list stay marked after the finger is lifted.
    const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
    for (let last = NaN; last !== scrollY; await frame(), await frame()) last = scrollY;
    const [x, y] = centre('g.pin[data-id="cervia"]');
    await touch('touchStart', [x, y]);
    await touch('touchEnd', [x, y]);
    await waitFor(() => highlightedPins(project).length, 'the tapped pin marked');
    await settled(project);
    expect(highlightedPins(project)).to.deep.equal(['cervia']);
    expect(highlightedPartners(project)).to.deep.equal(['cervia']);
  });

  it('and the reverse: focusing a pin marks the partner in the list, not by colour alone', async () => {
    const page = mount(html`<evolaq-project .data=${await demoData()}></evolaq-project>`);
    const project = page.firstElementChild!;
    await settled(project);
    const pin = deepQuery<SVGGElement>(project, 'g.pin[data-id="skovde"]')!;
    pin.dispatchEvent(new FocusEvent('focusin', { bubbles: true, composed: true }));
    await settled(project);
    expect(highlightedPartners(project)).to.deep.equal(['skovde']);
    const name = deepQuery(project, 'li.partner.hi .name')!;
    expect(getComputedStyle(name).textDecorationLine).to.equal('underline');
  });

  it('links standalone elements that read the same src', async () => {
    const src = `/demo/evolaq.json?linked=${Math.random()}`;
    const page = mount(
      html`<evolaq-partners src=${src} no-map></evolaq-partners><evolaq-map src=${src}></evolaq-map>
        <evolaq-timeline src=${src}></evolaq-timeline>`,
    );
    const [partners, map, timeline] = [...page.children];
    for (let i = 0; i < 200 && !deepQuery(map, 'g.pin'); i++) await new Promise((r) => setTimeout(r, 10));
    await settleAll(page);
    deepQuery(partners, 'li.partner[data-partner="liiveri"]')!.dispatchEvent(
      new PointerEvent('pointerover', { bubbles: true, composed: true }),
    );
    await settleAll(page);
    expect(highlightedPins(map)).to.deep.equal(['liiveri']);
    deepQuery(timeline, '#evolaq-meeting-linz-2016 .when')!.dispatchEvent(
      new PointerEvent('pointerover', { bubbles: true, composed: true }),
    );
    await settleAll(page);
    expect(highlightedPins(map)).to.deep.equal(['vsg-linz']);
    expect(highlightedPartners(partners)).to.deep.equal(['vsg-linz']);
  });

  it('links elements of the same group, and no others', async () => {
    const data = await demoData();
    const page = mount(
      html`<evolaq-partners group="a" no-map .data=${data}></evolaq-partners><evolaq-map group="a" .data=${data}></evolaq-map>
        <evolaq-map group="b" .data=${data}></evolaq-map>`,
    );
    const [partners, mapA, mapB] = [...page.children];
    await settleAll(page);
    deepQuery(partners, 'li.partner[data-partner="cervia"]')!.dispatchEvent(
      new PointerEvent('pointerover', { bubbles: true, composed: true }),
    );
    await settleAll(page);
    expect(highlightedPins(mapA)).to.deep.equal(['cervia']);
    expect(highlightedPins(mapB)).to.deep.equal([]);
  });

  it('tells the host page which partner was chosen', async () => {
    const page = mount(html`<evolaq-project .data=${await demoData()}></evolaq-project>`);
    const project = page.firstElementChild!;
    await settled(project);
    const chosen = new Promise<EvolaqPartnerSelectEvent>((resolve) =>
      page.addEventListener('evolaq-partner-select', (e) => resolve(e), { once: true }),
    );
    deepQuery<SVGGElement>(project, 'g.pin[data-id="enzkreis"]')!.dispatchEvent(
      new MouseEvent('click', { bubbles: true, composed: true }),
    );
    expect((await chosen).partnerId).to.equal('enzkreis');
  });

  it('takes a keyboard user from a pin to its partner in the list on Enter; a click leaves focus where it is', async () => {
    const page = mount(html`<evolaq-project .data=${await demoData()}></evolaq-project>`);
    const project = page.firstElementChild!;
    await settled(project);
    const focused = () => {
      let active = document.activeElement;
      while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
      return active;
    };
    const where = () =>
      `${focused()?.localName} ${focused()?.getAttribute('data-id') ?? focused()?.getAttribute('data-partner')}`;
    // A click on a pin (a real one: the pointer's focus is not shown as the keyboard's).
    const linzPin = deepQuery<SVGGElement>(project, 'g.pin[data-id="vsg-linz"]')!;
    linzPin.scrollIntoView({ block: 'center' });
    const linz = linzPin.getBoundingClientRect();
    await sendMouse({ type: 'click', position: [Math.round(linz.x + linz.width / 2), Math.round(linz.y + linz.height / 2)] });
    await settled(project);
    expect(where()).to.equal('g vsg-linz');
    await sendKeys({ press: 'ArrowRight' });
    const pin = focused()!.getAttribute('data-id');
    expect(where()).to.equal(`g ${pin}`);
    await sendKeys({ press: 'Enter' });
    expect(where()).to.equal(`li ${pin}`);
    expect(getComputedStyle(focused()!).outlineStyle).to.equal('solid');
    // A screen reader's click (NVDA's browse mode, VoiceOver) has no click count, and often no focus first.
    deepQuery(project, 'g.pin[data-id="daugavpils"]')!.dispatchEvent(
      new MouseEvent('click', { bubbles: true, composed: true, detail: 0 }),
    );
    expect(where()).to.equal('li daugavpils');
  });

  it('goes on with Tab from the partner a pin took the keyboard to, not back to the map; the partner stays no Tab stop', async () => {
    const data = await demoData();
    // A link in the first entry (Austria's), so Tab has somewhere to go inside it.
    data.partners.find((partner: { id: string }) => partner.id === 'vsg-linz').website = 'https://example.org/';
    const page = mount(html`<evolaq-project .data=${data}></evolaq-project>`);
    const project = page.firstElementChild!;
    await settled(project);
    const focused = () => {
      let active = document.activeElement;
      while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
      return active!;
    };
    const where = () => {
      const at = focused();
      const partner = at.getAttribute('data-id') ?? at.closest('[data-partner]')?.getAttribute('data-partner');
      return `${at.localName} ${partner ?? at.textContent!.trim()}`;
    };
    const shiftTab = async () => {
      await sendKeys({ down: 'Shift' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ up: 'Shift' });
    };
    // Finland's partner: no link after it in the list, so Tab leaves the list for the meetings.
    deepQuery<SVGGElement>(project, 'g.pin[data-id="liiveri"]')!.focus();
    await sendKeys({ press: 'Enter' });
    expect(where()).to.equal('li liiveri');
    // The visitor looks at another window and comes back: the partner kept focus, and Tab still goes on.
    deepQuery(project, 'li.partner[data-partner="liiveri"]')!.dispatchEvent(new FocusEvent('blur'));
    await sendKeys({ press: 'Tab' });
    expect(where()).to.equal('button Kick-off meeting');
    // Left, the partner is out of the tab order again: Shift+Tab goes past it, to the link before it.
    await shiftTab();
    expect(where()).to.equal('a vsg-linz');
    expect(deepQueryAll(project, 'li.partner').filter((li) => li.tabIndex >= 0)).to.deep.equal([]);
    // A partner with a link: Tab goes into it.
    deepQuery<SVGGElement>(project, 'g.pin[data-id="vsg-linz"]')!.focus();
    await sendKeys({ press: 'Enter' });
    expect(where()).to.equal('li vsg-linz');
    await sendKeys({ press: 'Tab' });
    expect(where()).to.equal('a vsg-linz');
    expect(deepQueryAll(project, 'li.partner').filter((li) => li.tabIndex >= 0)).to.deep.equal([]);
  });

  it('names the partner a pin took the keyboard to with a pause between its lines, not as one run-on name', async () => {
    const page = mount(html`<evolaq-project .data=${await demoData()}></evolaq-project>`);
    const project = page.firstElementChild!;
    await settled(project);
    // What a screen reader says as focus arrives: the entry's name, which Chromium makes from its
    // lines joined by spaces ("Liiveri Village Association Association, Ilmajoki" told one name from two).
    const focusedName = async (id: string) => {
      deepQuery<SVGGElement>(project, `g.pin[data-id="${id}"]`)!.focus();
      await sendKeys({ press: 'Enter' });
      const names = (await accessibleNames('listitem')).map((node) => node.name.replace(/\s+,/g, ',')).filter(Boolean);
      expect(names).to.have.length(1);
      return names[0];
    };
    expect(await focusedName('liiveri')).to.equal('Liiveri Village Association, Association, Ilmajoki');
    expect(await focusedName('norrkoping')).to.equal(
      'Norrköping Municipality, Norrköpings kommun, Municipality, Norrköping, LEAD PARTNER',
    );
    expect(await focusedName('dubrovnik')).to.equal('City of Dubrovnik, Municipality, Dubrovnik');
  });

  it('draws the map in the project and in the partner list unless no-map', async () => {
    const data = await demoData();
    const page = mount(
      html`<evolaq-project .data=${data}></evolaq-project><evolaq-project no-map .data=${data}></evolaq-project>`,
    );
    const [withMap, withoutMap] = [...page.children];
    await settled(withMap);
    await settled(withoutMap);
    expect(deepQueryAll(withMap, 'g.pin')).to.have.length(9);
    expect(deepQuery(withoutMap, 'evolaq-map')).to.equal(null);
  });
});
