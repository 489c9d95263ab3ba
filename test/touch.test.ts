import { expect, html } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../src/index.js';
import { deepQuery, demoData, mount, settled, useLanguage, waitFor } from './support/helpers.js';

// The page of this file is a phone's from here on: a touch screen, no hover.
const touch = (type: string, x = 0, y = 0) => executeServerCommand('touch', { type, x, y });

/** A finger's tap on the middle of `element` (scrolled into view first). */
async function tap(element: Element): Promise<void> {
  element.scrollIntoView({ block: 'center' });
  const box = element.getBoundingClientRect();
  const [x, y] = [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)];
  await touch('touchStart', x, y);
  await touch('touchEnd', x, y);
}

describe('on a touch screen', () => {
  before(async () => {
    await executeServerCommand('touch-screen');
    await useLanguage('en');
  });

  it('leaves no hover mark on a meeting title or button a finger tapped', async () => {
    const page = mount(html`<evolaq-timeline now="2016-01-01" page-size="1" .data=${await demoData()}></evolaq-timeline>`);
    const timeline = page.firstElementChild!;
    await settled(timeline);
    const toggle = deepQuery(timeline, '#evolaq-meeting-linz-2016 .toggle')!;
    const title = toggle.querySelector('.title')!;
    await tap(title);
    await waitFor(() => toggle.getAttribute('aria-expanded') === 'true', 'the meeting opened');
    // Touch screens keep :hover on what was tapped last: a hover style stays until the next tap elsewhere.
    expect(getComputedStyle(title).textDecorationLine, 'opened').to.equal('none');
    await tap(title);
    await waitFor(() => toggle.getAttribute('aria-expanded') === 'false', 'the meeting closed');
    expect(getComputedStyle(title).textDecorationLine, 'closed').to.equal('none');
    const more = deepQuery(timeline, 'button.more')!;
    await tap(more);
    await waitFor(() => !deepQuery(timeline, '#evolaq-meeting-norrkoping-2016')!.hidden, 'the next meeting shown');
    expect(more.matches(':hover'), 'Show more keeps :hover').to.equal(true);
    expect(getComputedStyle(more).backgroundColor).to.equal('rgb(255, 255, 255)');
  });
});
