import { expect, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../src/index.js';
import { deepQuery, demoData, mount, settled, useLanguage } from './support/helpers.js';

async function project(theme?: string, style = '') {
  const page = mount(
    html`<evolaq-project now="2017-04-20" style=${style} theme=${theme ?? ''} .data=${await demoData()}></evolaq-project>`,
  );
  const element = page.firstElementChild!;
  if (theme === undefined) element.removeAttribute('theme');
  return settled(element);
}

const background = (element: Element) => getComputedStyle(deepQuery(element, '.project')!).backgroundColor;

describe('themes', () => {
  beforeEach(() => useLanguage('en'));
  afterEach(() => emulateMedia({ colorScheme: 'light' }));

  it('is light by default', async () => {
    expect(background(await project())).to.equal('rgb(255, 255, 255)');
  });

  for (const language of ['en', 'lv', 'de']) {
    it(`passes the a11y audit, contrast included, in the dark theme in ${language}`, async () => {
      await useLanguage(language);
      const element = await project('dark');
      expect(background(element)).to.equal('rgb(22, 27, 38)');
      await expect(element).to.be.accessible();
    });
  }

  it('draws light controls with the light theme on a page that asks for dark ones (:root { color-scheme: dark })', async () => {
    document.documentElement.style.colorScheme = 'dark';
    try {
      const page = mount(html`<evolaq-language-picker theme="light"></evolaq-language-picker>`);
      const picker = page.querySelector('evolaq-language-picker')!;
      await settled(picker);
      expect(getComputedStyle(picker.shadowRoot!.querySelector('select')!).colorScheme).to.equal('light');
    } finally {
      document.documentElement.style.colorScheme = '';
    }
  });

  it('gives the EU emblem a white border on dark, as the EU asks', async () => {
    const element = await project('dark');
    const emblem = deepQuery(element, 'svg.emblem')!;
    expect(getComputedStyle(emblem).borderTopColor).to.equal('rgb(255, 255, 255)');
    expect(getComputedStyle(emblem).borderTopStyle).to.equal('solid');
  });

  it('follows the system with auto', async () => {
    await emulateMedia({ colorScheme: 'dark' });
    expect(background(await project('auto'))).to.equal('rgb(22, 27, 38)');
    await emulateMedia({ colorScheme: 'light' });
    expect(background(await project('auto'))).to.equal('rgb(255, 255, 255)');
  });

  it('takes the site colours from --evolaq-* properties, and stays accessible', async () => {
    const element = await project(undefined, '--evolaq-accent-color: #1f5e2e; --evolaq-surface-color: #fbf8f1');
    expect(background(element)).to.equal('rgb(251, 248, 241)');
    expect(getComputedStyle(deepQuery(element, '.acronym')!).color).to.equal('rgb(31, 94, 46)');
    await expect(element).to.be.accessible();
  });

  it('passes the theme to a standalone element, with its own background', async () => {
    const page = mount(html`<evolaq-timeline theme="dark" .data=${await demoData()}></evolaq-timeline>`);
    const timeline = await settled(page.firstElementChild!);
    expect(getComputedStyle(timeline.shadowRoot!.querySelector('.base')!).backgroundColor).to.equal('rgb(22, 27, 38)');
    await expect(timeline).to.be.accessible();
  });
});
