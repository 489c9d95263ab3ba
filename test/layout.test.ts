import { expect } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { html } from 'lit';
import '../src/index.js';
import { deepQueryAll, demoData, mount, settled, useLanguage, waitFor } from './support/helpers.js';

/** Every element box inside `root`, across shadow roots. */
function boxes(root: Element): Element[] {
  return deepQueryAll(root, '*').filter((el) => !['style', 'slot', 'script'].includes(el.localName));
}

/** Runs `run` with `css` in the host page's own stylesheet, as a theme's rules would be. */
async function withPageStyle(css: string, run: () => Promise<void>): Promise<void> {
  const style = document.createElement('style');
  style.textContent = css;
  document.head.append(style);
  try {
    await run();
  } finally {
    style.remove();
  }
}

/** Elements whose box reaches past the right edge of `container` (1 px of rounding allowed). */
function overflowing(container: Element): string[] {
  const right = container.getBoundingClientRect().right + 1;
  return boxes(container.firstElementChild!)
    .filter((el) => el.getBoundingClientRect().width > 0 && el.getBoundingClientRect().right > right)
    .map((el) => `${el.localName}.${el.getAttribute('class') ?? ''}`);
}

describe('layout inside the host page', () => {
  beforeEach(() => useLanguage('en'));

  for (const [label, parent] of [
    ['a flex row', 'display: flex'],
    ['a float', 'float: left'],
    ['a table cell', 'display: table-cell'],
    ['an inline-block', 'display: inline-block'],
  ] as const) {
    it(`keeps a readable width inside ${label} (common in CMS columns)`, async () => {
      const page = mount(
        html`<div style="width: 1000px">
          <div style=${parent}><evolaq-project .data=${await demoData()}></evolaq-project></div>
        </div>`,
      );
      const widget = page.querySelector('evolaq-project')!;
      await settled(widget);
      const width = widget.getBoundingClientRect().width;
      expect(width, `width inside ${label}`).to.be.within(400, 1000);
      expect(overflowing(page.firstElementChild!)).to.deep.equal([]);
    });
  }

  for (const language of ['en', 'de', 'fi'] as const) {
    it(`fits a 280 px sidebar without overflowing, in ${language}`, async () => {
      await useLanguage(language);
      const data = await demoData();
      const page = mount(html`<div style="width: 280px"><evolaq-project now="2017-04-20" .data=${data}></evolaq-project></div>`);
      await settled(page.querySelector('evolaq-project')!);
      expect(page.querySelector('evolaq-project')!.getBoundingClientRect().width).to.equal(280);
      expect(overflowing(page.firstElementChild!)).to.deep.equal([]);
    });
  }

  for (const whiteSpace of ['nowrap', 'pre-wrap'] as const) {
    it(`wraps its own lines inside a wrapper with white-space: ${whiteSpace} (a theme's, or <td nowrap>)`, async () => {
      const data = await demoData();
      const page = mount(
        html`<div style="width: 360px; white-space: ${whiteSpace}"><evolaq-project .data=${data}></evolaq-project></div>`,
      );
      const widget = page.querySelector('evolaq-project')!;
      await settled(widget);
      expect(overflowing(page.firstElementChild!)).to.deep.equal([]);
      const title = widget.shadowRoot!.querySelector('evolaq-summary')!.shadowRoot!.querySelector('h2')!;
      expect(getComputedStyle(title).whiteSpace).to.equal('normal');
    });
  }

  it("starts its headings and lines at its edge inside a theme's indented paragraph (a CMS wraps the element in a <p>)", async () => {
    const page = mount(
      html`<p style="width: 360px; text-indent: 3em"><evolaq-timeline .data=${await demoData()}></evolaq-timeline></p>`,
    );
    const widget = page.querySelector('evolaq-timeline')!;
    await settled(widget);
    const heading = widget.shadowRoot!.querySelector('h2')!;
    const text = document.createRange();
    text.selectNodeContents(heading);
    expect(text.getClientRects()[0].left).to.equal(heading.getBoundingClientRect().left);
  });

  it('draws the project card at its own edges, with no band of background around it', async () => {
    const page = mount(
      html`<div style="width: 600px; background: #e9e4d8"><evolaq-project .data=${await demoData()}></evolaq-project></div>`,
    );
    const widget = page.querySelector('evolaq-project')!;
    await settled(widget);
    const card = widget.shadowRoot!.querySelector('.project')!.getBoundingClientRect();
    const host = widget.getBoundingClientRect();
    expect([card.left, card.right, card.top]).to.deep.equal([host.left, host.right, host.top]);
  });

  describe('on a 320 px phone', () => {
    afterEach(() => setViewport({ width: 800, height: 600 }));

    for (const [label, parent] of [
      ['a table cell', 'display: table-cell'],
      ['an inline-block', 'display: inline-block'],
      ['a float', 'float: left'],
    ] as const) {
      it(`stays within the screen inside ${label}`, async () => {
        await setViewport({ width: 320, height: 640 });
        const page = mount(
          html`<div style=${parent}><evolaq-timeline compact now="2017-04-20" .data=${await demoData()}></evolaq-timeline></div>`,
        );
        const timeline = page.querySelector('evolaq-timeline')!;
        await settled(timeline);
        expect(timeline.getBoundingClientRect().right).to.be.at.most(320);
        expect(document.documentElement.scrollWidth).to.be.at.most(320);
      });
    }
  });

  it('leaves the text of a meeting its room on a 320 px phone at 200 % text, in German', async () => {
    // About 10em of column: the page's inset, the project's and the timeline's marker once took
    // two thirds of it, and the next meeting's title had 58 px ("Freiwil-lige-nfes-t").
    await useLanguage('de');
    await setViewport({ width: 320, height: 640 });
    document.documentElement.style.fontSize = '200%';
    try {
      const page = mount(html`<evolaq-project now="2017-04-20" .data=${await demoData()}></evolaq-project>`);
      const project = page.querySelector('evolaq-project')!;
      await settled(project);
      const title = deepQueryAll(project, 'li.meeting.next .title')[0];
      expect(title.getBoundingClientRect().width).to.be.at.least(140);
      expect(document.documentElement.scrollWidth).to.be.at.most(320);
    } finally {
      document.documentElement.style.fontSize = '';
      await setViewport({ width: 800, height: 600 });
    }
  });

  it('keeps its dark text on its own light background on a dark site, with no theme set', async () => {
    const page = mount(
      html`<div style="background: #1b1b1b; color: #eeeeee; padding: 1em">
        <evolaq-summary .data=${await demoData()}></evolaq-summary>
      </div>`,
    );
    const summary = page.querySelector('evolaq-summary')!;
    await settled(summary);
    const base = getComputedStyle(summary.shadowRoot!.querySelector('.base')!);
    expect(base.backgroundColor).to.equal('rgb(255, 255, 255)');
    expect(base.color).to.equal('rgb(29, 36, 51)');
    // With room inside its background: the text does not touch its edges.
    expect(base.paddingLeft).to.equal('16px');
    expect(base.paddingTop).to.equal('16px');
    await expect(summary).to.be.accessible();
  });

  it('leaves the room inside to <evolaq-project> for the elements it is made of', async () => {
    const page = mount(html`<evolaq-project .data=${await demoData()}></evolaq-project>`);
    const project = page.querySelector('evolaq-project')!;
    await settled(project);
    for (const tag of ['evolaq-summary', 'evolaq-partners', 'evolaq-timeline']) {
      const inner = project.shadowRoot!.querySelector(tag)!.shadowRoot!.querySelector('.base')!;
      expect(getComputedStyle(inner).paddingLeft, tag).to.equal('0px');
    }
  });

  it('chooses its layout by the width it has, whatever the root font size of the site (62.5 % reset)', async () => {
    await withPageStyle('html { font-size: 62.5%; } body { font-size: 1.6rem; }', async () => {
      const page = mount(html`<div style="width: 600px"><evolaq-project .data=${await demoData()}></evolaq-project></div>`);
      const project = page.querySelector('evolaq-project')!;
      await settled(project);
      const top = (selector: string) => project.shadowRoot!.querySelector(selector)!.getBoundingClientRect().top;
      // 600 px is a narrow column: one above the other, as without the reset.
      expect(top('evolaq-partners')).to.be.below(top('evolaq-timeline'));
    });
  });

  it('keeps its own look against aggressive page CSS', async () => {
    await withPageStyle(
      '* { font-size: 40px !important; } li { display: inline !important; } h2, h3 { display: none !important; }',
      async () => {
        const page = mount(html`<div style="width: 600px"><evolaq-timeline .data=${await demoData()}></evolaq-timeline></div>`);
        const timeline = page.querySelector('evolaq-timeline')!;
        await settled(timeline);
        const item = timeline.shadowRoot!.querySelector('li.meeting')!;
        const heading = timeline.shadowRoot!.querySelector('h2')!;
        expect(getComputedStyle(item).display).to.equal('grid');
        expect(getComputedStyle(heading).display).to.equal('block');
      },
    );
  });

  it("keeps its line height and box sizes against a theme's rules for every element", async () => {
    // Page rules reach the host only, but what they set there is inherited inside.
    await withPageStyle('* { line-height: 2.5 !important; box-sizing: content-box !important; }', async () => {
      const page = mount(html`<div style="width: 600px"><evolaq-timeline .data=${await demoData()}></evolaq-timeline></div>`);
      const timeline = page.querySelector('evolaq-timeline')!;
      await settled(timeline);
      const when = getComputedStyle(timeline.shadowRoot!.querySelector('li.meeting .when')!);
      expect(parseFloat(when.lineHeight) / parseFloat(when.fontSize)).to.be.closeTo(1.5, 0.01);
      expect(getComputedStyle(timeline.shadowRoot!.querySelector('li.meeting')!).boxSizing).to.equal('border-box');
      expect(overflowing(page.firstElementChild!)).to.deep.equal([]);
    });
  });

  it("keeps its own spacing of letters and words against a theme's", async () => {
    await withPageStyle('* { letter-spacing: 0.2em; word-spacing: 1em; }', async () => {
      const page = mount(html`<div style="width: 600px"><evolaq-timeline .data=${await demoData()}></evolaq-timeline></div>`);
      const timeline = page.querySelector('evolaq-timeline')!;
      await settled(timeline);
      const title = getComputedStyle(timeline.shadowRoot!.querySelector('li.meeting .title')!);
      expect([title.letterSpacing, title.wordSpacing]).to.deep.equal(['normal', '0px']);
    });
  });

  it("puts a meeting's chevron before its title, on the title's first line, whatever the width", async () => {
    // (After the title it stood at the column's edge when the title wrapped, or alone on a line after its last word.)
    const data = await demoData();
    data.meetings[0].title = { en: 'A long title of a partner meeting that wraps onto a second line here' };
    const page = mount(html`<div style="width: 300px"><evolaq-timeline .data=${data}></evolaq-timeline></div>`);
    const timeline = page.querySelector('evolaq-timeline')!;
    await settled(timeline);
    const misplaced: string[] = [];
    for (let width = 240; width <= 420; width += 3) {
      (page.firstElementChild as HTMLElement).style.width = `${width}px`;
      for (const title of timeline.shadowRoot!.querySelectorAll<HTMLElement>('li.meeting:not([hidden]) .title')) {
        const range = document.createRange();
        range.selectNodeContents(title);
        const first = range.getClientRects()[0];
        const chevron = title.parentElement!.querySelector('.chevron')!.getBoundingClientRect();
        if (chevron.right > first.left || chevron.bottom < first.top || chevron.top > first.bottom)
          misplaced.push(`${title.textContent} at ${width} px`);
      }
    }
    expect(misplaced).to.deep.equal([]);
  });

  it("keeps a meeting's turned chevron inside its title button, clear of the focus ring", async () => {
    // A square turned 45° is wider than its box: it stood 1.7 px before the button, 0.3 px from the focus ring's inner edge.
    const data = await demoData();
    for (const compact of [false, true]) {
      const page = mount(
        html`<div style="width: 320px"><evolaq-timeline .data=${data} ?compact=${compact}></evolaq-timeline></div>`,
      );
      const timeline = page.querySelector('evolaq-timeline')!;
      await settled(timeline);
      for (const toggle of timeline.shadowRoot!.querySelectorAll<HTMLElement>('li.meeting:not([hidden]) .toggle')) {
        const button = toggle.getBoundingClientRect();
        const chevron = toggle.querySelector('.chevron')!.getBoundingClientRect();
        expect(chevron.left, `${toggle.textContent!.trim()}${compact ? ', compact' : ''}`).to.be.at.least(button.left);
      }
    }
  });

  it("keeps the page's own fallback content in the page's direction on a right-to-left page", async () => {
    const page = mount(
      html`<div dir="rtl">
        <evolaq-summary src="/demo/missing.json"><p>صفحة المشروع</p></evolaq-summary>
      </div>`,
    );
    const summary = page.querySelector('evolaq-summary')!;
    await waitFor(() => summary.shadowRoot?.querySelector('.failure'), 'the failure');
    expect(getComputedStyle(summary.querySelector('p')!).direction).to.equal('rtl');
    expect(getComputedStyle(summary.shadowRoot!.querySelector('.failure')!).direction).to.equal('ltr');
  });

  it('reads left to right on a right-to-left page', async () => {
    const page = mount(
      html`<div dir="rtl" style="width: 600px">
        <evolaq-timeline now="2017-04-20" .data=${await demoData()}></evolaq-timeline>
      </div>`,
    );
    const timeline = page.querySelector('evolaq-timeline')!;
    await settled(timeline);
    const collecchio = timeline.shadowRoot!.querySelector('#evolaq-meeting-collecchio-2017')!;
    // "11–14 May 2017": the first day at the left, as written, not "May 2017 14 – 11".
    const [start, end] = [...collecchio.querySelectorAll('.when time')].map((time) => time.getBoundingClientRect().left);
    expect(start).to.be.below(end);
    const heading = timeline.shadowRoot!.querySelector('h2')!.getBoundingClientRect();
    expect(heading.left - timeline.getBoundingClientRect().left).to.be.below(40);
  });

  it('gives the partners, or the timeline, the whole width when the data has only one of them', async () => {
    const data = await demoData();
    const page = mount(
      html`<div style="width: 1100px"><evolaq-project .data=${{ ...data, meetings: [] }}></evolaq-project></div>
        <div style="width: 1100px"><evolaq-project .data=${{ ...data, partners: [] }}></evolaq-project></div>`,
    );
    const [noMeetings, noPartners] = [...page.querySelectorAll('evolaq-project')];
    await settled(noMeetings);
    await settled(noPartners);
    const width = (root: Element, selector: string) => root.shadowRoot!.querySelector(selector)!.getBoundingClientRect().width;
    expect(width(noMeetings, 'evolaq-partners')).to.be.closeTo(width(noMeetings, '.columns'), 1);
    expect(width(noPartners, 'evolaq-timeline')).to.be.closeTo(width(noPartners, '.columns'), 1);
  });

  it('puts the partners and the timeline side by side in a wide column, one above the other in a narrow one', async () => {
    const data = await demoData();
    const page = mount(
      html`<div style="width: 1100px"><evolaq-project .data=${data}></evolaq-project></div>
        <div style="width: 500px"><evolaq-project .data=${data}></evolaq-project></div>`,
    );
    const [wide, narrow] = [...page.querySelectorAll('evolaq-project')];
    await settled(wide);
    await settled(narrow);
    const top = (root: Element, selector: string) => root.shadowRoot!.querySelector(selector)!.getBoundingClientRect().top;
    expect(top(wide, 'evolaq-partners')).to.equal(top(wide, 'evolaq-timeline'));
    expect(top(narrow, 'evolaq-partners')).to.be.below(top(narrow, 'evolaq-timeline'));
  });
});
