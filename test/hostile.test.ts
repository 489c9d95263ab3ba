import { expect, html } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../src/index.js';
import { LIMITS, parseDocument, parseJsonText } from '../src/data/parse.js';
import type { EvolaqErrorEvent } from '../src/elements/events.js';
import type { EvolaqSummaryElement } from '../src/elements/summary/evolaq-summary.js';
import { demoData, mount, nextEvent, settled, useLanguage } from './support/helpers.js';

const doc = (extra: object = {}) => ({ schemaVersion: 1, project: { title: 'EVOLAQ' }, ...extra });

async function failedLoad(src: string, attributes = ''): Promise<{ element: EvolaqSummaryElement; event: EvolaqErrorEvent }> {
  const wrapper = mount(html``);
  wrapper.innerHTML = `<evolaq-summary src="${src}" ${attributes}></evolaq-summary>`;
  const element = wrapper.firstElementChild as EvolaqSummaryElement;
  const event = await nextEvent<EvolaqErrorEvent>(element, 'evolaq-error');
  await settled(element);
  return { element, event };
}

const alertText = (element: Element) =>
  element.shadowRoot!.querySelector('[role="alert"]')!.textContent!.replace(/\s+/g, ' ').trim();

describe('hostile input', () => {
  beforeEach(() => useLanguage('en'));

  describe('limits', () => {
    it('refuses a document over 1 MiB without reading it', () => {
      const text = JSON.stringify(doc({ padding: 'x'.repeat(LIMITS.documentChars) }));
      const result = parseJsonText(text);
      expect(result.data).to.equal(undefined);
      expect(result.problems[0]).to.include({ code: 'too-large', path: '' });
    });

    it('reads the first 1,000 partners and reports the rest', () => {
      const partners = Array.from({ length: 1500 }, (_, i) => ({ id: `p${i}`, name: `P${i}`, country: 'SE' }));
      const result = parseDocument(doc({ partners }));
      expect(result.data!.partners).to.have.length(1000);
      expect(result.problems[0]).to.include({ code: 'too-many', path: 'partners', severity: 'error' });
    });

    it('reads the first 10,000 meetings and reports the rest', () => {
      const meetings = Array.from({ length: 10_050 }, (_, i) => ({ id: `m${i}`, start: '2017-05-11', country: 'IT' }));
      const result = parseDocument(doc({ meetings }));
      expect(result.data!.meetings).to.have.length(10_000);
      expect(result.problems[0]).to.include({ code: 'too-many', path: 'meetings' });
    });

    it('reads the first 100 goals, themes and hosts of a list, and reports the rest', () => {
      const many = Array.from({ length: 150 }, (_, i) => `Goal ${i}`);
      const partners = [{ id: 'p', name: 'P', country: 'SE' }];
      const meetings = [{ id: 'm', start: '2017-05-11', country: 'IT', themes: many, host: Array(150).fill('p') }];
      const result = parseDocument(doc({ project: { title: 'EVOLAQ', goals: many }, partners, meetings }));
      expect(result.data!.project.goals).to.have.length(100);
      expect(result.data!.meetings[0].themes).to.have.length(100);
      expect(result.data!.meetings[0].hosts).to.deep.equal(['p']);
      expect(result.problems.map((p) => `${p.code} ${p.path} ${p.expected}`)).to.deep.equal([
        'too-many project.goals 100',
        'too-many meetings[0].host 100',
        'too-many meetings[0].themes 100',
      ]);
    });

    it('lists the first 100 problems, under a count of all of them', async () => {
      const meetings = Array.from({ length: 250 }, (_, i) => ({ id: `m${i}`, start: 'soon', country: 'IT' }));
      const wrapper = mount(html`<evolaq-summary .data=${doc({ meetings })}></evolaq-summary>`);
      const element = wrapper.firstElementChild as EvolaqSummaryElement;
      await settled(element);
      const problems = element.shadowRoot!.querySelector('.problems')!;
      expect(problems.querySelector('summary')!.textContent).to.contain('250 problems');
      const items = [...problems.querySelectorAll('li')];
      expect(items).to.have.length(101);
      expect(items[99].textContent).to.contain('meetings[99].start');
      expect(items[100].textContent!.trim()).to.equal('…');
    });

    it('cuts a text over 20,000 characters, with a warning', () => {
      const result = parseDocument(doc({ project: { title: 'EVOLAQ', summary: 'a'.repeat(50_000) } }));
      expect(result.data!.project.summary!.en.length).to.equal(LIMITS.textChars + 1);
      expect(result.problems[0]).to.include({ code: 'too-long', path: 'project.summary', severity: 'warning' });
    });

    it('counts an emoji as one character, and cuts a long text between two emoji, not through one', () => {
      const within = parseDocument(doc({ project: { title: 'EVOLAQ', summary: '😀'.repeat(15_000) } }));
      expect(within.problems).to.deep.equal([]);
      const summary = `x${'😀'.repeat(25_000)}`;
      const cut = parseDocument(doc({ project: { title: 'EVOLAQ', summary } })).data!.project.summary!.en;
      // (A lone half of a surrogate pair is no text: encodeURIComponent refuses it.)
      expect(() => encodeURIComponent(cut)).to.not.throw();
      expect(cut).to.equal(`x${'😀'.repeat(19_999)}…`);
    });

    it('does not count the closers it adds to a right-to-left override', () => {
      const summary = `\u202e${'a'.repeat(19_999)}`;
      const result = parseDocument(doc({ project: { title: 'EVOLAQ', summary } }));
      expect(result.problems).to.deep.equal([]);
      expect(result.data!.project.summary!.en).to.equal(`${summary}\u202c`);
    });

    it('reads a language key of thousands of subtags at once, as no language (Intl takes quadratic time over it)', () => {
      // 240 KB of "en-v0000-v0001-…": Intl.getCanonicalLocales took 10 s in Chromium, 46 s for twice as many,
      // with the host page frozen all along.
      const tag = `en-${Array.from({ length: 40_000 }, (_, i) => `v${i.toString(36).padStart(4, '0')}`).join('-')}`;
      const start = performance.now();
      const result = parseDocument(doc({ defaultLanguage: tag, project: { title: { en: 'EVOLAQ', [tag]: 'x' } } }));
      expect(performance.now() - start).to.be.below(1000);
      expect(result.data!.defaultLanguage).to.equal('en');
      expect(result.problems.map((p) => p.code)).to.deep.equal(['invalid-language', 'invalid-language']);
    });

    it('shows the too-large problem in the widget for a 5 MB data attribute', async () => {
      const wrapper = mount(
        html`<evolaq-summary data=${JSON.stringify(doc({ padding: 'x'.repeat(5_000_000) }))}></evolaq-summary>`,
      );
      const element = wrapper.firstElementChild as EvolaqSummaryElement;
      await settled(element);
      expect(alertText(element)).to.contain('The data is too large (over 1,048,576 characters).');
    });

    it('writes the limits and the timeout in a problem as the language writes numbers', async () => {
      await useLanguage('de');
      const wrapper = mount(
        html`<evolaq-summary data=${JSON.stringify(doc({ padding: 'x'.repeat(2_000_000) }))}></evolaq-summary>`,
      );
      await settled(wrapper.firstElementChild as EvolaqSummaryElement);
      expect(alertText(wrapper.firstElementChild as EvolaqSummaryElement)).to.contain('über 1.048.576 Zeichen');
      const { element } = await failedLoad('/test-api/slow?ms=3000', 'timeout="1000"');
      expect(alertText(element)).to.contain('1 Sek.');
      // Irish, which Chromium's Intl lacks: the unit's symbol, not English words.
      await useLanguage('ga');
      await settled(element);
      expect(alertText(element))
        .to.match(/\b1 s\b/)
        .and.not.contain('sec');
    });

    it('says in the visitor language which partner a host, and which address a link, probably meant', async () => {
      await useLanguage('de');
      const data = await demoData();
      data.meetings[0].host = 'VSG-Linz';
      data.partners[0].website = 'www.norrkoping.se';
      const wrapper = mount(html`<evolaq-summary .data=${data}></evolaq-summary>`);
      const element = wrapper.firstElementChild as EvolaqSummaryElement;
      await settled(element);
      const problems = element.shadowRoot!.querySelector('.problems')!.textContent!.replace(/\s+/g, ' ');
      expect(problems).to.contain('Es gibt keinen Partner mit der ID "VSG-Linz": Ist vsg-linz gemeint?');
      expect(problems).to.contain(
        'Erwartet wurde eine vollständige Webadresse, gefunden: "www.norrkoping.se". Ist https://www.norrkoping.se/ gemeint?',
      );
    });

    it('says a text has an unreadable character also when it is beyond the cut of a long text', () => {
      const summary = `${'a'.repeat(25_000)}\ufffd`;
      const codes = parseDocument(doc({ project: { title: 'EVOLAQ', summary } })).problems.map((p) => p.code);
      expect(codes).to.have.members(['unreadable', 'too-long']);
    });
  });

  describe('failures of src', () => {
    it('explains a server error (500)', async () => {
      const { element, event } = await failedLoad('/test-api/status/500');
      expect(event.problems[0]).to.include({ code: 'http-error' });
      expect(alertText(element)).to.contain('the server answered 500');
    });

    it('announces a failure once when several elements share its src, and shows it in each', async () => {
      const wrapper = mount(html``);
      wrapper.innerHTML = `<evolaq-summary src="/test-api/status/404?shared-alert"></evolaq-summary>
        <evolaq-timeline src="/test-api/status/404?shared-alert"></evolaq-timeline>`;
      const elements = [...wrapper.children] as EvolaqSummaryElement[];
      await Promise.all(elements.map((element) => nextEvent(element, 'evolaq-error')));
      await Promise.all(elements.map((element) => settled(element)));
      const boxes = elements.map((element) => element.shadowRoot!.querySelector('.failure')!);
      expect(boxes.map((box) => box.textContent)).to.satisfy((texts: string[]) => texts.every((text) => text.includes('404')));
      expect(boxes.filter((box) => box.getAttribute('role') === 'alert')).to.have.length(1);
    });

    it("keeps the page's own link under the message, so a visitor has somewhere to go", async () => {
      const wrapper = mount(html``);
      wrapper.innerHTML = `<evolaq-summary src="/test-api/status/404"><a href="https://example.org/evolaq">The project page</a></evolaq-summary>`;
      const element = wrapper.firstElementChild as EvolaqSummaryElement;
      await nextEvent(element, 'evolaq-error');
      await settled(element);
      expect(alertText(element)).to.contain('404');
      const slot = element.shadowRoot!.querySelector('slot')!;
      expect(slot.assignedElements().map((a) => a.textContent)).to.deep.equal(['The project page']);
      expect(element.querySelector('a')!.checkVisibility()).to.equal(true);
    });

    it('explains a network error, such as a server that is not there or refuses CORS', async () => {
      const { element, event } = await failedLoad('http://127.0.0.1:9/evolaq.json');
      expect(event.problems[0].code).to.equal('network-error');
      expect(alertText(element)).to.contain('Check the address in src');
    });

    it('gives up after the timeout, settable per element', async () => {
      const { element, event } = await failedLoad('/test-api/slow?ms=3000', 'timeout="200"');
      expect(event.problems[0]).to.include({ code: 'timeout', expected: '200 ms' });
      expect(alertText(element)).to.contain('did not arrive within 200 ms');
    });

    it('uses the default timeout when the timeout attribute is no usable number', async () => {
      for (const value of ['abc', '-1', '1e30']) {
        const wrapper = mount(html``);
        wrapper.innerHTML = `<evolaq-summary src="/test-api/slow?ms=100&t=${value}" timeout="${value}"></evolaq-summary>`;
        const element = wrapper.firstElementChild as EvolaqSummaryElement;
        await nextEvent(element, 'evolaq-load');
        await settled(element);
        expect(element.shadowRoot!.querySelector('h2, h3')!.textContent, value).to.contain('Late');
      }
    });

    it('gives up for one element at its timeout while another with a longer one still gets the data', async () => {
      const wrapper = mount(html``);
      wrapper.innerHTML = `<evolaq-summary src="/test-api/slow?ms=1000&shared" timeout="200"></evolaq-summary>
        <evolaq-summary src="/test-api/slow?ms=1000&shared"></evolaq-summary>`;
      const [impatient, patient] = wrapper.querySelectorAll('evolaq-summary');
      const [failure] = await Promise.all([
        nextEvent<EvolaqErrorEvent>(impatient, 'evolaq-error'),
        nextEvent(patient, 'evolaq-load'),
      ]);
      expect(failure.problems[0]).to.include({ code: 'timeout', expected: '200 ms' });
      await settled(patient);
      expect(patient.shadowRoot!.querySelector('h2, h3')!.textContent).to.contain('Late');
    });

    it('stops downloading a data file once it is over the limit', async () => {
      const { element, event } = await failedLoad('/test-api/huge?mb=200');
      expect(event.problems[0]).to.include({ code: 'too-large', path: '' });
      expect(alertText(element)).to.contain('The data is too large');
      const { mb } = (await (await fetch('/test-api/huge-sent')).json()) as { mb: number };
      // The widget stops at 3 MiB; the server may have pushed some more into the socket by then.
      expect(mb).to.be.below(100);
    });

    it('explains a body that is not JSON (an HTML error page), with where it went wrong', async () => {
      const { element, event } = await failedLoad('/test-api/html');
      expect(event.problems[0]).to.include({ code: 'invalid-json', value: '1:1' });
      expect(alertText(element)).to.contain('line 1, column 1');
    });

    it('logs the details once with console.error', async () => {
      const logged: unknown[][] = [];
      const original = console.error;
      console.error = (...args: unknown[]) => logged.push(args);
      try {
        await failedLoad('/test-api/status/503');
      } finally {
        console.error = original;
      }
      expect(logged).to.have.length(1);
      // Which file, for a page with several widgets: "[evolaq] 1 problem(s) with the data from /test-api/status/503: …".
      expect(String(logged[0][0])).to.contain('from /test-api/status/503:').and.contain('503 Service Unavailable');
    });

    it('explains failures in the visitor language', async () => {
      await useLanguage('sv');
      const { element } = await failedLoad('/test-api/status/500');
      expect(alertText(element)).to.not.contain('The project information cannot be shown');
      expect(alertText(element)).to.contain('500');
    });
  });

  describe('hostile pages', () => {
    it('shows 20 instances with different data side by side', async () => {
      const documents = Array.from({ length: 20 }, (_, i) => doc({ project: { title: `Project ${i}` } }));
      const wrapper = mount(html`${documents.map((data) => html`<evolaq-summary .data=${data}></evolaq-summary>`)}`);
      const elements = [...wrapper.children] as EvolaqSummaryElement[];
      await Promise.all(elements.map((element) => settled(element)));
      expect(elements.map((element) => element.shadowRoot!.querySelector('h2')!.textContent!.trim())).to.deep.equal(
        documents.map((_, i) => `Project ${i}`),
      );
    });

    it("paints nothing over the host page's header above it, whatever the data's letters stack up (combining marks)", async () => {
      const zalgo = `E${'\u0301\u0300\u0302\u0303\u0308\u030a\u030b\u030c'.repeat(40)}VIL`;
      const wrapper = mount(
        html`<div style="height: 150px; background: #fff"></div>
          <div style="width: 360px; background: #fff">
            <evolaq-summary .data=${doc({ project: { title: zalgo, acronym: zalgo } })}></evolaq-summary>
          </div>`,
      );
      const element = wrapper.querySelector('evolaq-summary')!;
      await settled(element);
      const header = wrapper.firstElementChild!.getBoundingClientRect();
      const widget = element.getBoundingClientRect();
      expect(header.bottom).to.be.at.most(widget.top);
      // What is painted in the header, down to 1em (16 px) above the widget: the header's white only.
      const png = await executeServerCommand<string, object>('screenshot', {
        x: Math.round(header.left),
        y: Math.round(header.top),
        width: 360,
        height: Math.round(widget.top - header.top - 16),
      });
      const image = await createImageBitmap(await (await fetch(`data:image/png;base64,${png}`)).blob());
      const canvas = new OffscreenCanvas(image.width, image.height);
      const context = canvas.getContext('2d')!;
      context.drawImage(image, 0, 0);
      const pixels = context.getImageData(0, 0, image.width, image.height).data;
      let painted = 0;
      for (let i = 0; i < pixels.length; i += 4) if (pixels[i] + pixels[i + 1] + pixels[i + 2] < 3 * 250) painted++;
      expect(painted).to.equal(0);
    });

    it('explains an object the page cannot read (a getter that throws) instead of throwing', async () => {
      const data = {
        schemaVersion: 1,
        get project(): never {
          throw new Error('not readable');
        },
      };
      const wrapper = mount(html``);
      const element = document.createElement('evolaq-summary') as EvolaqSummaryElement;
      const failed = nextEvent<EvolaqErrorEvent>(element, 'evolaq-error');
      element.data = data;
      wrapper.append(element);
      expect((await failed).problems[0]).to.include({ code: 'not-object', path: '' });
      await settled(element);
      expect(alertText(element)).to.contain('The project information cannot be shown');
    });

    it('renders a timeline when the address has a malformed escape in its hash', async () => {
      const before = location.href;
      history.replaceState(history.state, '', '#%E0%A4%A');
      try {
        const data = await demoData();
        const wrapper = mount(html`<evolaq-timeline .data=${data}></evolaq-timeline>`);
        const timeline = wrapper.firstElementChild as HTMLElement & { updateComplete: Promise<boolean> };
        expect(await timeline.updateComplete).to.equal(true);
        expect(timeline.shadowRoot!.querySelectorAll('li.meeting')).to.have.length(data.meetings.length);
        window.dispatchEvent(new HashChangeEvent('hashchange'));
        expect(await timeline.updateComplete).to.equal(true);
      } finally {
        history.replaceState(history.state, '', before);
      }
    });

    it('keeps a right-to-left override in one partner name from reversing the names after it', async () => {
      const data = {
        ...doc(),
        partners: [
          { id: 'evil', name: '\u202eEvil', country: 'SE' },
          { id: 'good', name: 'Good Partner', country: 'SE' },
        ],
        meetings: [{ id: 'm', start: '2017-05-11', country: 'SE', host: ['evil', 'good'] }],
      };
      const wrapper = mount(html`<evolaq-timeline .data=${data}></evolaq-timeline>`);
      const timeline = wrapper.firstElementChild!;
      await settled(timeline);
      const walker = document.createTreeWalker(timeline.shadowRoot!, NodeFilter.SHOW_TEXT);
      let good: Text | undefined;
      while (!good && walker.nextNode())
        if (walker.currentNode.textContent!.includes('Good Partner')) good = walker.currentNode as Text;
      // (The hosts are one text, "Hosted by ‮Evil‬ and Good Partner".)
      const at = good!.data.indexOf('Good Partner');
      const x = (offset: number) => {
        const range = document.createRange();
        range.setStart(good!, at + offset);
        range.setEnd(good!, at + offset + 1);
        return range.getBoundingClientRect().left;
      };
      // "G" is drawn left of "r", as in any left-to-right text.
      expect(x(0)).to.be.below(x(11));
    });

    it("reads the data as it is when the page's script added an enumerable property to Object.prototype", async () => {
      // Old libraries did; the parser walks thousands of objects with for-in, own keys only.
      Object.defineProperty(Object.prototype, 'polluted', { value: 'x', enumerable: true, configurable: true });
      try {
        const result = parseDocument(await demoData());
        expect(result.problems).to.deep.equal([]);
        expect(result.data!.meetings).to.have.length(9);
      } finally {
        delete (Object.prototype as { polluted?: string }).polluted;
      }
    });

    it('writes structured data no larger than the data, however many meetings each partner hosts', async () => {
      // Each meeting named its hosts in full: 8 partners of 60,000 characters hosting 1,100 meetings
      // (590 KB of data) wrote 530 million characters into the page, 1 GB of memory and 4 s frozen.
      const long = (letter: string) => letter.repeat(LIMITS.textChars);
      const partners = Array.from({ length: 2 }, (_, i) => ({ id: `p${i}`, name: long('N'), city: long('C'), country: 'SE' }));
      const meetings = Array.from({ length: 300 }, (_, i) => ({
        id: `m${i}`,
        start: '2017-05-11',
        country: 'IT',
        host: ['p0', 'p1'],
      }));
      const data = doc({ partners, meetings });
      const wrapper = mount(html`<evolaq-summary structured-data .data=${data}></evolaq-summary>`);
      const element = wrapper.firstElementChild as EvolaqSummaryElement;
      await settled(element);
      const script = element.querySelector('script[type="application/ld+json"]')!;
      // (Each meeting's event has a few hundred characters of its own: linear in the data.)
      expect(script.textContent!.length).to.be.below(JSON.stringify(data).length + 1000 * meetings.length);
      const graph = JSON.parse(script.textContent!)['@graph'];
      const project = graph.find((node: { '@type': string }) => node['@type'] === 'Project');
      const event = graph.find((node: { '@type': string }) => node['@type'] === 'Event');
      // The organisers are the project's members, by their @id.
      expect(event.organizer).to.deep.equal(project.member.map((member: { '@id': string }) => ({ '@id': member['@id'] })));
      expect(project.member[0]).to.deep.include({ '@type': 'Organization', name: long('N') });
    });

    it('shows HTML in the data as text', async () => {
      const data = await demoData();
      data.project.title = '<script>window.__pwned = 1</script><b>EVOLAQ</b>';
      const wrapper = mount(html`<evolaq-summary .data=${data}></evolaq-summary>`);
      const element = wrapper.firstElementChild as EvolaqSummaryElement;
      await settled(element);
      const title = element.shadowRoot!.querySelector('h2')!;
      expect(title.textContent!.trim()).to.equal('<script>window.__pwned = 1</script><b>EVOLAQ</b>');
      expect(title.querySelector('script, b')).to.equal(null);
      expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
    });
  });
});
