import { expect, html } from '@open-wc/testing';
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

    it('cuts a text over 20,000 characters, with a warning', () => {
      const result = parseDocument(doc({ project: { title: 'EVOLAQ', summary: 'a'.repeat(50_000) } }));
      expect(result.data!.project.summary!.en.length).to.equal(LIMITS.textChars + 1);
      expect(result.problems[0]).to.include({ code: 'too-long', path: 'project.summary', severity: 'warning' });
    });

    it('shows the too-large problem in the widget for a 5 MB data attribute', async () => {
      const wrapper = mount(
        html`<evolaq-summary data=${JSON.stringify(doc({ padding: 'x'.repeat(5_000_000) }))}></evolaq-summary>`,
      );
      const element = wrapper.firstElementChild as EvolaqSummaryElement;
      await settled(element);
      expect(alertText(element)).to.contain('The data is too large');
    });
  });

  describe('failures of src', () => {
    it('explains a server error (500)', async () => {
      const { element, event } = await failedLoad('/test-api/status/500');
      expect(event.problems[0]).to.include({ code: 'http-error' });
      expect(alertText(element)).to.contain('the server answered 500');
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
      expect(String(logged[0][0])).to.contain('503');
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
