import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';

/** Reads the `heading-level` attribute: 1 to 6, anything else falls back. */
export const headingLevelConverter = {
  fromAttribute(value: string | null): number {
    const level = Number(value);
    return Number.isInteger(level) && level >= 1 && level <= 6 ? level : 2;
  },
};

/**
 * A real heading at `level` (1-6; deeper levels stay at 6), so the widget's outline fits into
 * the host page's. Static templates per level: tag names cannot be bound.
 */
export function heading(level: number, content: unknown, id?: string): TemplateResult {
  switch (Math.min(Math.max(level, 1), 6)) {
    case 1:
      return html`<h1 id=${ifDefined(id)} class="heading">${content}</h1>`;
    case 2:
      return html`<h2 id=${ifDefined(id)} class="heading">${content}</h2>`;
    case 3:
      return html`<h3 id=${ifDefined(id)} class="heading">${content}</h3>`;
    case 4:
      return html`<h4 id=${ifDefined(id)} class="heading">${content}</h4>`;
    case 5:
      return html`<h5 id=${ifDefined(id)} class="heading">${content}</h5>`;
    default:
      return html`<h6 id=${ifDefined(id)} class="heading">${content}</h6>`;
  }
}
