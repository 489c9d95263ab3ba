import { expect } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import { UI_LOCALES } from '../src/i18n/localization.js';
import { LANGUAGES, deepAll, demoData, waitFor } from './support/helpers.js';

/*
 * The built single file, used exactly as a webmaster does: one classic <script src> and one
 * element, in a page of its own. (`npm test` builds dist/ first.)
 */

interface Frame {
  readonly window: Window & { __errors?: string[]; __warnings?: string[]; __violations?: string[] };
  readonly document: Document;
}

const frames: HTMLIFrameElement[] = [];
afterEach(() => frames.splice(0).forEach((frame) => frame.remove()));

async function open(src: string): Promise<Frame> {
  const frame = document.createElement('iframe');
  frame.style.width = '1000px';
  frame.style.height = '800px';
  frame.src = src;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  frames.push(frame);
  await loaded;
  return { window: frame.contentWindow as Frame['window'], document: frame.contentDocument! };
}

/** The text of the file a click in the frame offers for download (caught where it becomes a Blob URL). */
async function fileOffered(frame: Frame, click: () => void): Promise<string> {
  let file: Blob | undefined;
  (frame.window as unknown as typeof window).URL.createObjectURL = (blob: Blob | MediaSource) => {
    file = blob as Blob;
    return 'blob:nowhere';
  };
  click();
  await waitFor(() => file, 'the file offered');
  return file!.text();
}

/** A page written as a webmaster would, with an error trap before our script. */
function webmasterPage(lang: string, body: string): string {
  const html = `<!doctype html><html lang="${lang}"><head><meta charset="utf-8">
    <script>
      window.__errors = [];
      addEventListener('error', (e) => __errors.push(String(e.message)));
      const original = console.error;
      console.error = (...args) => { __errors.push(args.join(' ')); original.apply(console, args); };
      window.__warnings = [];
      console.warn = (...args) => __warnings.push(args.map(String).join(' '));
    </script></head><body>${body}</body></html>`;
  return URL.createObjectURL(new Blob([html], { type: 'text/html' }));
}

async function shownProject(frame: Frame, lang: string) {
  const project = frame.document.querySelector('evolaq-project')!;
  await waitFor(
    () =>
      project.shadowRoot &&
      deepAll(project.shadowRoot, 'li.meeting').length === 9 &&
      deepAll(project.shadowRoot, '.base')[0]?.getAttribute('lang') === lang,
    `the project in ${lang}`,
  );
  return project.shadowRoot!;
}

const origin = location.origin;

describe('the built single file, embedded as a webmaster does', () => {
  for (const language of LANGUAGES) {
    it(`shows all partners and meetings, the EU notice and the picker in ${language}, with no error and no outside request`, async () => {
      const frame = await open(
        webmasterPage(
          language,
          `<script src="${origin}/dist/evolaq-widget.js"></script><evolaq-project src="${origin}/demo/evolaq.json"></evolaq-project>`,
        ),
      );
      const root = await shownProject(frame, language === 'en' ? 'en-GB' : language);
      expect(deepAll(root, 'li.partner')).to.have.length(9);
      expect(deepAll(root, 'svg.emblem')).to.have.length(1);
      expect(deepAll(root, 'evolaq-language-picker')).to.have.length(1);
      expect(frame.window.__errors).to.deep.equal([]);
      const requests = frame.window.performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname);
      expect(requests.sort()).to.deep.equal(['/demo/evolaq.json', '/dist/evolaq-widget.js']);
    });
  }

  it('shows the map alone: 9 named pins, no request but the script and the data', async () => {
    const frame = await open(
      webmasterPage(
        'en',
        `<script src="${origin}/dist/evolaq-widget.js"></script><evolaq-map src="${origin}/demo/evolaq.json"></evolaq-map>`,
      ),
    );
    const map = frame.document.querySelector('evolaq-map')!;
    const pins = await waitFor(() => {
      const found = map.shadowRoot ? deepAll(map.shadowRoot, 'g.pin') : [];
      return found.length === 9 && found;
    }, 'the pins');
    expect(pins.map((pin) => pin.getAttribute('aria-label'))).to.include('Daugavpils City Council, Daugavpils, Latvia');
    const requests = frame.window.performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname);
    expect(requests.sort()).to.deep.equal(['/demo/evolaq.json', '/dist/evolaq-widget.js']);
    expect(frame.window.__errors).to.deep.equal([]);
  });

  it("works as the README's snippet has it, with defer", async () => {
    const frame = await open(
      webmasterPage(
        'en',
        `<script defer src="${origin}/dist/evolaq-widget.js"></script>
         <evolaq-project src="${origin}/demo/evolaq.json"><a href="https://example.org/evolaq">EVOLAQ</a></evolaq-project>`,
      ),
    );
    await shownProject(frame, 'en-GB');
    expect(frame.window.__errors).to.deep.equal([]);
  });

  it('fetches a language it does not hold from beside itself, and only that one', async () => {
    const frame = await polishProject(`<script src="${origin}/dist/evolaq-widget.js"></script>`);
    const requests = frame.window.performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname);
    expect(requests.sort()).to.deep.equal(['/demo/evolaq.json', '/dist/evolaq-widget.js', '/dist/locales/pl.js']);
    // With the build's id, so that a cached file of an older build is never used with this script.
    const language = frame.window.performance
      .getEntriesByType('resource')
      .find((entry) => entry.name.includes('/locales/pl.js'))!;
    expect(new URL(language.name).search).to.match(/^\?v=[0-9a-f]{10}$/);
    expect(frame.window.__errors).to.deep.equal([]);
  });

  it('imports its files only from beside itself, whatever the page content says its address is', async () => {
    // Markup a weak sanitiser lets through: an <img name="currentScript"> hides the property, and a
    // <base> points the page's relative addresses elsewhere. Neither may decide where code comes from.
    const frame = await open(
      webmasterPage(
        'pl',
        `<article><img name="currentScript" alt=""><base href="${origin}/test-api/elsewhere/"></article>
         ${await summaryWithProblem()}
         <script src="${origin}/dist/evolaq-widget.js"></script>`,
      ),
    );
    await shownProblem(frame);
    expect(frame.document.querySelector('evolaq-summary')!.shadowRoot!.querySelector('.base')!.getAttribute('lang')).to.equal(
      'pl',
    );
    const requests = frame.window.performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname);
    expect(requests.sort()).to.deep.equal([
      '/dist/evolaq-widget.js',
      '/dist/locales/pl.js',
      '/dist/locales/pl.problems.js',
      '/dist/problems.js',
    ]);
  });

  it('keeps its letters on a page in Windows-1252 whose server names no charset for scripts', async () => {
    const page = new Blob(
      [
        `<!doctype html><html lang="lv"><head><meta charset="windows-1252"></head><body>
         <script src="${origin}/test-api/no-charset/evolaq-widget.js"></script>
         <evolaq-timeline src="${origin}/demo/evolaq.json"></evolaq-timeline></body></html>`,
      ],
      { type: 'text/html;charset=windows-1252' },
    );
    const frame = await open(URL.createObjectURL(page));
    expect(frame.document.characterSet).to.equal('windows-1252');
    const timeline = frame.document.querySelector('evolaq-timeline')!;
    const heading = await waitFor(() => timeline.shadowRoot?.querySelector('h2')?.textContent?.trim(), 'the heading');
    expect(heading).to.equal('Partneru sanāksmes');
  });

  it('shows its link, not a blank box, while the language file beside it is still on its way', async () => {
    const frame = await open(
      webmasterPage(
        'ga',
        `<script src="${origin}/test-api/slow-locales/evolaq-widget.js"></script>
         <evolaq-timeline src="${origin}/demo/evolaq.json"><a href="https://example.org/evolaq">EVOLAQ</a></evolaq-timeline>`,
      ),
    );
    await frame.window.customElements.whenDefined('evolaq-timeline');
    const timeline = frame.document.querySelector('evolaq-timeline')!;
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(timeline.shadowRoot!.querySelector('h2')).to.equal(null);
    expect(timeline.querySelector('a')!.getBoundingClientRect().height).to.be.above(0);
    await waitFor(
      () => timeline.shadowRoot!.querySelector('h2')?.textContent?.trim() === 'Cruinnithe na gcomhpháirtithe',
      'the Irish heading',
    );
    expect(timeline.querySelector('a')!.getBoundingClientRect().height).to.equal(0);
  });

  it('keeps its fallback link in a browser without stylesheets made by script (Safari before 16.4)', async () => {
    const frame = await open(
      webmasterPage(
        'en',
        `<script>delete Document.prototype.adoptedStyleSheets; delete ShadowRoot.prototype.adoptedStyleSheets;</script>
         <script src="${origin}/dist/evolaq-widget.js"></script>
         <evolaq-project src="${origin}/demo/evolaq.json"><a href="https://example.org/evolaq">EVOLAQ</a></evolaq-project>`,
      ),
    );
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(frame.window.customElements.get('evolaq-project')).to.equal(undefined);
    expect(frame.document.querySelector('a')!.getBoundingClientRect().height).to.be.above(0);
    expect(frame.window.__errors).to.deep.equal([]);
  });

  /**
   * A page whose server fails each language file beside the script once (a visitor offline, then
   * back): its timeline's root, heading, and the single file's global.
   */
  async function flakyPage(data: object) {
    const frame = await open(
      webmasterPage(
        'en',
        `<script src="${origin}/test-api/flaky-locales/evolaq-widget.js?${Math.random()}"></script>
         <evolaq-timeline data='${JSON.stringify({ schemaVersion: 1, project: { title: 'EVOLAQ', ...data } })}'></evolaq-timeline>`,
      ),
    );
    const root = () => frame.document.querySelector('evolaq-timeline')?.shadowRoot;
    const heading = () => root()?.querySelector('h2')?.textContent?.trim();
    const widget = (frame.window as unknown as { EvolaqWidget: { setLanguage(tag: string): Promise<boolean> } }).EvolaqWidget;
    await waitFor(() => heading() === 'Partner meetings', 'the timeline in English');
    return { frame, root, heading, widget };
  }

  it('tries a language again when the site sets <html lang> to it again after its file failed to load', async () => {
    const { frame, heading } = await flakyPage({});
    frame.document.documentElement.lang = 'pl';
    await waitFor(() => frame.window.__warnings!.some((w) => w.includes('pl messages could not be loaded')), 'the failure');
    expect(heading()).to.equal('Partner meetings');
    frame.document.documentElement.lang = 'pl';
    await waitFor(() => heading() === 'Spotkania partnerów', 'the timeline in Polish');
  });

  it('words the problems in a language tried again after its files failed, and follows <html lang> after a failed choice', async () => {
    const { frame, root, heading, widget } = await flakyPage({ website: 'ftp://example.org' });
    const summary = () => root()?.querySelector('details.problems summary')?.textContent?.trim();
    await waitFor(() => summary() === '1 problem in the data', 'the problems in English');
    // Offline: the language and its wording of problems fail. A failed choice is no choice: the site's lang is followed.
    expect(await widget.setLanguage('ro')).to.equal(false);
    frame.document.documentElement.lang = 'de';
    await waitFor(() => heading() === 'Partnertreffen', 'the timeline in German');
    // Back online, chosen again: the language and its wording of problems.
    expect(await widget.setLanguage('ro')).to.equal(true);
    await waitFor(() => summary() === '1 problemă în date', 'the problems in Romanian');
  });

  it('follows <html lang> again after two quick choices that both failed', async () => {
    const { frame, heading, widget } = await flakyPage({});
    await Promise.all([widget.setLanguage('fi'), widget.setLanguage('sk')]);
    expect(heading()).to.equal('Partner meetings');
    frame.document.documentElement.lang = 'de';
    await waitFor(() => heading() === 'Partnertreffen', 'the timeline in German');
  });

  it('keeps the letters of a language file beside it whose server names ISO-8859-1 for scripts', async () => {
    const data = JSON.stringify({ schemaVersion: 1, project: { title: 'EVOLAQ', website: 'ftp://example.org' } });
    const frame = await open(
      webmasterPage(
        'el',
        `<script src="${origin}/test-api/latin1/evolaq-widget.js"></script>
         <evolaq-timeline data='${data}'></evolaq-timeline>`,
      ),
    );
    const root = () => frame.document.querySelector('evolaq-timeline')?.shadowRoot;
    // A message of el.js, and one with a number in it of el.problems.js (a template, not a string).
    await waitFor(() => root()?.querySelector('h2')?.textContent?.trim() === 'Συναντήσεις εταίρων', 'the heading in Greek');
    await waitFor(
      () => root()?.querySelector('details.problems summary')?.textContent?.trim() === '1 πρόβλημα στα δεδομένα',
      'the problems in Greek',
    );
  });

  describe('a page opened with a meeting in its address, the data arriving late', () => {
    // A search field that the page's own script focuses on load (as autofocus or a consent dialog's button would be).
    const page = (ms: number, element = 'timeline') =>
      `${webmasterPage(
        'en',
        `<input id="search" aria-label="Search">
         <script>document.getElementById('search').focus();</script>
         <script src="${origin}/dist/evolaq-widget.js"></script>
         <div style="height: 2000px"></div>
         <evolaq-${element} now="2017-04-20" src="${origin}/test-api/demo-late?ms=${ms}"></evolaq-${element}>`,
      )}#evolaq-meeting-collecchio-2017`;
    const toggle = (frame: Frame) =>
      frame.document.querySelector('evolaq-timeline')?.shadowRoot?.querySelector('#evolaq-meeting-collecchio-2017 .toggle');

    it("opens the meeting, scrolls to it and focuses it (what the page's script focused does not hold it back)", async () => {
      const frame = await open(page(300));
      await waitFor(() => toggle(frame)?.getAttribute('aria-expanded') === 'true', 'the meeting open');
      await waitFor(() => frame.document.activeElement?.localName === 'evolaq-timeline', 'the meeting focused');
      await waitFor(() => frame.window.scrollY > 1000, 'the page scrolled to the meeting');
    });

    it('does so inside a project too', async () => {
      const frame = await open(page(300, 'project'));
      const timeline = () => frame.document.querySelector('evolaq-project')?.shadowRoot?.querySelector('evolaq-timeline');
      const item = () => timeline()?.shadowRoot?.querySelector('#evolaq-meeting-collecchio-2017');
      await waitFor(() => item()?.querySelector('.toggle')?.getAttribute('aria-expanded') === 'true', 'the meeting open');
      await waitFor(
        () => timeline()?.shadowRoot?.activeElement?.closest('li')?.id === 'evolaq-meeting-collecchio-2017',
        'the meeting focused',
      );
      await waitFor(() => {
        const top = item()!.getBoundingClientRect().top;
        return frame.window.scrollY > 1000 && top >= -1 && top < frame.window.innerHeight / 2;
      }, 'the page scrolled to the meeting');
    });

    it("scrolls to and focuses a meeting a site's router went to with pushState (Turbo, pjax), after a click", async () => {
      const frame = await open(
        webmasterPage('en', `<script src="${origin}/dist/evolaq-widget.js"></script><a href="#">Meetings</a>`),
      );
      await frame.window.customElements.whenDefined('evolaq-timeline');
      // The click on the link; the router's new address (no hashchange) and its new body.
      frame.window.dispatchEvent(new PointerEvent('pointerdown'));
      frame.window.history.pushState({}, '', '#evolaq-meeting-collecchio-2017');
      frame.document.body.insertAdjacentHTML(
        'beforeend',
        `<div style="height: 2000px"></div><evolaq-timeline now="2017-04-20" src="${origin}/demo/evolaq.json"></evolaq-timeline>`,
      );
      await waitFor(() => toggle(frame)?.getAttribute('aria-expanded') === 'true', 'the meeting open');
      await waitFor(() => frame.document.activeElement?.localName === 'evolaq-timeline', 'the meeting focused');
      await waitFor(() => frame.window.scrollY > 1000, 'the page scrolled to the meeting');
    });

    it('opens the meeting but leaves a page already scrolled where it is (a reload restores the place, a script scrolls)', async () => {
      const frame = await open(page(1000));
      frame.window.scrollTo(0, 300);
      await waitFor(() => toggle(frame)?.getAttribute('aria-expanded') === 'true', 'the meeting open');
      await new Promise((r) => setTimeout(r, 100));
      expect(frame.window.scrollY).to.equal(300);
      expect(frame.document.activeElement?.id).to.equal('search');
    });

    it("leaves a page already scrolled where it is also after the site pushed the same address (a lightbox's open)", async () => {
      const frame = await open(page(1000));
      frame.window.history.pushState({}, '', frame.window.location.href);
      frame.window.scrollTo(0, 300);
      await waitFor(() => toggle(frame)?.getAttribute('aria-expanded') === 'true', 'the meeting open');
      await new Promise((r) => setTimeout(r, 100));
      expect(frame.window.scrollY).to.equal(300);
    });

    it('leaves a visitor where they are after a click on a link to another meeting that the site cancelled', async () => {
      const frame = await open(page(1000));
      frame.document.body.insertAdjacentHTML('afterbegin', '<a id="other" href="#evolaq-meeting-linz-2016">Linz</a>');
      (frame.window as unknown as { navigation: EventTarget }).navigation.addEventListener('navigate', (event) =>
        event.preventDefault(),
      );
      const link = frame.document.getElementById('other')!;
      const frameBox = frames[frames.length - 1].getBoundingClientRect();
      const box = link.getBoundingClientRect();
      await sendMouse({ type: 'click', position: [Math.round(frameBox.x + box.x + 5), Math.round(frameBox.y + box.y + 5)] });
      frame.window.scrollTo(0, 300);
      await waitFor(() => toggle(frame)?.getAttribute('aria-expanded') === 'true', 'the meeting open');
      await new Promise((r) => setTimeout(r, 100));
      expect(frame.window.location.hash).to.equal('#evolaq-meeting-collecchio-2017');
      expect(frame.window.scrollY).to.equal(300);
    });

    it('opens the meeting but leaves focus and scrolling to a visitor who is already typing', async () => {
      const frame = await open(page(1000));
      await sendKeys({ type: 'Frei' });
      await waitFor(() => toggle(frame)?.getAttribute('aria-expanded') === 'true', 'the meeting open');
      await new Promise((r) => setTimeout(r, 100));
      await sendKeys({ type: 'willig' });
      const search = frame.document.getElementById('search') as HTMLInputElement;
      expect(frame.document.activeElement?.id).to.equal('search');
      expect(search.value).to.equal('Freiwillig');
      expect(frame.window.scrollY).to.equal(0);
    });
  });

  it('says in the console why it loads nothing beside itself when it cannot tell its own address', async () => {
    // A module script, and a page that keeps error stacks empty: no address at all.
    const frame = await open(
      webmasterPage(
        'pl',
        `<script>Error.stackTraceLimit = 0;</script>
         <script type="module" src="${origin}/dist/evolaq-widget.js"></script><evolaq-project src="${origin}/demo/evolaq.json"></evolaq-project>`,
      ),
    );
    await shownProject(frame, 'en-GB');
    const said = [...frame.window.__errors!, ...frame.window.__warnings!].join('\n');
    expect(said).to.contain('cannot tell its own address');
    const requests = frame.window.performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname);
    expect(requests.sort()).to.deep.equal(['/demo/evolaq.json', '/dist/evolaq-widget.js']);
  });

  /** A Polish page: its project is in Polish only if the single file found its language file beside itself. */
  async function polishProject(scripts: string): Promise<Frame> {
    const frame = await open(webmasterPage('pl', `${scripts}<evolaq-project src="${origin}/demo/evolaq.json"></evolaq-project>`));
    const root = await shownProject(frame, 'pl');
    expect(deepAll(root, 'section.timeline > h3')[0].textContent!.trim()).to.equal('Spotkania partnerów');
    return frame;
  }

  for (const [where, scripts] of [
    ['when a page loads it as a module', `<script type="module" src="${origin}/dist/evolaq-widget.js"></script>`],
    // WordPress adds ?ver=…; a second download of dist/ is "dist (1)". (As a module, where only its own address tells.)
    [
      'in a folder named with a space and parentheses, loaded as a module with a query',
      `<script type="module" src="${origin}/test-api/copy%20(1)/evolaq-widget.js?ver=6.4"></script>`,
    ],
    [
      "when another script wraps Error (an error tracker's)",
      `<script src="${origin}/test-api/wrap-error.js"></script><script src="${origin}/dist/evolaq-widget.js"></script>`,
    ],
  ]) {
    it(`finds the files beside itself ${where}`, async () => {
      const frame = await polishProject(scripts);
      expect(frame.window.__errors).to.deep.equal([]);
    });
  }

  it('loads Maltese, with its own month and country names, under a strict CSP with Trusted Types', async () => {
    const frame = await open('/test/csp/embed-maltese.html');
    const root = await shownProject(frame, 'mt');
    expect(deepAll(root, '#evolaq-meeting-collecchio-2017 .dates')[0].textContent).to.equal('11–14 ta’ Mejju 2017');
    expect(frame.window.__violations).to.deep.equal([]);
    expect(frame.window.__errors).to.deep.equal([]);
  });

  it('holds, for every language, the counted phrase of every plural category the language uses', async () => {
    // The build leaves out categories a language never asks for (German has two of six); this
    // checks that none it does ask for went missing, in the browser's own plural rules.
    const data = await demoData();
    for (const locale of UI_LOCALES.filter((l) => l !== 'en')) {
      const frame = await open(
        webmasterPage(locale, `<script src="${origin}/dist/evolaq-widget.js"></script><evolaq-summary></evolaq-summary>`),
      );
      const xliff = new DOMParser().parseFromString(await (await fetch(`/locales/${locale}.xlf`)).text(), 'application/xml');
      const rules = new Intl.PluralRules(locale === 'pt' ? 'pt-PT' : locale);
      const summary = frame.document.querySelector('evolaq-summary') as HTMLElement & { data: unknown };
      for (const category of rules.resolvedOptions().pluralCategories) {
        const count = Array.from({ length: 200 }, (_, n) => n + 1).find((n) => rules.select(n) === category);
        if (count === undefined) continue; // `many` in Italian starts at a million meetings.
        const unit = [...xliff.getElementsByTagName('trans-unit')].find((u) => u.id === `count.meetings.${category}`)!;
        const expected = [...unit.getElementsByTagName('target')[0].childNodes]
          .map((node) => (node.nodeType === Node.TEXT_NODE ? node.textContent : String(count)))
          .join('');
        const meetings = Array.from({ length: count }, (_, i) => ({ ...data.meetings[0], id: `m-${i}` }));
        summary.data = { ...data, meetings };
        const shown = await waitFor(() => {
          const dd = summary.shadowRoot?.querySelectorAll('.facts dd');
          const text = dd?.[dd.length - 1]?.textContent?.trim();
          return text?.match(/\d+/)?.[0] === String(count) && text;
        }, `${count} meetings in ${locale}`);
        expect(shown, `${locale}, ${category}`).to.equal(expected.trim());
      }
      frames.splice(0).forEach((f) => f.remove());
    }
  });

  /** A summary whose data (in a child script) has one problem: partner 2's website is unsafe. */
  async function summaryWithProblem(): Promise<string> {
    const data = await demoData();
    data.partners[1].website = 'javascript:alert(1)';
    const json = JSON.stringify(data).replace(/</g, '\\u003c');
    return `<evolaq-summary><script type="application/json">${json}</script></evolaq-summary>`;
  }

  async function shownProblem(frame: Frame): Promise<string> {
    const summary = frame.document.querySelector('evolaq-summary')!;
    return waitFor(() => {
      const item = summary.shadowRoot?.querySelector('.problems li');
      const text = item?.textContent?.replace(/\s+/g, ' ').trim();
      return text && /website \(skovde\): \S/.test(text) && text;
    }, 'the problem, worded');
  }

  it('words a problem in the data in the page language, fetching the wording only then', async () => {
    const frame = await open(
      webmasterPage('lv', `<script src="${origin}/dist/evolaq-widget.js"></script>${await summaryWithProblem()}`),
    );
    const xliff = new DOMParser().parseFromString(await (await fetch('/locales/lv.xlf')).text(), 'application/xml');
    const unit = [...xliff.getElementsByTagName('trans-unit')].find((u) => u.id === 'problem.unsafe-url')!;
    const [before, after] = [...unit.getElementsByTagName('target')[0].childNodes]
      .filter((node) => node.nodeType === Node.TEXT_NODE)
      .map((node) => node.textContent!);
    const text = await shownProblem(frame);
    expect(text).to.contain('partners[1].website').and.contain(`${before}"javascript:alert(1)"${after}`);
    const requests = frame.window.performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname);
    expect(requests.sort()).to.deep.equal(['/dist/evolaq-widget.js', '/dist/locales/lv.problems.js', '/dist/problems.js']);
    expect(frame.window.__errors).to.deep.equal([]);
  });

  it('shows a project with a problem in its data at once, though the wording of problems comes from a slow server', async () => {
    const data = await demoData();
    data.partners[1].website = 'javascript:alert(1)';
    const json = JSON.stringify(data).replace(/</g, '\\u003c');
    const frame = await open(
      webmasterPage(
        'de',
        `<script src="${origin}/test-api/slow-problems/evolaq-widget.js"></script>
         <evolaq-project now="2017-04-20"><script type="application/json">${json}</script></evolaq-project>`,
      ),
    );
    const root = await shownProject(frame, 'de');
    // Laid out and in sight while the wording is still on its way (3 s).
    await waitFor(() => (root.host as HTMLElement).getBoundingClientRect().height > 500, 'the project laid out');
    expect(deepAll(root, '.base').every((base) => getComputedStyle(base).contentVisibility === 'visible')).to.equal(true);
    const loaded = frame.window.performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname);
    expect(loaded.filter((path) => path.endsWith('problems.js'))).to.deep.equal([]);
  });

  it('the ES build: shows a language from its chunk, its plural forms included', async () => {
    const frame = await open(
      webmasterPage(
        'pl',
        `<script type="module" src="${origin}/dist/esm/evolaq-widget.js"></script><evolaq-project src="${origin}/demo/evolaq.json"></evolaq-project>`,
      ),
    );
    const root = await shownProject(frame, 'pl');
    expect(deepAll(root, 'section.timeline > h3')[0].textContent!.trim()).to.equal('Spotkania partnerów');
    // 9 organisations, 7 countries, 9 meetings: Polish "many" forms.
    const facts = deepAll(root, '.facts dd').map((dd) => dd.textContent!.replace(/\s+/g, ' ').trim());
    expect(facts).to.include('9 organizacji z 7 krajów').and.include('9 spotkań partnerów');
    expect(frame.window.__errors).to.deep.equal([]);
  });

  it('the ES build: words a problem in the page language from its own chunks, and writes a calendar file', async () => {
    // With a version query, as WordPress's wp_enqueue_script_module writes the address: a chunk
    // that imported the entry by its bare name would load it a second time, and word problems in English.
    const frame = await open(
      webmasterPage(
        'de',
        `<script type="module" src="${origin}/dist/esm/evolaq-widget.js?ver=6.4"></script>${await summaryWithProblem()}
         <evolaq-timeline src="${origin}/demo/evolaq.json"></evolaq-timeline>`,
      ),
    );
    const xliff = new DOMParser().parseFromString(await (await fetch('/locales/de.xlf')).text(), 'application/xml');
    const unit = [...xliff.getElementsByTagName('trans-unit')].find((u) => u.id === 'problem.unsafe-url')!;
    const before = unit.getElementsByTagName('target')[0].firstChild!.textContent!;
    expect(await shownProblem(frame)).to.contain(before);
    const timeline = frame.document.querySelector('evolaq-timeline')!;
    const button = await waitFor(
      () => timeline.shadowRoot?.querySelector<HTMLButtonElement>('.actions button.calendar'),
      'the button',
    );
    const text = await fileOffered(frame, () => button.click());
    expect(text.match(/BEGIN:VEVENT/g)).to.have.length(9);
    const chunks = frame.window.performance
      .getEntriesByType('resource')
      .map((entry) => new URL(entry.name).pathname)
      .filter((path) => path.startsWith('/dist/esm/'));
    expect(chunks.some((path) => /\/chunks\/problem-text-/.test(path))).to.equal(true);
    expect(chunks.some((path) => /\/chunks\/ics-/.test(path))).to.equal(true);
    expect(chunks.filter((path) => path === '/dist/esm/evolaq-widget.js')).to.have.length(1);
    expect(frame.window.__errors).to.deep.equal([]);
  });

  it('words problems in English, and says why once, when copied without the files beside it', async () => {
    const frame = await open(
      webmasterPage('de', `<script src="${origin}/test-api/lone/evolaq-widget.js"></script>${await summaryWithProblem()}`),
    );
    const text = await shownProblem(frame);
    expect(text).to.contain('Only https:, http: and mailto: links are allowed');
    const warnings = frame.window.__warnings!;
    expect(warnings.filter((w) => w.includes('wording of problems could not be loaded'))).to.have.length(1);
    expect(frame.window.__errors).to.deep.equal([]);
  });

  it('says beside the picker, in the language shown, when a chosen language cannot be loaded from beside the script', async () => {
    const frame = await open(
      webmasterPage(
        'sv',
        `<script src="${origin}/test-api/lone/evolaq-widget.js"></script>
         <evolaq-project src="${origin}/demo/evolaq.json"></evolaq-project>`,
      ),
    );
    const root = await shownProject(frame, 'sv');
    const picker = deepAll(root, 'evolaq-language-picker')[0];
    const select = picker.shadowRoot!.querySelector('select')!;
    select.value = 'fr';
    select.dispatchEvent(new Event('change'));
    const status = await waitFor(() => {
      const region = picker.shadowRoot!.querySelector<HTMLElement>('[role="status"]');
      return region?.textContent!.trim() ? region : undefined;
    }, 'the message');
    expect(status.textContent!.trim()).to.equal('Det här språket kunde inte läsas in.');
    // Seen, not only heard: a visitor who chose French sees why the page stayed Swedish.
    expect(status.getBoundingClientRect().width).to.be.above(100);
    expect(select.value).to.equal('sv');
    expect(deepAll(root, '.base')[0].getAttribute('lang')).to.equal('sv');
    const warnings = frame.window.__warnings!;
    expect(warnings.some((w) => w.includes('fr'))).to.equal(true);
    expect(frame.window.__errors).to.deep.equal([]);
  });

  it('waits for data in a child script that the page sends in parts, instead of calling it invalid', async () => {
    const frame = await open('/test-api/chunked-page');
    const summary = frame.document.querySelector('evolaq-summary')!;
    await waitFor(() => summary.shadowRoot?.querySelector('h2')?.textContent?.includes('Enhancing'), 'the project');
    const page = frame.window as unknown as { __events: string[] };
    expect(page.__events).to.deep.equal([]);
    expect(frame.window.__errors).to.deep.equal([]);
  });

  it('writes the calendar file on "Add to calendar", loading the writer from beside itself only then', async () => {
    const frame = await open(
      webmasterPage(
        'sv',
        `<script src="${origin}/dist/evolaq-widget.js"></script><evolaq-timeline src="${origin}/demo/evolaq.json"></evolaq-timeline>`,
      ),
    );
    const timeline = frame.document.querySelector('evolaq-timeline')!;
    const button = await waitFor(
      () => timeline.shadowRoot?.querySelector<HTMLButtonElement>('.actions button.calendar'),
      'the button',
    );
    const paths = () => frame.window.performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname);
    expect(paths()).to.not.include('/dist/calendar.js');
    const text = await fileOffered(frame, () => button.click());
    expect(text.startsWith('BEGIN:VCALENDAR\r\n')).to.equal(true);
    expect(text.match(/BEGIN:VEVENT/g)).to.have.length(9);
    expect(paths()).to.include('/dist/calendar.js');
    expect(frame.window.__errors).to.deep.equal([]);
  });

  it('loads the structured-data writer from beside itself only for an element that asks for it', async () => {
    const frame = await open(
      webmasterPage(
        'en',
        `<script src="${origin}/dist/evolaq-widget.js"></script><evolaq-summary src="${origin}/demo/evolaq.json"></evolaq-summary>`,
      ),
    );
    const summary = frame.document.querySelector('evolaq-summary')!;
    await waitFor(() => summary.shadowRoot?.querySelector('h2'), 'the summary');
    // Shown, moved out of the page and back: nothing asked for structured data.
    summary.remove();
    await new Promise((resolve) => setTimeout(resolve, 50));
    frame.document.body.append(summary);
    const paths = () => frame.window.performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname);
    expect(paths()).to.not.include('/dist/schema-org.js');
    summary.setAttribute('structured-data', '');
    const ld = await waitFor(() => summary.querySelector('script[type="application/ld+json"]'), 'the structured data');
    expect(JSON.parse(ld.textContent!)['@graph'][0]).to.include({ '@type': 'Project', alternateName: 'EVOLAQ' });
    expect(paths()).to.include('/dist/schema-org.js');
    expect(frame.window.__errors).to.deep.equal([]);
  });

  it('says beside the button, in the page language, when copied without the calendar writer beside it', async () => {
    const frame = await open(
      webmasterPage(
        'sv',
        `<script>window.__logged = []; console.error = (...args) => __logged.push(args.map(String).join(' '));</script>
         <script src="${origin}/test-api/lone/evolaq-widget.js"></script>
         <evolaq-timeline now="2017-04-20" src="${origin}/demo/evolaq.json"></evolaq-timeline>`,
      ),
    );
    const timeline = frame.document.querySelector('evolaq-timeline')!;
    const root = () => timeline.shadowRoot!;
    const item = await waitFor(() => root()?.getElementById('evolaq-meeting-skovde-2017'), 'the meeting');
    item.querySelector<HTMLButtonElement>('.toggle')!.click();
    item.querySelector<HTMLButtonElement>('button.calendar')!.click();
    const alert = await waitFor(() => item.querySelector('.links [role="alert"]'), 'the alert beside the button');
    expect(alert.textContent!.trim()).to.equal('Kalenderfilen kunde inte skapas.');
    // After the button in reading order too, not only on screen.
    expect(alert.previousElementSibling).to.equal(item.querySelector('button.calendar'));
    expect(alert.getBoundingClientRect().top).to.be.greaterThan(
      item.querySelector('button.calendar')!.getBoundingClientRect().bottom - 1,
    );
    expect(root().querySelectorAll('[role="alert"]')).to.have.length(1);
    // "Add all" fails the same way: its own alert, the meeting's goes.
    root().querySelector<HTMLButtonElement>('.actions button.calendar')!.click();
    await waitFor(() => root().querySelector('.actions [role="alert"]'), 'the alert under "Add all"');
    expect(item.querySelector('[role="alert"]')).to.equal(null);
    const logged = (frame.window as unknown as { __logged: string[] }).__logged;
    expect(logged.filter((line) => line.includes('is dist/calendar.js beside the script?'))).to.have.length(2);
    expect(frame.window.__errors).to.deep.equal([]);
  });

  it('stays in English, and keeps working, when a language file beside it is missing', async () => {
    const frame = await open(
      webmasterPage(
        'pl',
        `<script src="${origin}/test-api/lone/evolaq-widget.js"></script>
         <evolaq-project src="${origin}/demo/evolaq.json"></evolaq-project>`,
      ),
    );
    const root = await shownProject(frame, 'en-GB');
    expect(deepAll(root, 'section.timeline > h3')[0].textContent!.trim()).to.equal('Partner meetings');
    const warnings = frame.window.__warnings!;
    expect(warnings.filter((w) => w.includes('The pl messages could not be loaded'))).to.have.length(1);
    expect(frame.window.__errors).to.deep.equal([]);
    // Still alive: a language it holds works.
    const picker = deepAll(root, 'evolaq-language-picker')[0];
    const select = picker.shadowRoot!.querySelector('select')!;
    select.value = 'sv';
    select.dispatchEvent(new Event('change'));
    await shownProject(frame, 'sv');
  });

  it("asks no more for a missing language file when the page changes another element's lang", async () => {
    // A slide show of greetings, each with its lang: the page's own language (pl) failed to load
    // once, and every change of any lang on the page fetched its file again and said so again.
    const frame = await open(
      webmasterPage(
        'pl',
        `<p><q id="greeting" lang="en">Welcome</q></p><script src="${origin}/test-api/lone/evolaq-widget.js"></script>
         <evolaq-timeline src="${origin}/demo/evolaq.json"></evolaq-timeline>`,
      ),
    );
    const failures = () => frame.window.__warnings!.filter((w) => w.includes('The pl messages could not be loaded')).length;
    await waitFor(() => failures() === 1, 'the failure');
    const greeting = frame.document.getElementById('greeting')!;
    for (const lang of ['sv', 'de', 'fr', 'en']) {
      greeting.lang = lang;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(failures()).to.equal(1);
    const requests = frame.window.performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname);
    expect(requests.filter((path) => path.endsWith('/pl.js'))).to.have.length(1);
    expect(frame.window.__errors).to.deep.equal([]);
  });

  it('does not mind being loaded twice', async () => {
    const script = `<script src="${origin}/dist/evolaq-widget.js"></script>`;
    const frame = await open(
      webmasterPage('en', `${script}${script}<evolaq-project src="${origin}/demo/evolaq.json"></evolaq-project>${script}`),
    );
    await shownProject(frame, 'en-GB');
    expect(frame.window.__errors).to.deep.equal([]);
  });

  it('says so in the console, and does not crash, when another script took our tag', async () => {
    const frame = await open(
      webmasterPage(
        'en',
        `<script>customElements.define('evolaq-timeline', class extends HTMLElement {});</script>
         <script src="${origin}/dist/evolaq-widget.js"></script>
         <evolaq-summary src="${origin}/demo/evolaq.json"></evolaq-summary>`,
      ),
    );
    const summary = frame.document.querySelector('evolaq-summary')!;
    await waitFor(() => summary.shadowRoot?.querySelector('h2'), 'the summary');
    expect(
      frame.window.__errors!.filter((e) => e.includes('<evolaq-timeline> is already defined by another script')),
    ).to.have.length(1);
    expect(frame.window.__errors).to.have.length(1);
  });

  it('turns a plain <div data-evolaq> that a CMS editor keeps into the widget, its link as fallback', async () => {
    const frame = await open(
      webmasterPage(
        'de',
        `<script src="${origin}/dist/evolaq-widget.js"></script>
         <main><div class="cms-block" data-evolaq="project" data-src="${origin}/demo/evolaq.json" data-now="2017-04-20"
           data-heading-level="3" data-page-size="20">
           <a href="https://example.org/evolaq">EVOLAQ: Projektseite</a>
         </div></main>`,
      ),
    );
    const root = await shownProject(frame, 'de');
    const holder = frame.document.querySelector('.cms-block')!;
    const project = holder.querySelector(':scope > evolaq-project')!;
    expect(project.getAttribute('src')).to.equal(`${origin}/demo/evolaq.json`);
    // A two-word data-* attribute becomes the element's kebab-case attribute.
    expect(project.getAttribute('heading-level')).to.equal('3');
    expect(project.getAttribute('page-size')).to.equal('20');
    expect(project.querySelector('a')!.textContent).to.equal('EVOLAQ: Projektseite');
    expect(deepAll(root, 'li.meeting.next')).to.have.length(1);
  });

  it('upgrades a <div data-evolaq> added to the page later', async () => {
    const frame = await open(webmasterPage('en', `<script src="${origin}/dist/evolaq-widget.js"></script>`));
    const holder = frame.document.createElement('div');
    holder.dataset.evolaq = 'timeline';
    holder.dataset.src = `${origin}/demo/evolaq.json`;
    frame.document.body.append(holder);
    const timeline = await waitFor(() => holder.querySelector('evolaq-timeline'), 'the timeline');
    await waitFor(() => timeline.shadowRoot?.querySelectorAll('li.meeting').length === 9, 'its meetings');
  });

  it('reads data-evolaq as written by hand ("Summary ") and says in the console which value names no widget', async () => {
    const frame = await open(
      webmasterPage(
        'en',
        `<script src="${origin}/dist/evolaq-widget.js"></script>
         <div data-evolaq=" Summary " data-src="${origin}/demo/evolaq.json"></div>
         <div data-evolaq="projects" data-src="${origin}/demo/evolaq.json"><a href="https://example.org/">EVOLAQ</a></div>`,
      ),
    );
    const summary = await waitFor(() => frame.document.querySelector('evolaq-summary'), 'the summary');
    await waitFor(() => summary.shadowRoot?.querySelector('h2'), 'its heading');
    const warnings = frame.window.__warnings!;
    expect(warnings).to.deep.equal([
      '[evolaq] data-evolaq="projects" names no widget; use one of: project, summary, partners, timeline, map, language-picker.',
    ]);
    expect(frame.document.querySelector('evolaq-project')).to.equal(null);
  });

  it('passes on a change of data-* that a page builder makes to the <div data-evolaq> in place', async () => {
    const frame = await open(
      webmasterPage(
        'en',
        `<script src="${origin}/dist/evolaq-widget.js"></script>
         <div class="cms-block" data-evolaq="timeline" data-src="${origin}/demo/evolaq.json" data-view="past" data-now="2017-04-20"></div>`,
      ),
    );
    const holder = frame.document.querySelector<HTMLElement>('.cms-block')!;
    const timeline = await waitFor(() => holder.querySelector('evolaq-timeline'), 'the timeline');
    const shown = () => timeline.shadowRoot?.querySelectorAll('li.meeting').length;
    await waitFor(() => shown() === 6, 'the 6 past meetings');
    holder.dataset.view = 'upcoming';
    await waitFor(() => shown() === 3, 'the 3 others');
    delete holder.dataset.view;
    await waitFor(() => shown() === 9, 'all 9');
    expect(timeline.hasAttribute('view')).to.equal(false);
    // A holder of no kind we know, changed in the same task as a new holder is added: no error,
    // and the new one still becomes its widget.
    const odd = frame.document.createElement('div');
    odd.dataset.evolaq = 'timeline.';
    frame.document.body.append(odd);
    await new Promise((resolve) => setTimeout(resolve));
    odd.dataset.src = 'x.json';
    const late = frame.document.createElement('div');
    late.dataset.evolaq = 'summary';
    frame.document.body.append(late);
    await waitFor(() => late.querySelector('evolaq-summary'), 'the summary');
    expect(frame.window.__errors).to.deep.equal([]);
  });

  it('follows a page builder that changes data-evolaq itself: another widget, a new one, none', async () => {
    const frame = await open(
      webmasterPage(
        'en',
        `<script src="${origin}/dist/evolaq-widget.js"></script>
         <div id="changed" data-evolaq="summary" data-src="${origin}/demo/evolaq.json"><a href="https://example.org/">EVOLAQ</a></div>
         <div id="added" data-src="${origin}/demo/evolaq.json"><a href="https://example.org/">EVOLAQ</a></div>`,
      ),
    );
    const [changed, added] = ['changed', 'added'].map((id) => frame.document.getElementById(id)!);
    await waitFor(() => changed.querySelector('evolaq-summary')?.shadowRoot?.querySelector('h2'), 'the summary');
    changed.dataset.evolaq = 'timeline';
    added.dataset.evolaq = 'map';
    const timeline = await waitFor(() => changed.querySelector(':scope > evolaq-timeline'), 'the timeline in its place');
    await waitFor(() => timeline.shadowRoot?.querySelectorAll('li.meeting').length === 9, 'its meetings');
    expect(changed.querySelector('evolaq-summary')).to.equal(null);
    expect(timeline.getAttribute('src')).to.equal(`${origin}/demo/evolaq.json`);
    expect(timeline.querySelector('a')!.textContent).to.equal('EVOLAQ');
    const map = await waitFor(() => added.querySelector(':scope > evolaq-map'), 'the map');
    await waitFor(() => map.shadowRoot?.querySelectorAll('.pin').length === 9, 'its pins');
    // The attribute gone: the holder's own content again, the link.
    delete changed.dataset.evolaq;
    await waitFor(() => !changed.querySelector('evolaq-timeline'), 'the timeline gone');
    expect(changed.querySelector(':scope > a')!.textContent).to.equal('EVOLAQ');
    expect(frame.window.__errors).to.deep.equal([]);
    expect(frame.window.__warnings).to.deep.equal([]);
  });

  describe('on an old, crowded page', () => {
    /** The twelve stars of the EU emblem: one subpath each. */
    const stars = (root: ShadowRoot) => (deepAll(root, 'svg.emblem path')[0]?.getAttribute('d') ?? '').split('M').length - 1;

    it('shows everything, fires its events and switches language on a Joomla page whose MooTools came first', async () => {
      // What Joomla 1.5 to 3's MooTools (the 1.4 compat build in media/system/js/mootools-core.js)
      // does to the page before a module's script runs: its own Document type, its DOMEvent as the
      // global Event, and an Array.from without the map function. The widget stayed an empty link.
      const mootools = `<script>
        this.Document = function () {};
        var Event = function DOMEvent(event, win) {
          event = event || (win || window).event;
          var type = (this.type = event.type);
          if (type.indexOf('key') == 0) this.code = event.which;
        };
        Array.from = function (item) {
          if (item == null) return [];
          return typeof item.length == 'number' && typeof item != 'string' ? (Array.isArray(item) ? item : Array.prototype.slice.call(item)) : [item];
        };
        window.__heard = [];
        for (const type of ['evolaq-load', 'evolaq-language-change']) document.addEventListener(type, (e) => __heard.push(e.type));
      </script>`;
      const frame = await open(
        webmasterPage(
          'en',
          `${mootools}<script src="${origin}/dist/evolaq-widget.js"></script>
           <evolaq-project src="${origin}/demo/evolaq.json"><a href="https://example.org/evolaq">EVOLAQ</a></evolaq-project>`,
        ),
      );
      const root = await shownProject(frame, 'en-GB');
      expect(deepAll(root, 'li.partner')).to.have.length(9);
      expect(stars(root)).to.equal(12);
      const select = deepAll(root, 'evolaq-language-picker')[0].shadowRoot!.querySelector('select')!;
      select.value = 'lv';
      select.dispatchEvent(new Event('change'));
      await shownProject(frame, 'lv');
      const heard = (frame.window as unknown as { __heard: string[] }).__heard;
      expect(heard).to.include.members(['evolaq-load', 'evolaq-language-change']);
      expect(frame.window.__errors).to.deep.equal([]);
    });

    it("shows the goals, themes, hosts and EU emblem on a page whose Prototype.js changed Array's methods", async () => {
      // Prototype.js 1.6 and 1.7: Array.from = $A (no map function), and its Enumerable mixed into
      // Array.prototype, with entries() as a copy of the array. The data was reported as not fetched.
      const prototype = `<script>
        function $A(iterable) {
          if (!iterable) return [];
          if ('toArray' in Object(iterable)) return iterable.toArray();
          var length = iterable.length || 0, results = new Array(length);
          while (length--) results[length] = iterable[length];
          return results;
        }
        Array.from = $A;
        Array.prototype.entries = function () { return this.slice(); };
      </script>`;
      const frame = await open(
        webmasterPage(
          'en',
          `${prototype}<script src="${origin}/dist/evolaq-widget.js"></script>
           <evolaq-project src="${origin}/demo/evolaq.json" now="2017-04-20"></evolaq-project>`,
        ),
      );
      const root = await shownProject(frame, 'en-GB');
      const texts = (selector: string) => deepAll(root, selector).map((element) => element.textContent!.trim());
      expect(texts('[part="goals"] li')[0]).to.equal('Increase knowledge about volunteering in Europe.');
      expect(texts('[part="themes"] li')).to.deep.equal([
        'Recruiting volunteers',
        'Training',
        'Recognition and certification',
        'Coordination and communication',
      ]);
      expect(texts('li.meeting .host')).to.include('Hosted by Municipality of Collecchio');
      expect(stars(root)).to.equal(12);
      expect(frame.window.__errors).to.deep.equal([]);
    });

    it("keeps its styles, and answers a meeting's address, on a page whose Prototype.js 1.6 replaced Array#reduce", async () => {
      // Prototype.js 1.6's Array#reduce (src/array.js) takes no function: it returns the array, or its
      // only item. Lit joins a css template's values with reduce, so every element lost its base
      // stylesheet (no background, no colours) and the map its own; of two timelines offering to
      // answer the address in one task, none answered (an error in a microtask).
      const prototype = `<script>Array.prototype.reduce = function () { return this.length > 1 ? this : this[0]; };</script>`;
      const timeline = `<evolaq-timeline src="${origin}/demo/evolaq.json" now="2017-04-20"></evolaq-timeline>`;
      const frame = await open(
        `${webmasterPage(
          'en',
          `${prototype}<script src="${origin}/dist/evolaq-widget.js"></script>
           <evolaq-project src="${origin}/demo/evolaq.json" now="2017-04-20"></evolaq-project>${timeline}${timeline}`,
        )}#evolaq-meeting-collecchio-2017`,
      );
      const root = await shownProject(frame, 'en-GB');
      expect(getComputedStyle(deepAll(root, '.base')[0]).backgroundColor, 'the surface').to.equal('rgb(255, 255, 255)');
      const map = deepAll(root, 'evolaq-map')[0].shadowRoot!;
      expect(getComputedStyle(map.querySelector('g.pin .dot')!).fill, 'a pin').to.equal('rgb(0, 51, 153)');
      const toggles = [...frame.document.querySelectorAll('evolaq-timeline')].map(
        (element) => () =>
          element.shadowRoot?.querySelector('#evolaq-meeting-collecchio-2017 .toggle')?.getAttribute('aria-expanded'),
      );
      await waitFor(() => toggles[0]() === 'true', 'the first timeline answering');
      expect(toggles[1]()).to.equal('false');
      expect(frame.window.__errors).to.deep.equal([]);
    });

    it('writes its structured data as lists on a page whose Prototype.js 1.6 gave arrays a toJSON', async () => {
      // Prototype.js 1.6's Array#toJSON returns a string, so JSON.stringify wrote '"@graph":"[{…}]"':
      // one string, in which search engines find no project, member or event.
      const prototype = `<script>
        Array.prototype.toJSON = function () {
          var results = [];
          for (var i = 0; i < this.length; i++) results.push(JSON.stringify(this[i]));
          return '[' + results.join(', ') + ']';
        };
      </script>`;
      const frame = await open(
        webmasterPage(
          'en',
          `${prototype}<script src="${origin}/dist/evolaq-widget.js"></script>
           <evolaq-timeline src="${origin}/demo/evolaq.json" structured-data></evolaq-timeline>`,
        ),
      );
      const ld = await waitFor(() => frame.document.querySelector('script[type="application/ld+json"]'), 'the structured data');
      const graph = JSON.parse(ld.textContent!)['@graph'];
      expect(graph[0]['@type']).to.equal('Project');
      expect(graph.filter((node: { '@type': string }) => node['@type'] === 'Event')).to.have.length(9);
      expect(frame.window.__errors).to.deep.equal([]);
    });

    it('keeps its link, and throws nothing, on a page served as XHTML, whose XML parser refuses HTML templates', async () => {
      // TYPO3 can send application/xhtml+xml. The elements were drawn blank over an error each.
      const page = `<?xml version="1.0" encoding="utf-8"?>
        <html xmlns="http://www.w3.org/1999/xhtml" lang="en"><head><title>XHTML</title>
        <script>window.__errors = []; addEventListener('error', (e) => __errors.push(String(e.message)));</script></head>
        <body><script src="${origin}/dist/evolaq-widget.js"></script>
        <evolaq-project src="${origin}/demo/evolaq.json"><a href="https://example.org/evolaq">EVOLAQ</a></evolaq-project></body></html>`;
      const frame = await open(URL.createObjectURL(new Blob([page], { type: 'application/xhtml+xml' })));
      expect(frame.document.contentType).to.equal('application/xhtml+xml');
      await new Promise((resolve) => setTimeout(resolve, 500));
      expect(frame.document.querySelector('a')!.getBoundingClientRect().height).to.be.above(0);
      expect(frame.window.__errors).to.deep.equal([]);
    });
  });

  it('shows the fallback link where scripts do not run', async () => {
    const html = `<!doctype html><html lang="en"><body><evolaq-project src="/demo/evolaq.json"><a href="https://example.org/evolaq">EVOLAQ project page</a></evolaq-project></body></html>`;
    const frame = await open(URL.createObjectURL(new Blob([html], { type: 'text/html' })));
    const link = frame.document.querySelector('a')!;
    expect(link.getBoundingClientRect().height).to.be.above(0);
  });

  it('renders under a strict Content-Security-Policy with Trusted Types, with no violation', async () => {
    const frame = await open('/test/csp/embed.html');
    await shownProject(frame, 'lv');
    expect(frame.window.__violations).to.deep.equal([]);
    expect(frame.window.__errors).to.deep.equal([]);
  });

  it("shares the strict-CSP page with the site's own copy of Lit, loaded twice, with structured data", async () => {
    const frame = await open('/test/csp/two-lits.html');
    const root = await shownProject(frame, 'en-GB');
    const banner = frame.document.querySelector('site-banner')!;
    await waitFor(() => banner.shadowRoot?.querySelector('p'), "the site's own component");
    expect(deepAll(root, 'li.partner')).to.have.length(9);
    const ld = await waitFor(
      () => frame.document.querySelector('evolaq-project script[type="application/ld+json"]'),
      'the structured data',
    );
    expect(JSON.parse(ld.textContent!)['@graph'][0]['@type']).to.equal('Project');
    expect(frame.window.__violations).to.deep.equal([]);
    expect(frame.window.__errors).to.deep.equal([]);
  });
});
