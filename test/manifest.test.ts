import { expect } from '@open-wc/testing';
import '../src/index.js';
import { demoData, settled } from './support/helpers.js';

interface Declaration {
  tagName?: string;
  attributes?: { name: string }[];
  events?: { name?: string }[];
  cssParts?: { name: string }[];
  cssProperties?: { name: string; default?: string }[];
}

async function elements(): Promise<Declaration[]> {
  const manifest = await (await fetch('/custom-elements.json')).json();
  return (manifest.modules.flatMap((m: { declarations?: unknown[] }) => m.declarations ?? []) as Declaration[]).filter(
    (d) => d.tagName,
  );
}

/** The part names a page can reach with `tag::part(…)`: its shadow root's own and those its inner elements export. */
function reachableParts(host: Element): string[] {
  const names = new Set<string>();
  for (const element of host.shadowRoot!.querySelectorAll('*')) {
    for (const name of element.getAttribute('part')?.split(/\s+/) ?? []) if (name) names.add(name);
    for (const entry of element.getAttribute('exportparts')?.split(',') ?? []) names.add(entry.split(':').pop()!.trim());
  }
  return [...names].sort();
}

/*
 * custom-elements.json (built by `npm test`'s build) is what editors and the README's attribute
 * tables read: it must name exactly the attributes each element observes, no internal state.
 */
describe('custom-elements.json', () => {
  it('names the events each element fires, as the README lists them', async () => {
    const data = ['evolaq-load', 'evolaq-problems', 'evolaq-error'];
    const expected: Record<string, string[]> = {
      'evolaq-project': [...data, 'evolaq-language-change', 'evolaq-partner-select'],
      'evolaq-summary': data,
      'evolaq-partners': [...data, 'evolaq-partner-select'],
      'evolaq-timeline': data,
      'evolaq-map': [...data, 'evolaq-partner-select'],
      'evolaq-language-picker': ['evolaq-language-change'],
    };
    for (const { tagName, events } of await elements()) {
      expect((events ?? []).map((e) => e.name).sort(), tagName).to.deep.equal([...expected[tagName!]].sort());
    }
  });

  it('describes each event class as an Event, with nothing else to import beside them', async () => {
    // They extend the browser's Event taken from UIEvent (MooTools replaces the global Event): under
    // another name, editors and Storybook read them as extending an unknown "BrowserEvent".
    const manifest = await (await fetch('/custom-elements.json')).json();
    const events = manifest.modules.find((m: { path: string }) => m.path === 'src/elements/events.ts');
    const classes = events.declarations.filter((d: { kind: string }) => d.kind === 'class');
    expect(classes.map((d: { name: string }) => d.name)).to.have.length(5);
    for (const declaration of classes) expect(declaration.superclass.name, declaration.name).to.equal('Event');
    expect(
      events.exports.map((e: { name: string }) => e.name).filter((name: string) => !/^Evolaq\w+Event$/.test(name)),
    ).to.deep.equal([]);
  });

  it('lists every part a page can reach through each element', async () => {
    const data = await demoData();
    data.project.website = 'https://example.org/evolaq';
    data.partners[0].website = 'https://example.org/partner';
    for (const { tagName, cssParts } of await elements()) {
      const element = document.createElement(tagName!) as HTMLElement & { data: unknown };
      element.data = data;
      document.body.append(element);
      try {
        await settled(element);
        const listed = (cssParts ?? []).map((p) => p.name);
        expect(
          reachableParts(element).filter((name) => !listed.includes(name)),
          tagName,
        ).to.deep.equal([]);
      } finally {
        element.remove();
      }
    }
  });

  it("gives every element the README's custom properties, with their defaults", async () => {
    const readme = await (await fetch('/README.md')).text();
    // A default the README writes in words ("your page's") is given as none: it is no CSS value.
    const table = [...readme.matchAll(/^\| `(--evolaq-[\w-]+)` \| (.+?) \|/gm)].map(
      ([, name, value]): [string, string | undefined] => [name, /^`[^`\s]+`$/.test(value) ? value.slice(1, -1) : undefined],
    );
    expect(table.length).to.be.above(10);
    for (const { tagName, cssProperties } of await elements()) {
      const listed = new Map((cssProperties ?? []).map((p) => [p.name, p.default]));
      for (const [name, value] of table) {
        if (name === '--evolaq-scroll-margin' && !['evolaq-timeline', 'evolaq-project'].includes(tagName!)) continue;
        if (name === '--evolaq-padding' && tagName === 'evolaq-project') continue;
        expect(listed.has(name), `${tagName} ${name}`).to.equal(true);
        expect(listed.get(name), `${tagName} ${name}`).to.equal(value);
      }
    }
  });

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
