import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { needsOwnLang, pickText } from '../../data/text.js';
import type { Text } from '../../data/types.js';
import { dateRangeRuns } from '../../i18n/intl.js';

/** What render helpers need to know: the active language and the document's default language. */
export interface RenderContext {
  readonly lang: string;
  readonly defaultLanguage: string;
}

/** A text in the best language available; marked with its own `lang` when that is not the active one. */
export function renderText(context: RenderContext, text: Text | undefined): TemplateResult | string | typeof nothing {
  if (!text) return nothing;
  const picked = pickText(text, context.lang, context.defaultLanguage);
  // A plain string when no `lang` is needed: no template instance, no marker nodes.
  return needsOwnLang(picked.lang, context.lang) ? html`<span lang=${picked.lang}>${picked.value}</span>` : picked.value;
}

/**
 * A message's template unwrapped: its translation's texts and values side by side, or one text
 * where every value is text (a name, no `<bdi>`, `lang` or `<time>`). A template is an instance of
 * its own, made again in each language (its strings are the translation's); these update in place.
 * A long timeline has one per meeting. (A translation with markup stays a template.)
 */
export function unwrap(result: TemplateResult): TemplateResult | string | unknown[] {
  const { strings, values } = result;
  if (strings.some((text) => /[<&]/.test(text))) return result;
  // (A value that is a list, such as the hosts joined as the language joins them, is spread.)
  const parts = strings.flatMap((text, index) => (index ? [values[index - 1], text] : [text])).flat();
  return parts.every((part) => typeof part === 'string') ? parts.join('') : parts;
}

/** Plain text in the best language, for attributes and accessible names. */
export function textValue(context: RenderContext, text: Text | undefined): string {
  return text ? pickText(text, context.lang, context.defaultLanguage).value : '';
}

/** Paragraphs from blank lines; never markup. */
export function renderParagraphs(context: RenderContext, text: Text | undefined, part?: string) {
  if (!text) return nothing;
  const picked = pickText(text, context.lang, context.defaultLanguage);
  const lang = needsOwnLang(picked.lang, context.lang) ? picked.lang : undefined;
  const paragraphs = picked.value
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean);
  // One paragraph, the usual case, in one template: a long timeline renders hundreds.
  if (paragraphs.length === 1) {
    return html`<div class="text" part=${ifDefined(part)} lang=${ifDefined(lang)}><p>${paragraphs[0]}</p></div>`;
  }
  return html`<div class="text" part=${ifDefined(part)} lang=${ifDefined(lang)}>
    ${paragraphs.map((paragraph) => html`<p>${paragraph}</p>`)}
  </div>`;
}

/** A link from the data (already checked to be https:, http: or mailto:). */
export function renderLink(href: string, content: unknown, part?: string, describedBy?: string) {
  return html`<a href=${href} part=${ifDefined(part)} aria-describedby=${ifDefined(describedBy)} rel="noopener noreferrer"
    >${content}</a
  >`;
}

/**
 * A date range with each date's own part in a `<time datetime>`. One template with fixed slots
 * (text, start, text, end, text) fits every language's range; a long timeline renders hundreds.
 */
export function renderDateRange(lang: string, start: string, end: string) {
  const runs = dateRangeRuns(lang, start, end);
  const first = runs.findIndex((run) => run.date === start);
  const last = runs.findIndex((run) => run.date === end && (start === end || run.date !== start));
  const joined = (from: number, to: number) =>
    runs
      .slice(from, to)
      .map((run) => run.text)
      .join('');
  if (start === end && first >= 0) {
    return html`<span class="dates"
      >${joined(0, first)}<time datetime=${start}>${runs[first].text}</time>${joined(first + 1, runs.length)}</span
    >`;
  }
  if (first >= 0 && last > first && runs.filter((run) => run.date).length === 2) {
    return html`<span class="dates"
      >${joined(0, first)}<time datetime=${start}>${runs[first].text}</time>${joined(first + 1, last)}<time datetime=${end}
        >${runs[last].text}</time
      >${joined(last + 1, runs.length)}</span
    >`;
  }
  return html`<span class="dates"
    >${runs.map((run) => (run.date ? html`<time datetime=${run.date}>${run.text}</time>` : run.text))}</span
  >`;
}
