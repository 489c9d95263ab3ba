import { expect } from '@open-wc/testing';
import '../src/index.js';

/*
 * custom-elements.json (built by `npm test`'s build) is what editors and the README's attribute
 * tables read: it must name exactly the attributes each element observes, no internal state.
 */
describe('custom-elements.json', () => {
  it('lists for every element exactly the attributes it observes', async () => {
    const manifest = await (await fetch('/custom-elements.json')).json();
    const declarations = manifest.modules.flatMap((m: { declarations?: unknown[] }) => m.declarations ?? []) as {
      tagName?: string;
      attributes?: { name: string }[];
    }[];
    const elements = declarations.filter((d) => d.tagName);
    expect(elements.map((d) => d.tagName).sort()).to.deep.equal([
      'evolaq-language-picker',
      'evolaq-map',
      'evolaq-partners',
      'evolaq-project',
      'evolaq-summary',
      'evolaq-timeline',
    ]);
    for (const { tagName, attributes } of elements) {
      const observed = (customElements.get(tagName!) as unknown as { observedAttributes: string[] }).observedAttributes;
      expect((attributes ?? []).map((a) => a.name).sort(), tagName).to.deep.equal([...observed].sort());
    }
  });
});
