import { msg } from '@lit/localize';
import { LitElement, html, nothing, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { losesList } from '../data/parse.js';
import { DEFAULT_TIMEOUT_MS, loadUrl, parseText, parseValue, type LoadHandle } from '../data/source.js';
import type { EvolaqData, ParseResult, Problem } from '../data/types.js';
import { activeLanguage, languageReady, offerDataLanguage } from '../i18n/language.js';
import { getLocale } from '../i18n/localization.js';
import { EVOLAQ_ELEMENT } from './define.js';
import { EvolaqErrorEvent, EvolaqLoadEvent, EvolaqProblemsEvent } from './events.js';
import { PROBLEMS_SHOWN, announces, renderFailure, renderProblems, renderStaleNotice } from './problems/problems.js';
import { loadProblemTexts, problemTextsReady } from './problems/texts.js';
import { headingLevelConverter, toLevel } from './shared/heading.js';
import { LanguageController } from './shared/language-controller.js';
import { writeStructuredData } from './shared/structured-data.js';
import type { RenderContext } from './shared/text.js';
import { baseStyles, printStyles } from './styles.js';

const logged = new WeakSet<ParseResult>();

/**
 * Logs a result's problems once, however many elements share it (one `src`, one JSON text); `from`:
 * its `src`, to tell several apart; `last`: the element's last message, not logged again (equal
 * data set again, an unchanged file reloaded). Returns the message, empty for none.
 */
function logOnce(result: ParseResult, last: string, from?: string): string {
  if (result.problems.length === 0) return '';
  const shown = result.problems.slice(0, PROBLEMS_SHOWN);
  let lines = shown
    .map((p) => `  ${p.severity}: ${p.path || '(document)'}${p.item ? ` (${p.item})` : ''}: ${p.message}`)
    .join('\n');
  const more = result.problems.length - shown.length;
  if (more > 0) lines += `\n  … ${more} more in the evolaq-problems event`;
  const message = `[evolaq] ${result.problems.length} problem(s) with the data${from ? ` from ${from}` : ''}:\n${lines}`;
  if (message !== last && !logged.has(result))
    (result.problems.some((p) => p.severity === 'error') ? console.error : console.warn)(message);
  logged.add(result);
  return message;
}

/**
 * What every EVOLAQ element shares: the four ways data comes in (the `data` property, the `data`
 * attribute, a child `<script type="application/json">`, and `src`), loading and problem states,
 * and re-rendering when the page's language changes. Subclasses render the data.
 *
 * When several inputs are given, the first of this list wins: `data` property, `data` attribute,
 * child script, `src`.
 */
export abstract class EvolaqElement extends LitElement {
  static [EVOLAQ_ELEMENT] = true as const;
  static override styles = [baseStyles, printStyles];
  static override properties: PropertyDeclarations = {
    data: { attribute: false },
    dataJson: { attribute: 'data' },
    src: {},
    timeout: { type: Number },
    group: { reflect: true },
    theme: { reflect: true },
    headingLevel: { attribute: 'heading-level', converter: headingLevelConverter },
    structuredData: { type: Boolean, attribute: 'structured-data' },
    parsed: { attribute: false },
    result: { state: true },
    failure: { state: true },
    loading: { state: true },
    longLoad: { state: true },
    scriptText: { state: true },
  };

  /** The data as an object (or JSON text). Wins over every other input. */
  data?: unknown;

  /** The data as JSON text, in the `data` attribute. */
  dataJson?: string;

  /** URL of the JSON data file, fetched once per page however many elements name it. */
  src?: string;

  /** Milliseconds to wait for `src` before giving up. */
  timeout = DEFAULT_TIMEOUT_MS;

  /**
   * Links this element with the others of the same `group` (by default, those with the same `src`):
   * hovering a partner in a list highlights its pin on the map, a meeting its hosts.
   */
  group?: string;

  /** Colours: `light` (default), `dark`, or `auto` to follow the visitor's system setting. */
  theme?: 'auto' | 'light' | 'dark';

  /** Level of the element's top headings (2 by default), so they fit into the page's outline. */
  headingLevel = 2;

  /** Writes schema.org data (the project, its partners, each meeting as an Event) into the page for search engines. */
  structuredData = false;

  /**
   * An already parsed input, handed down by `<evolaq-project>` to the elements it is made of.
   * Such an element neither reports problems nor fires events: its parent does.
   * @internal
   */
  parsed?: ParseResult;

  /** The last input that could be shown. */
  protected result?: ParseResult;
  /** The newest input, when it could not be shown. */
  protected failure?: ParseResult;
  protected loading = false;

  /**
   * Whether a load has taken more than half a second: only then "Loading…" is shown, in the status
   * region that was there before it, so screen readers say it; a quick load shows nothing first.
   */
  private longLoad = false;
  #longLoadTimer?: ReturnType<typeof setTimeout>;
  private scriptText?: string;

  // Internal members are `#private` (here and in the elements): the minifier shortens their names,
  // as it cannot a property's (about 250 B gzip in all). Reactive properties stay properties.
  #loadHandle?: LoadHandle;
  #loadSettled: Promise<void> = Promise.resolve();
  #loadCount = 0;
  #reported?: ParseResult;
  #scriptObserver?: MutationObserver;

  constructor() {
    super();
    new LanguageController(this);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#readChildScript();
    this.#scriptObserver = new MutationObserver(() => this.#readChildScript());
    this.#scriptObserver.observe(this, { childList: true, subtree: true, characterData: true });
    // A load given up on when the element left the page starts again when it comes back.
    if (this.loading && !this.#loadHandle) this.#resolveInput();
    // Events of data shown while the element was out of the page: listeners on the document hear them now.
    this.#unsent?.();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#scriptObserver?.disconnect();
    this.#scriptObserver = undefined;
    // A move (out and back in one task, as a theme's script moves a sidebar) keeps its load and
    // its structured data; an element that stays out gives them up.
    queueMicrotask(() => {
      if (this.isConnected) return;
      this.#releaseLoad();
      void writeStructuredData(this, this.context, undefined);
    });
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (this.structuredData) this.#track(writeStructuredData(this, this.context, this.shownData));
    else if (changed.has('structuredData')) void writeStructuredData(this, this.context, undefined);
    // The wording of problems loads when there are some (problems/texts.ts); then render again.
    if (this.problems.length > 0 && !problemTextsReady()) {
      this.#track(loadProblemTexts(getLocale()).then(() => this.requestUpdate()));
    }
  }

  /**
   * Parts loading for what this element shows (src/parts/load.ts); `updateComplete` waits for them.
   * Not `#private`: `updateComplete` read through a Proxy of the element (a test spy, a state
   * library) would throw, where Lit's own works.
   */
  private readonly loadingParts = new Set<Promise<void>>();

  #track(work: Promise<void>): void {
    this.loadingParts.add(work);
    const done = () => void this.loadingParts.delete(work);
    work.then(done, done);
  }

  /** The render alone, not the parts still loading: for focus and scrolling, which must not wait on the network. */
  protected get rendered(): Promise<boolean> {
    return super.getUpdateComplete();
  }

  protected override async getUpdateComplete(): Promise<boolean> {
    let complete = await super.getUpdateComplete();
    while (this.loadingParts.size > 0) {
      await Promise.all(this.loadingParts);
      complete = await super.getUpdateComplete();
    }
    return complete;
  }

  /** Fetches `src` again, even when it loaded before. What is shown stays until the new data is read. */
  async reload(): Promise<void> {
    if (this.src && this.#activeInput() === 'src') this.#load(this.src, true);
    // A newer load may replace this one meanwhile; wait for the last.
    let settled: Promise<void>;
    do {
      settled = this.#loadSettled;
      await settled;
    } while (settled !== this.#loadSettled);
    // And until it is shown, with its events sent.
    await this.rendered;
  }

  /** The data being shown, if any. */
  protected get shownData(): EvolaqData | undefined {
    return this.result?.data;
  }

  protected get context(): RenderContext {
    return { lang: activeLanguage(), defaultLanguage: this.result?.data?.defaultLanguage ?? 'en' };
  }

  get #embedded(): boolean {
    return this.parsed !== undefined;
  }

  #waitingForParser = false;

  #readChildScript(): void {
    const script = this.querySelector(':scope > script[type="application/json"]');
    const text = script?.textContent ?? undefined;
    // While the page is parsed, a long script may have arrived in part: JSON that does not parse
    // yet is read when whole, or once the page is parsed (then its error is real). A whole script
    // parses, so nothing valid waits. (The parse is cached: reading it next costs nothing.)
    if (text && document.readyState === 'loading' && parseText(text).problems[0]?.code === 'invalid-json') {
      if (!this.#waitingForParser) {
        this.#waitingForParser = true;
        document.addEventListener(
          'DOMContentLoaded',
          () => {
            this.#waitingForParser = false;
            this.#readChildScript();
          },
          { once: true },
        );
      }
      return;
    }
    if (text !== this.scriptText) this.scriptText = text;
  }

  #activeInput(): 'parsed' | 'property' | 'attribute' | 'script' | 'src' | undefined {
    if (this.parsed) return 'parsed';
    if (this.data !== undefined && this.data !== null) return 'property';
    if (this.dataJson != null) return 'attribute';
    if (this.scriptText != null && this.scriptText.trim() !== '') return 'script';
    if (this.src) return 'src';
    return undefined;
  }

  /** Until the first render, which waits for the page's language (a file loaded from beside the script), the page's own content shows. */
  #early?: HTMLSlotElement;

  protected override createRenderRoot() {
    const root = super.createRenderRoot();
    root.append((this.#early = document.createElement('slot')));
    return root;
  }

  /** Renders only once the page's language is loaded, so no visitor sees English flash first. */
  protected override async scheduleUpdate(): Promise<void> {
    await languageReady();
    super.scheduleUpdate();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    this.#early?.remove();
    // A framework may set the property to a string or undefined: "3" must not make "31" below it.
    this.headingLevel = toLevel(this.headingLevel);
    const inputs = ['parsed', 'data', 'dataJson', 'scriptText', 'src'] as const;
    if (inputs.some((name) => changed.has(name as keyof EvolaqElement))) this.#resolveInput();
    if (this.loading) this.#longLoadTimer ??= setTimeout(() => (this.longLoad = true), 500);
    else if (this.#longLoadTimer !== undefined) {
      clearTimeout(this.#longLoadTimer);
      this.#longLoadTimer = undefined;
      this.longLoad = false;
    }
  }

  #resolveInput(): void {
    const input = this.#activeInput();
    if (input !== 'src') this.#releaseLoad();
    switch (input) {
      case 'parsed':
        return this.#adopt(this.parsed!);
      case 'property':
        return this.#adopt(parseValue(this.data));
      case 'attribute':
        return this.#adopt(parseText(this.dataJson!));
      case 'script':
        return this.#adopt(parseText(this.scriptText!));
      case 'src':
        return this.#load(this.src!, false);
      default:
        this.result = undefined;
        this.failure = undefined;
        this.loading = false;
    }
  }

  #load(src: string, fresh: boolean): void {
    this.#releaseLoad();
    let url: string;
    try {
      url = new URL(src, document.baseURI).href;
    } catch {
      url = src;
    }
    const count = ++this.#loadCount;
    const handle = loadUrl(url, { timeoutMs: this.timeout, fresh });
    this.#loadHandle = handle;
    this.loading = true;
    this.#loadSettled = handle.result.then((result) => {
      // A newer input, or the element leaving the page, made this load irrelevant.
      if (count !== this.#loadCount || this.#loadHandle !== handle) return;
      this.#loadHandle = undefined;
      handle.release();
      this.loading = false;
      this.#adopt(result);
    });
  }

  #releaseLoad(): void {
    if (!this.#loadHandle) return;
    this.#loadHandle.release();
    this.#loadHandle = undefined;
    this.#loadCount++;
  }

  /**
   * The lists of the data this element shows, counts or names (a meeting's hosts are partners): new
   * data that lost one of them is no update.
   */
  protected get lists(): readonly ('partners' | 'meetings')[] {
    return ['partners', 'meetings'];
  }

  /**
   * Takes a result: shows it if it has data; otherwise keeps what was shown and explains. Data that
   * lost by an error a whole list the visitor sees (partners that are not a list, meetings each
   * broken) is no update either: the list stays as it was, with the notice.
   */
  #adopt(result: ParseResult): void {
    const shown = this.result?.data;
    const taken = result.data && !(shown && this.lists.some((key) => losesList(shown, result, key)));
    if (taken) {
      this.result = result;
      this.failure = undefined;
      offerDataLanguage(result.data!.defaultLanguage);
    } else {
      this.failure = result;
    }
    this.#report(result, !!taken);
  }

  /** The last message logged for this element's data (see logOnce). */
  #logged = '';

  #report(result: ParseResult, taken = !!result.data): void {
    if (this.#embedded || this.#reported === result) return;
    this.#reported = result;
    this.#logged = logOnce(result, this.#logged, this.#activeInput() === 'src' ? this.src : undefined);
    // After the render: a listener of evolaq-load finds the new data on screen. (Not for a result
    // that newer input replaced before it was shown.)
    void this.rendered.then(() => {
      this.#unsent = () => {
        this.#unsent = undefined;
        if (this.#reported !== result) return;
        if (taken) this.dispatchEvent(new EvolaqLoadEvent());
        if (result.problems.length > 0) this.dispatchEvent(new EvolaqProblemsEvent(result.problems));
        if (!taken) this.dispatchEvent(new EvolaqErrorEvent(result.problems));
      };
      if (this.isConnected) this.#unsent();
    });
  }

  /** Sends the events of the last data shown (see report), once the element is in the page. */
  #unsent?: () => void;

  /** The problems the webmaster should see: the shown data's, and a failed newer input's. */
  protected get problems(): readonly Problem[] {
    return [...(this.failure?.problems ?? []), ...(this.result?.problems ?? [])];
  }

  override render() {
    const lang = activeLanguage();
    const data = this.result?.data;
    const failed = this.failure?.problems;
    const stale = failed && data ? renderStaleNotice(failed) : nothing;
    // Said by a status region that is there from the first render on (one that appears with its
    // text is often not read): a failed update (by one element of those sharing it), "Loading…"
    // (after half a second).
    // Not inside a project, whose own says it all.
    const speaks = !this.#embedded && stale !== nothing && announces(failed!, this);
    // Left to right, as all 24 languages are, also on a right-to-left page.
    return html`<div class="base" part="base" lang=${lang} dir="ltr">
      ${
        this.#embedded
          ? nothing
          : html`<div role="status">
              ${speaks ? stale : nothing}${
                this.loading && this.longLoad && !data && !this.failure
                  ? html`<p class="loading">
                      ${msg('Loading…', { id: 'state.loading', desc: 'Shown while the data file loads.' })}
                    </p>`
                  : nothing
              }
            </div>`
      }${speaks ? nothing : stale}${this.#renderState(data)}${data ? this.renderContent(data) : nothing}
      ${this.#embedded ? nothing : renderProblems(lang, this.problems)}
    </div>`;
  }

  /** Instead of content: why there is none, over the page's own content (a link to the project page), somewhere to go. */
  #renderState(data: EvolaqData | undefined) {
    if (data || (this.loading && !this.failure)) return nothing;
    return html`${this.failure ? renderFailure(this.failure.problems, this) : nothing}${this.#pageContent()}`;
  }

  /** The page's own content in the element, in the page's direction (the widget's is left to right). */
  #pageContent() {
    return html`<slot dir=${ifDefined(getComputedStyle(this).direction === 'rtl' ? 'rtl' : undefined)}></slot>`;
  }

  /** The element's content for valid data. */
  protected abstract renderContent(data: EvolaqData): TemplateResult | typeof nothing;
}
