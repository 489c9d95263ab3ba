/*
 * "Hostile input": 200 mutated documents (the mutation arbitrary of test/parse-property.test.ts,
 * fixed seed), rendered one after another into a fresh <evolaq-project>, half as objects on
 * `.data` and half as JSON text. Nothing may throw, on purpose or by accident, and each shows
 * either its content (the title, an h2) or what is wrong (role="alert").
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import '../src/index.js';
import { parseDocument, parseJsonText } from '../src/data/parse.js';
import type { EvolaqProjectElement } from '../src/elements/project/evolaq-project.js';
import { applyOps, asObject, asText, opsArbitrary } from './parse-property.test.js';
import { deepQuery, deepQueryAll, demoData, settled } from './support/helpers.js';

const DOCUMENTS = 200;

describe('<evolaq-project> with hostile data', function () {
  this.timeout(30000);

  it(`renders ${DOCUMENTS} mutated documents without an error, each showing content or a problem`, async () => {
    const demo = await demoData();
    const samples = fc.sample(fc.tuple(opsArbitrary, fc.boolean()), { seed: 42, numRuns: DOCUMENTS });

    const uncaught: unknown[] = [];
    const onError = (event: ErrorEvent) => uncaught.push(event.error ?? event.message);
    const onRejection = (event: PromiseRejectionEvent) => uncaught.push(event.reason);
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
    // Every element logs its data's problems once: 200 documents' worth would bury the report.
    // Anything else logged (Lit's own warnings, say) still gets through.
    const { error: consoleError, warn: consoleWarn } = console;
    const quiet =
      (original: (...args: unknown[]) => void) =>
      (...args: unknown[]) => {
        if (!(typeof args[0] === 'string' && args[0].startsWith('[evolaq]'))) original(...args);
      };
    console.error = quiet(consoleError);
    console.warn = quiet(consoleWarn);

    let content = 0;
    let failures = 0;
    try {
      for (const [index, [ops, asJson]] of samples.entries()) {
        const template = applyOps(demo, ops);
        const data = asJson ? asText(template) : asObject(template);
        const expected = typeof data === 'string' ? parseJsonText(data) : parseDocument(data);
        const where = `document ${index} (${asJson ? 'JSON text' : 'object'}), ops ${JSON.stringify(ops).slice(0, 600)}`;

        const element = document.createElement('evolaq-project') as EvolaqProjectElement;
        element.now = '2017-04-20';
        element.data = data;
        try {
          document.body.append(element);
          await settled(element);
        } catch (error) {
          throw new Error(`${where}: rendering threw ${String(error)}`);
        }
        expect(uncaught, `${where}: uncaught errors`).to.deep.equal([]);

        const title = deepQuery(element, 'h2');
        const alert = element.shadowRoot!.querySelector('[role="alert"]');
        if (expected.data) {
          expect(title, `${where}: the title`).to.not.equal(null);
          expect(title!.textContent!.trim(), `${where}: the title`).to.not.equal('');
          content++;
        } else {
          expect(alert, `${where}: the problem`).to.not.equal(null);
          expect(alert!.textContent!.trim(), `${where}: the problem`).to.not.equal('');
          failures++;
        }
        // Texts stay text, and no refused link slipped through into the DOM.
        expect(deepQueryAll(element, 'script, iframe, object, embed').length, `${where}: injected elements`).to.equal(0);
        for (const node of deepQueryAll(element, '*')) {
          const handlers = node.getAttributeNames().filter((name) => name.startsWith('on'));
          expect(handlers, `${where}: event handler attributes on <${node.localName}>`).to.deep.equal([]);
          const link = node.getAttribute('href') ?? node.getAttribute('xlink:href');
          if (link !== null) {
            expect(['https:', 'http:', 'mailto:'], `${where}: <${node.localName} href="${link}">`).to.include(
              new URL(link, location.href).protocol,
            );
          }
        }
        element.remove();
      }
      console.log(`render fuzz: ${content} documents shown, ${failures} refused`);
      // Errors from work the last documents left behind (a timer, an animation frame).
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(uncaught, 'uncaught errors after the last document').to.deep.equal([]);
    } finally {
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
      console.error = consoleError;
      console.warn = consoleWarn;
    }
    // The mutations are meant to hit both: data that is still shown, and data that is not.
    expect(content, 'documents shown').to.be.greaterThan(DOCUMENTS / 4);
    expect(failures, 'documents refused').to.be.greaterThan(0);
  });
});
