import { expect } from '@open-wc/testing';
import { embedSnippet, escapeAttribute, escapeScriptJson } from '../demo/playground.js';
import { deepAll, demoData, waitFor } from './support/helpers.js';

/*
 * demo/playground.html, used as a person does: in a page of its own (an iframe), typing into the
 * editor and reading what the page shows. The snippet functions are also checked on their own.
 */

interface Playground {
  readonly window: Window & {
    axe?: { run(context: Node, options: object): Promise<{ violations: { id: string; nodes: unknown[] }[] }> };
  };
  readonly document: Document;
  readonly editor: HTMLTextAreaElement;
  readonly preview: HTMLElement;
  readonly snippet: HTMLTextAreaElement;
}

const frames: HTMLIFrameElement[] = [];
afterEach(() => frames.splice(0).forEach((frame) => frame.remove()));

const partnersShown = (preview: Element) => (preview.shadowRoot ? deepAll(preview.shadowRoot, 'li.partner').length : 0);

async function openPlayground(): Promise<Playground> {
  const frame = document.createElement('iframe');
  frame.style.width = '1300px';
  frame.style.height = '1000px';
  frame.src = '/demo/playground.html';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  frames.push(frame);
  await loaded;
  const doc = frame.contentDocument!;
  const preview = doc.querySelector<HTMLElement>('#preview')!;
  await waitFor(() => partnersShown(preview) === 9, 'the preview with the sample data');
  return {
    window: frame.contentWindow as Playground['window'],
    document: doc,
    editor: doc.querySelector('#editor')!,
    preview,
    snippet: doc.querySelector('#snippet')!,
  };
}

/** The demo data as the playground offers it: its schema beside it, as in a copy of dist/. */
async function sampleData() {
  return { ...(await demoData()), $schema: 'evolaq.schema.json' };
}

/** Types `text` into the editor, as far as the page can tell. */
function type(page: Playground, text: string): void {
  page.editor.value = text;
  page.editor.dispatchEvent(new Event('input', { bubbles: true }));
}

function problemItems(page: Playground): string[] {
  return [...page.document.querySelectorAll('#problems li')].map((li) => li.textContent!.replace(/\s+/g, ' ').trim());
}

function choose(page: Playground, selector: string, value: string): void {
  const control = page.document.querySelector<HTMLSelectElement | HTMLInputElement>(selector)!;
  // The control belongs to the frame's window: `instanceof HTMLInputElement` would be false.
  if (control.localName === 'input') (control as HTMLInputElement).checked = true;
  else control.value = value;
  control.dispatchEvent(new Event('change', { bubbles: true }));
}

/** The snippet for `variant` once it reflects `data`, parsed as a browser parses a page. */
async function snippetFor(page: Playground, variant: string, data: unknown): Promise<Document> {
  choose(page, `input[name="variant"][value="${variant}"]`, variant);
  const before = page.snippet.value;
  type(page, JSON.stringify(data, null, 2));
  await waitFor(() => page.snippet.value !== before, 'the new snippet');
  return new DOMParser().parseFromString(page.snippet.value, 'text/html');
}

const HOSTILE = `It's "quoted" <b>bold</b> & </script><script>alert(1)</script> <!-- <script> </SCRIPT >`;

describe('the playground (demo/playground.html)', () => {
  describe('accessibility', () => {
    it('passes the axe audit, widget included', async () => {
      const page = await openPlayground();
      const script = page.document.createElement('script');
      script.src = '/node_modules/axe-core/axe.min.js';
      const loaded = new Promise((resolve) => script.addEventListener('load', resolve, { once: true }));
      page.document.head.append(script);
      await loaded;
      const { violations } = await page.window.axe!.run(page.document, { resultTypes: ['violations'] });
      expect(violations.map((v) => `${v.id} (${v.nodes.length})`)).to.deep.equal([]);
    });

    it('labels every control and names every button', async () => {
      const page = await openPlayground();
      for (const control of page.document.querySelectorAll<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>(
        'input, select, textarea',
      )) {
        expect(control.labels?.length, `labels of #${control.id || control.name}`).to.be.above(0);
      }
      for (const button of page.document.querySelectorAll('button')) expect(button.textContent!.trim()).not.to.equal('');
      expect(page.document.querySelector('#editor')!.getAttribute('spellcheck')).to.equal('false');
      expect(page.document.querySelector('#problem-count')!.getAttribute('role')).to.equal('status');
      expect(page.document.querySelector('#copy-status')!.getAttribute('role')).to.equal('status');
    });
  });

  describe('editing', () => {
    it('starts with the sample data and no problems', async () => {
      const page = await openPlayground();
      expect(JSON.parse(page.editor.value)).to.deep.equal(await sampleData());
      expect(page.document.querySelector('#problem-count')!.textContent).to.equal('0 problems in the data');
      expect(problemItems(page)).to.deep.equal([]);
    });

    it('lists a missing field with its path, and the preview drops that partner', async () => {
      const page = await openPlayground();
      const data = await demoData();
      delete data.partners[3].country;
      type(page, JSON.stringify(data, null, 2));
      await waitFor(() => partnersShown(page.preview) === 8, 'the preview with 8 partners');
      await waitFor(() => problemItems(page).length > 0, 'the problem list');
      // Meeting 9's host was that partner: its own problem says it all, with the partner's id.
      expect(problemItems(page)).to.deep.equal(['error partners[3].country (cervia) This field is required but missing.']);
      expect(page.document.querySelector('#problems code')!.textContent).to.equal('partners[3].country');
      expect(page.document.querySelector('#problem-count')!.textContent).to.equal('1 problem in the data');
    });

    it('gives the line and column of invalid JSON, and shows the place in the editor', async () => {
      const page = await openPlayground();
      const text = '{\n  "schemaVersion": 1,\n  oops\n}';
      type(page, text);
      const [item] = await waitFor(() => (problemItems(page).length ? problemItems(page) : undefined), 'the problem list');
      expect(item).to.contain('(whole document)').and.contain('line 3, column 3');
      expect(page.preview.getAttribute('data')).to.equal(text);
      await waitFor(
        () => page.preview.shadowRoot && deepAll(page.preview.shadowRoot, '[part="notice"]').length,
        "the widget's own notice",
      );
      page.document.querySelector<HTMLButtonElement>('#problems button.go')!.click();
      expect(page.document.activeElement).to.equal(page.editor);
      // A caret before the place, not a selection that the character typed there would replace.
      expect(page.editor.selectionStart).to.equal(text.indexOf('oops'));
      expect(page.editor.selectionEnd).to.equal(page.editor.selectionStart);
      expect(page.snippet.value).to.equal('');
      expect(page.document.querySelector<HTMLButtonElement>('#copy')!.disabled).to.be.true;
    });

    it('scrolls the editor to the place of invalid JSON, and typing the missing comma there mends it', async () => {
      const page = await openPlayground();
      const lines = JSON.stringify(await demoData(), null, 2).split('\n');
      // The comma after the seventh meeting's city, 400-odd lines down.
      const at = lines.findIndex((line, i) => i > 400 && line.trim() === '"city": "Collecchio",');
      lines[at] = lines[at].slice(0, -1);
      type(page, lines.join('\n'));
      await waitFor(() => page.document.querySelector('#problems button.go'), 'the button');
      page.editor.scrollTop = page.editor.scrollHeight;
      page.document.querySelector<HTMLButtonElement>('#problems button.go')!.click();
      const lineHeight = parseFloat(getComputedStyle(page.editor).lineHeight);
      const top = (at + 1) * lineHeight; // the line after the city, where JSON.parse trips
      expect(top).to.be.within(page.editor.scrollTop, page.editor.scrollTop + page.editor.clientHeight - lineHeight);
      page.editor.setRangeText(',', page.editor.selectionStart, page.editor.selectionEnd, 'end');
      page.editor.dispatchEvent(new Event('input', { bubbles: true }));
      await waitFor(() => page.document.querySelector('#problem-count')!.textContent === '0 problems in the data', 'no problem');
    });

    it('shows what a partner site shows for JSON that leaves nothing to show, not the last version', async () => {
      const page = await openPlayground();
      const preview = () => page.document.querySelector<HTMLElement>('#preview')!;
      // The widget's box for data it cannot show ("error"), and its notice that it keeps the last version ("notice").
      const boxes = (part: string) =>
        deepAll(preview().shadowRoot!, `[part~="${part}"]`).map((n) => n.textContent!.replace(/\s+/g, ' '));
      // Over the size limit: partner sites refuse the whole file.
      type(page, JSON.stringify({ ...(await demoData()), notes: 'x'.repeat(1_100_000) }));
      await waitFor(() => problemItems(page)[0]?.includes('too large'), 'the problem');
      await waitFor(() => boxes('error')[0]?.includes('cannot be shown'), 'the message in the preview');
      expect(boxes('error')[0]).to.contain('too large');
      expect(boxes('notice')).to.deep.equal([]);
      expect(partnersShown(preview())).to.equal(0);
      // Mended, then without a title.
      type(page, JSON.stringify(await demoData()));
      await waitFor(() => partnersShown(preview()) === 9, 'the data again');
      const untitled = await demoData();
      delete untitled.project.title;
      type(page, JSON.stringify(untitled));
      await waitFor(() => boxes('error')[0]?.includes('required'), 'the message in the preview');
      expect(boxes('notice')).to.deep.equal([]);
      expect(partnersShown(preview())).to.equal(0);
      expect(preview().getAttribute('theme')).to.equal('light');
      expect(preview().getAttribute('heading-level')).to.equal('3');
    });

    it('shows no meetings when every meeting lost its id, as a partner site does', async () => {
      const page = await openPlayground();
      const preview = () => page.document.querySelector<HTMLElement>('#preview')!;
      const meetingsShown = () => deepAll(preview().shadowRoot!, 'li.meeting').length;
      await waitFor(() => meetingsShown() === 9, 'the meetings');
      const data = await demoData();
      for (const meeting of data.meetings) delete (meeting as { id?: string }).id;
      type(page, JSON.stringify(data));
      await waitFor(() => problemItems(page).length === 9, 'the problems');
      await waitFor(() => meetingsShown() === 0 && partnersShown(preview()) === 9, 'the partners without meetings');
    });

    it('formats the JSON, and resets to the sample', async () => {
      const page = await openPlayground();
      type(page, '{"schemaVersion":1,"project":{"title":"Small"}}');
      await waitFor(() => partnersShown(page.preview) === 0, 'the small data');
      page.document.querySelector<HTMLButtonElement>('#format')!.click();
      expect(page.editor.value).to.equal('{\n  "schemaVersion": 1,\n  "project": {\n    "title": "Small"\n  }\n}\n');
      // Reset asks first, since it cannot be undone; leaving the page asks too.
      const unload = new Event('beforeunload', { cancelable: true });
      page.window.dispatchEvent(unload);
      expect(unload.defaultPrevented, 'leaving asks').to.equal(true);
      const asked: string[] = [];
      page.window.confirm = (question?: string) => (asked.push(question!), false);
      page.document.querySelector<HTMLButtonElement>('#reset')!.click();
      expect(page.editor.value).to.contain('"Small"');
      expect(asked).to.deep.equal(['Replace your text with the sample? Your changes will be lost.']);
      page.window.confirm = () => true;
      page.document.querySelector<HTMLButtonElement>('#reset')!.click();
      expect(JSON.parse(page.editor.value)).to.deep.equal(await sampleData());
      await waitFor(() => partnersShown(page.preview) === 9, 'the sample again');
      // The sample itself is nobody's work: Reset and leaving ask nothing.
      const again = new Event('beforeunload', { cancelable: true });
      page.window.dispatchEvent(again);
      expect(again.defaultPrevented).to.equal(false);
    });
  });

  describe('embed snippet', () => {
    it('puts the data in a single-quoted attribute that reads back as the same JSON', async () => {
      const page = await openPlayground();
      const data = await demoData();
      data.project.title = { en: HOSTILE, lv: `'"<>&amp; &#39;` };
      data.project.acronym = `EV'O"L<A>Q&`;
      const parsed = await snippetFor(page, 'attribute', data);
      const elements = parsed.querySelectorAll('evolaq-project');
      expect(elements).to.have.length(1);
      expect(JSON.parse(elements[0].getAttribute('data')!)).to.deep.equal(data);
      expect([...parsed.querySelectorAll('script')].map((s) => s.getAttribute('src'))).to.deep.equal([
        '/evolaq/evolaq-widget.js',
      ]);
      // Deferred, as the README asks, so that the rest of the page is drawn first.
      expect(parsed.querySelector('script')!.defer).to.equal(true);
      expect(elements[0].children).to.have.length(0);
    });

    it('makes the snippet also from text that starts with a byte-order mark, as Notepad saves it', async () => {
      const page = await openPlayground();
      const data = await demoData();
      data.project.acronym = 'BOM';
      const before = page.snippet.value;
      type(page, `\uFEFF${JSON.stringify(data, null, 2)}`);
      await waitFor(() => page.snippet.value !== before && page.snippet.value.includes('BOM'), 'the new snippet');
      expect(problemItems(page)).to.deep.equal([]);
    });

    it('puts the data in a child script that no text inside can end', async () => {
      const page = await openPlayground();
      const data = await demoData();
      data.project.summary = HOSTILE;
      data.partners[0].name = '</script ><script>alert(2)</script>';
      const parsed = await snippetFor(page, 'script', data);
      const scripts = parsed.querySelectorAll('evolaq-project script');
      expect(scripts).to.have.length(1);
      expect(scripts[0].getAttribute('type')).to.equal('application/json');
      expect(JSON.parse(scripts[0].textContent!)).to.deep.equal(data);
      expect(parsed.querySelectorAll('script')).to.have.length(2);
    });

    it('names a file with src, and offers the data to download', async () => {
      const page = await openPlayground();
      choose(page, 'input[name="variant"][value="src"]', 'src');
      const parsed = new DOMParser().parseFromString(page.snippet.value, 'text/html');
      expect(parsed.querySelector('evolaq-project')!.getAttribute('src')).to.equal('/evolaq/evolaq.json');
      expect(page.document.querySelector('#variant-hint')!.textContent).to.contain('evolaq.json');
      expect(page.document.querySelector<HTMLButtonElement>('#download')!.disabled).to.be.false;
      // The file offered points to the schema beside it (dist/ copied whole), not to this repository's folder.
      let file: Blob | undefined;
      (page.window as unknown as typeof window).URL.createObjectURL = (blob: Blob | MediaSource) => {
        file = blob as Blob;
        return 'blob:nowhere';
      };
      page.document.querySelector<HTMLButtonElement>('#download')!.click();
      expect(JSON.parse(await file!.text()).$schema).to.equal('evolaq.schema.json');
    });

    it('copies the snippet and says so', async () => {
      const page = await openPlayground();
      let copied: string | undefined;
      Object.defineProperty(page.window.navigator, 'clipboard', {
        configurable: true,
        value: { writeText: async (text: string) => void (copied = text) },
      });
      page.document.querySelector<HTMLButtonElement>('#copy')!.click();
      const status = page.document.querySelector('#copy-status')!;
      await waitFor(() => status.textContent, 'the copy status');
      expect(status.textContent).to.equal('Copied.');
      expect(copied).to.equal(page.snippet.value);
      expect(copied).to.contain('<evolaq-project');
    });

    it('selects the snippet for the keyboard when there is no clipboard', async () => {
      const page = await openPlayground();
      Object.defineProperty(page.window.navigator, 'clipboard', { configurable: true, value: undefined });
      page.document.querySelector<HTMLButtonElement>('#copy')!.click();
      const status = page.document.querySelector('#copy-status')!;
      await waitFor(() => status.textContent, 'the copy status');
      expect(status.textContent).to.contain('Ctrl+C');
      expect(page.document.activeElement).to.equal(page.snippet);
      expect(page.snippet.selectionEnd - page.snippet.selectionStart).to.equal(page.snippet.value.length);
    });
  });

  describe('language and theme', () => {
    it('offers the 24 languages and switches the preview and the problem list', async () => {
      const page = await openPlayground();
      const select = page.document.querySelector<HTMLSelectElement>('#language')!;
      expect(select.options).to.have.length(24);
      expect(select.value).to.equal('en');
      const data = await demoData();
      delete data.partners[3].country;
      type(page, JSON.stringify(data));
      await waitFor(() => problemItems(page).length, 'the problem list');
      choose(page, '#language', 'lv');
      const base = () => page.preview.shadowRoot!.querySelector('.base')!;
      await waitFor(() => base().getAttribute('lang') === 'lv', 'the preview in Latvian');
      await waitFor(() => !problemItems(page)[0].includes('required but missing'), 'the problem in Latvian');
      expect(page.document.querySelector('#problems ul')!.getAttribute('lang')).to.equal('lv');
      expect(page.document.querySelector('#problems code')!.textContent).to.equal('partners[3].country');
    });

    it("follows the preview's own language picker", async () => {
      const page = await openPlayground();
      const [holder] = deepAll(page.preview.shadowRoot!, 'evolaq-language-picker');
      const picker = holder.shadowRoot!.querySelector('select')!;
      picker.value = 'de';
      picker.dispatchEvent(new Event('change', { bubbles: true }));
      const select = page.document.querySelector<HTMLSelectElement>('#language')!;
      await waitFor(() => select.value === 'de', 'the playground select on German');
    });

    it('sets the theme attribute on the preview, and in the snippet', async () => {
      const page = await openPlayground();
      expect(page.preview.getAttribute('theme')).to.equal('light');
      expect(page.snippet.value).not.to.contain('theme=');
      choose(page, '#theme', 'dark');
      expect(page.preview.getAttribute('theme')).to.equal('dark');
      const parsed = new DOMParser().parseFromString(page.snippet.value, 'text/html');
      expect(parsed.querySelector('evolaq-project')!.getAttribute('theme')).to.equal('dark');
      choose(page, '#theme', 'auto');
      expect(page.preview.getAttribute('theme')).to.equal('auto');
    });
  });
});

describe('the snippet functions', () => {
  it('escapes every character that could end or confuse an attribute', () => {
    expect(escapeAttribute(`&<>"'`)).to.equal('&amp;&lt;&gt;&quot;&#39;');
    expect(escapeAttribute('plain text')).to.equal('plain text');
  });

  it('escapes </script in any case and <!-- in JSON, which reads back the same', () => {
    const value = { a: '</script>', b: '</SCRIPT', c: '<!-- x -->', d: '\\</script>', e: '<script>' };
    const escaped = escapeScriptJson(JSON.stringify(value));
    expect(escaped).not.to.match(/<\/script|<!--/i);
    expect(JSON.parse(escaped)).to.deep.equal(value);
  });

  it('writes the three variants with one script tag each', () => {
    const value = { schemaVersion: 1, project: { title: "'</script>" } };
    for (const variant of ['attribute', 'script', 'src'] as const) {
      const parsed = new DOMParser().parseFromString(embedSnippet(variant, value, 'auto'), 'text/html');
      expect([...parsed.querySelectorAll('script[src]')].map((s) => s.getAttribute('src'))).to.deep.equal([
        '/evolaq/evolaq-widget.js',
      ]);
      expect(parsed.querySelector('evolaq-project')!.getAttribute('theme')).to.equal('auto');
    }
  });
});
