import { html, nothing, render } from 'lit';
import { losesList } from '../src/data/parse.js';
import { baseLanguage } from '../src/data/text.js';
import { loadProblemTexts, problemText, problemTextsReady } from '../src/elements/problems/texts.js';
import { problemCount } from '../src/elements/problems/problem-text.js';
import { endonym, formatNumber, pluralCategory } from '../src/i18n/intl.js';
import { getLocale } from '../src/i18n/localization.js';
import {
  EvolaqLanguageChangeEvent,
  UI_LOCALES,
  activeLanguage,
  languageReady,
  parseJsonText,
  setLanguage,
  type EvolaqData,
  type EvolaqProjectElement,
  type ParseResult,
  type Problem,
} from '../src/index.js';

/*
 * The playground (demo/playground.html): edit the data, see the widget and every problem, copy a
 * snippet to embed. Markup comes only from Lit templates and textContent: the data is the user's.
 */

export type SnippetVariant = 'attribute' | 'script' | 'src';
export type Theme = 'light' | 'dark' | 'auto';

// Paths from the site's root, as in the README: the same snippet works on every page of the site.
// With `defer`, as the README asks: the page is drawn before the script runs.
const SCRIPT_TAG = '<script defer src="/evolaq/evolaq-widget.js"></script>';
const UPDATE_DELAY_MS = 300;

const ATTRIBUTE_ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Text for an HTML attribute value in either kind of quotes. */
export function escapeAttribute(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ATTRIBUTE_ENTITIES[char]);
}

/**
 * JSON text that cannot end or confuse the `<script>` holding it. `<` only occurs inside JSON
 * strings, where `\/` and `\u003c` are valid escapes that JSON.parse turns back into `/` and `<`.
 */
export function escapeScriptJson(json: string): string {
  return json.replace(/<\/(script)/gi, '<\\/$1').replace(/<!--/g, '\\u003c!--');
}

/** The embed snippet: the script tag and the element, with the data where `variant` says. */
export function embedSnippet(variant: SnippetVariant, value: unknown, theme: Theme = 'light'): string {
  // Light is the default: only another choice needs the attribute.
  const themeAttribute = theme === 'light' ? '' : ` theme="${theme}"`;
  switch (variant) {
    case 'attribute':
      return `${SCRIPT_TAG}\n<evolaq-project${themeAttribute} data='${escapeAttribute(JSON.stringify(value))}'></evolaq-project>\n`;
    case 'script': {
      // JSON has line breaks only between tokens, never inside strings: indenting every line is safe.
      const json = escapeScriptJson(JSON.stringify(value, null, 2)).replace(/\n/g, '\n    ');
      return `${SCRIPT_TAG}\n<evolaq-project${themeAttribute}>\n  <script type="application/json">\n    ${json}\n  </script>\n</evolaq-project>\n`;
    }
    case 'src':
      return `${SCRIPT_TAG}\n<evolaq-project${themeAttribute} src="/evolaq/evolaq.json"></evolaq-project>\n`;
  }
}

const HINTS: Readonly<Record<SnippetVariant, string>> = {
  attribute:
    'The data in one attribute, minified, with & < > " and \' written as character references. If your CMS editor mangles quotes in attributes, use a child script.',
  script:
    'The data in a child script, which CMS editors tend to leave alone. A </script or <!-- inside the data is escaped so that it cannot end the script.',
  src: 'The usual case: copy dist/ to /evolaq/ on your site and save the data there as evolaq.json (Download evolaq.json), or change the paths to where they are. Edit the file, not the page, when the data changes.',
};

/** The offset of a 1-based line and column in `text`. */
function offsetOf(text: string, line: number, column: number): number {
  const lines = text.split('\n');
  const before = lines.slice(0, line - 1).reduce((sum, each) => sum + each.length + 1, 0);
  return Math.min(text.length, before + column - 1);
}

/** Wires the playground's controls inside `root`. */
export async function startPlayground(root: HTMLElement): Promise<void> {
  const find = <T extends Element>(selector: string) => root.querySelector<T>(selector)!;
  const editor = find<HTMLTextAreaElement>('#editor');
  let preview = find<EvolaqProjectElement>('#preview');
  const problemsBox = find<HTMLElement>('#problems');
  const problemCountLine = find<HTMLElement>('#problem-count');
  const languageSelect = find<HTMLSelectElement>('#language');
  const themeSelect = find<HTMLSelectElement>('#theme');
  const snippetBox = find<HTMLTextAreaElement>('#snippet');
  const variantHint = find<HTMLElement>('#variant-hint');
  const copyButton = find<HTMLButtonElement>('#copy');
  const copyStatus = find<HTMLElement>('#copy-status');
  const downloadButton = find<HTMLButtonElement>('#download');
  const formatButton = find<HTMLButtonElement>('#format');
  const resetButton = find<HTMLButtonElement>('#reset');

  let sample = '';
  let problems: readonly Problem[] = [];
  /** The editor's JSON, when it is valid JSON; `undefined` when not. */
  let value: unknown;
  let valid = false;
  /** What the preview shows (the widget keeps it when newer data cannot be shown). */
  let shown: EvolaqData | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let statusTimer: ReturnType<typeof setTimeout> | undefined;

  const variant = (): SnippetVariant =>
    (root.querySelector<HTMLInputElement>('input[name="variant"]:checked')?.value ?? 'attribute') as SnippetVariant;
  const theme = () => themeSelect.value as Theme;

  function renderLanguages(): void {
    const current = baseLanguage(activeLanguage());
    render(
      UI_LOCALES.map(
        (code) => html`<option value=${code} lang=${code} ?selected=${code === current}>${endonym(code)} (${code})</option>`,
      ),
      languageSelect,
    );
    languageSelect.value = current;
  }

  function goTo(problem: Problem): void {
    const [line, column] = (problem.value ?? '').split(':').map(Number);
    const offset = offsetOf(editor.value, line, column);
    editor.focus({ preventScroll: true });
    // A caret, not a selection: the character to type there (often a missing comma) must not
    // replace the one that is there.
    editor.setSelectionRange(offset, offset);
    // The browser does not scroll a textarea to its caret: the line goes a third down the box, and
    // (the editor does not wrap) its column into view.
    const style = getComputedStyle(editor);
    const lineHeight = parseFloat(style.lineHeight) || 1.5 * parseFloat(style.fontSize);
    editor.scrollTop = Math.max(0, (line - 1) * lineHeight - editor.clientHeight / 3);
    const charWidth = parseFloat(style.fontSize) * 0.6;
    editor.scrollLeft = Math.max(0, (column - 1) * charWidth - editor.clientWidth / 2);
    // And the whole editor into the window, if the page was scrolled past it.
    editor.scrollIntoView({ block: 'nearest' });
  }

  function renderProblem(problem: Problem) {
    const where = problem.path || '(whole document)';
    const located = problem.code === 'invalid-json' && /^\d+:\d+$/.test(problem.value ?? '');
    return html`<li class=${problem.severity}>
      <span class="severity" lang="en">${problem.severity}</span>
      <code class="path" lang="en">${where}</code>${problem.item ? html` <span class="item">(${problem.item})</span>` : nothing}
      <span class="message">${problemText(problem)}</span>
      ${located ? html`<button type="button" class="go" lang="en" @click=${() => goTo(problem)}>Show in the editor</button>` : nothing}
    </li>`;
  }

  function renderProblems(): void {
    const lang = activeLanguage();
    // Only the count is live: a screen reader hears "3 problems", not the whole list on every edit.
    problemCountLine.lang = lang;
    problemCountLine.textContent = problemCount(formatNumber(lang, problems.length), pluralCategory(lang, problems.length));
    // The wording of problems loads when there are some (src/elements/problems/texts.ts).
    if (problems.length && !problemTextsReady()) {
      void loadProblemTexts(getLocale()).then(renderProblems);
      return;
    }
    render(
      problems.length
        ? html`<ul class="problem-list" lang=${lang}>
            ${problems.map(renderProblem)}
          </ul>`
        : nothing,
      problemsBox,
    );
  }

  function renderSnippet(): void {
    const chosen = variant();
    const usable = chosen === 'src' || valid;
    snippetBox.value = usable ? embedSnippet(chosen, value, theme()) : '';
    snippetBox.placeholder = usable ? '' : 'The snippet appears here when the data is valid JSON.';
    variantHint.textContent = HINTS[chosen];
    copyButton.disabled = !usable;
    downloadButton.disabled = !valid;
  }

  /**
   * Whether a partner site would show less than the preview, which keeps what it showed when newer
   * data cannot be shown. A visitor who comes to a partner site with this data has seen nothing
   * before: for JSON that leaves nothing to show (over the size limit, not an object, no title) or
   * that lost by an error a whole list the preview shows, they see only the problem, or no list.
   * (JSON that does not parse is only on the way, while typing, here; it cannot be copied or
   * downloaded, and the preview says, in red, that it shows the last version.)
   */
  function showsMoreThanASite(result: ParseResult): boolean {
    if (!shown) return false;
    if (!result.data) return result.problems[0]?.code !== 'invalid-json';
    return losesList(shown, result, 'partners') || losesList(shown, result, 'meetings');
  }

  /** A new preview element, with the attributes of the old one (theme, heading level) and no data. */
  function freshPreview(): void {
    const fresh = preview.cloneNode(false) as EvolaqProjectElement;
    fresh.removeAttribute('data');
    preview.replaceWith(fresh);
    preview = fresh;
    shown = undefined;
  }

  /** Reads the editor: the preview, the problem list and the snippet follow. */
  function update(): void {
    clearTimeout(timer);
    const text = editor.value;
    const result = parseJsonText(text);
    problems = result.problems;
    try {
      // (A byte-order mark, as Notepad saves one, is no JSON error: the widget reads past it too.)
      value = JSON.parse(text.replace(/^\uFEFF/, ''));
      valid = true;
    } catch {
      value = undefined;
      valid = false;
    }
    if (showsMoreThanASite(result)) freshPreview();
    if (result.data) {
      preview.removeAttribute('data');
      preview.data = value;
      shown = result.data;
    } else {
      // The widget reads the text itself and says what is wrong (with line and column in JSON that
      // does not parse), as on a partner site: also the size limit, which applies to text.
      preview.data = undefined;
      preview.setAttribute('data', text);
    }
    renderProblems();
    renderSnippet();
  }

  function showCopyStatus(text: string): void {
    clearTimeout(statusTimer);
    copyStatus.textContent = text;
    statusTimer = setTimeout(() => (copyStatus.textContent = ''), 4000);
  }

  async function copy(): Promise<void> {
    try {
      if (!navigator.clipboard) throw new Error('no clipboard');
      await navigator.clipboard.writeText(snippetBox.value);
      showCopyStatus('Copied.');
    } catch {
      // No clipboard (an insecure page, or permission refused): select it for the keyboard shortcut.
      snippetBox.focus();
      snippetBox.select();
      showCopyStatus('Selected: press Ctrl+C (⌘C on a Mac) to copy.');
    }
  }

  function download(): void {
    const url = URL.createObjectURL(new Blob([editor.value], { type: 'application/json' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = 'evolaq.json';
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 0);
  }

  editor.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(update, UPDATE_DELAY_MS);
  });
  formatButton.addEventListener('click', () => {
    if (!valid) {
      update();
      return;
    }
    editor.value = `${JSON.stringify(value, null, 2)}\n`;
    update();
  });
  resetButton.addEventListener('click', () => {
    // The coordinator's own text is not thrown away unasked: Reset cannot be undone.
    if (editor.value !== sample && !confirm('Replace your text with the sample? Your changes will be lost.')) return;
    editor.value = sample;
    update();
  });
  // Nor by leaving the page (a reload, the "Demo page" link): the browser asks first.
  window.addEventListener('beforeunload', (event) => {
    if (sample && editor.value !== sample) event.preventDefault();
  });
  for (const radio of root.querySelectorAll<HTMLInputElement>('input[name="variant"]'))
    radio.addEventListener('change', renderSnippet);
  themeSelect.addEventListener('change', () => {
    preview.setAttribute('theme', theme());
    renderSnippet();
  });
  languageSelect.addEventListener('change', async () => {
    await setLanguage(languageSelect.value);
    renderProblems();
  });
  // The preview's own picker switches the page's language too.
  document.addEventListener(EvolaqLanguageChangeEvent.type, async () => {
    await languageReady();
    languageSelect.value = baseLanguage(activeLanguage());
    renderProblems();
  });
  copyButton.addEventListener('click', copy);
  downloadButton.addEventListener('click', download);

  preview.setAttribute('theme', theme());
  await languageReady();
  renderLanguages();
  try {
    const response = await fetch('./evolaq.json');
    if (!response.ok) throw new Error(`the server answered ${response.status}`);
    // The demo file points its editor to the schema in this repository; a coordinator's copy sits
    // beside the script and its schema (dist/ copied whole, as /evolaq/ in the snippets).
    sample = (await response.text()).replace('"../schema/evolaq.schema.json"', '"evolaq.schema.json"');
  } catch (error) {
    problemCountLine.textContent = `The sample data could not be loaded (${error instanceof Error ? error.message : String(error)}): paste your own.`;
    renderSnippet();
    return;
  }
  editor.value = sample;
  update();
}

// Only on the playground page: tests import the snippet functions alone.
const playground = document.querySelector<HTMLElement>('[data-playground]');
if (playground) void startPlayground(playground);
