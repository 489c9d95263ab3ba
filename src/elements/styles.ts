import { css, unsafeCSS } from 'lit';

/**
 * What every element shares: the public `--evolaq-*` properties mapped to private `--_*` ones,
 * the inner container for container queries (never `:host`, which collapses in shrink-to-fit
 * parents), and the problem and notice boxes.
 */
const darkTokens = css`
  --_accent: var(--evolaq-accent-color, #a9c1ff);
  --_on-accent: var(--evolaq-on-accent-color, #0d1424);
  --_text: var(--evolaq-text-color, #e9edf5);
  --_muted: var(--evolaq-muted-color, #b9c1d0);
  --_surface: var(--evolaq-surface-color, #161b26);
  --_subtle: var(--evolaq-subtle-color, #222a38);
  --_border: var(--evolaq-border-color, #3d475a);
  --_error: #ffb4a9;
  --_error-surface: #3b1714;
  /* The EU's rules: on a dark background the emblem gets a white border. */
  --_emblem-border: 2px solid #ffffff;
  color-scheme: dark;
`;

const lightStyles = css`
  :host {
    --_accent: var(--evolaq-accent-color, #003399);
    --_on-accent: var(--evolaq-on-accent-color, #ffffff);
    --_text: var(--evolaq-text-color, #1d2433);
    --_muted: var(--evolaq-muted-color, #4a5468);
    --_surface: var(--evolaq-surface-color, #ffffff);
    --_subtle: var(--evolaq-subtle-color, #f3f5fa);
    --_border: var(--evolaq-border-color, #d5dae5);
    --_highlight: var(--evolaq-highlight-color, #ffcc00);
    --_radius: var(--evolaq-radius, 0.5rem);
    --_gap: var(--evolaq-gap, 1rem);
    --_font: var(--evolaq-font-family, inherit);
    display: block;
    box-sizing: border-box;
    min-width: 0;
    max-width: 100%;
    font-family: var(--_font);
    line-height: 1.5;
    color: var(--_text);
    text-align: start;
    /* Our light colours with light controls, also on a page that asks for dark ones. */
    color-scheme: light;
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  /*
   * The theme's text colour comes with its background, the light theme's too (the default): dark
   * text must not land on a dark site, nor light text on a light one.
   */
  .base {
    background: var(--_surface);
    color: var(--_text);
    /* Here too, not only on :host, which a theme's "* { line-height: 2.5 }" outranks. */
    line-height: 1.5;
    /* A theme's spacing of letters and words is for its own type: ours breaks long words apart with it. */
    letter-spacing: normal;
    word-spacing: normal;
    box-sizing: border-box;
    /* Room inside its own background; none for the elements inside <evolaq-project>, which has its own. */
    --_pad: var(--_inset, var(--evolaq-padding, min(1em, 4vw)));
    padding: var(--_pad);
    container-type: inline-size;
    /*
     * A natural width inside shrink-to-fit parents (floats, inline-block, table cells). Size
     * containment makes it the least width too, so never more than a phone's screen.
     */
    contain-intrinsic-inline-size: min(36em, 100vw - 2em - 2 * var(--_pad));
    overflow-wrap: anywhere;
    /* Long words ("Freiwilligenarbeit") break with a hyphen where the browser knows the language's rules. */
    hyphens: auto;
    /*
     * A wrapper's "nowrap" (or <td nowrap>) made the title one line 2,800 px wide; "pre-wrap" showed
     * our markup's line breaks; a theme's indented paragraphs (a CMS wraps the element in a <p>)
     * indented each heading and line of ours.
     */
    white-space: normal;
    text-indent: 0;
  }
  /*
   * Nothing of ours paints over the host page: a letter with a hundred combining marks stacked on it
   * reached 150 px above the widget. Room for focus rings and highlights at the edge, inside a
   * project too; where the margin is unknown (Safari), no clipping at all, as before.
   */
  @supports (overflow-clip-margin: 1em) {
    .base {
      overflow: clip;
      overflow-clip-margin: 1em;
    }
  }
  h1,
  h2,
  h3,
  h4,
  h5,
  h6,
  p,
  ul,
  ol,
  dl,
  dd,
  figure {
    margin: 0;
  }
  ul,
  ol {
    padding: 0;
    list-style: none;
  }
  /* Bold as h1-h6 are, also where a heading deeper than level 6 is a div with role="heading". */
  .heading {
    font-weight: bold;
  }
  a {
    color: var(--_accent);
    text-decoration-thickness: 0.08em;
    text-underline-offset: 0.15em;
  }
  a:hover {
    text-decoration-thickness: 0.15em;
  }
  :focus-visible {
    outline: 3px solid var(--_accent);
    outline-offset: 2px;
    border-radius: 2px;
  }
  /*
   * Irish capitals keep a prefix small ("AN tSUALAINN"), which text-transform cannot do; Greek
   * capitals drop their accents, and screen readers get the text as drawn, so they lose the stress.
   */
  :lang(ga),
  :lang(el) {
    text-transform: none !important;
  }
  .muted {
    color: var(--_muted);
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }
  .loading {
    color: var(--_muted);
    font-style: italic;
  }
  .failure,
  .stale {
    border: 1px solid var(--_error, #b42318);
    border-inline-start-width: 4px;
    border-radius: var(--_radius);
    padding: 0.75em 1em;
    background: var(--_error-surface, #fff5f4);
    color: var(--_text);
  }
  .failure p + p {
    margin-top: 0.25em;
  }
  .stale {
    margin-block-end: var(--_gap);
    font-size: 0.9em;
  }
  .stale .detail {
    display: block;
  }
  .problems {
    margin-top: var(--_gap);
    font-size: 0.85em;
    color: var(--_muted);
  }
  .problems summary {
    cursor: pointer;
    width: fit-content;
  }
  .problems ul {
    margin-top: 0.5em;
    padding-inline-start: 1em;
    list-style: disc;
  }
  .problems li + li {
    margin-top: 0.25em;
  }
  .problems .severity {
    font-weight: 600;
  }
  .problems .error .severity {
    color: var(--_error, #b42318);
  }
  .problems code {
    font-size: 0.95em;
    background: var(--_subtle);
    padding: 0 0.25em;
    border-radius: 3px;
  }
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      transition: none !important;
      animation: none !important;
      scroll-behavior: auto !important;
    }
  }
  @media (forced-colors: active) {
    .failure,
    .stale {
      border-color: CanvasText;
    }
    :focus-visible {
      outline-color: Highlight;
    }
  }
`;

/*
 * The dark tokens are put in by string, not as values of a css`` template: Lit joins those with
 * Array#reduce, which Prototype.js 1.6 replaces with one that returns the values themselves, and
 * every element lost this whole stylesheet on such a page.
 */
export const baseStyles = [
  unsafeCSS(`:host([theme='dark']){${darkTokens}}@media (prefers-color-scheme:dark){:host([theme='auto']){${darkTokens}}}`),
  lightStyles,
];

/** Printing the page prints the whole widget, black on white, with no controls. */
export const printStyles = css`
  @media print {
    /* (:host([theme]) too, or the dark theme, a more specific rule, would print dark.) */
    :host,
    :host([theme]) {
      --_accent: #000;
      --_text: #000;
      --_muted: #333;
      --_surface: #fff;
      --_subtle: #fff;
      --_border: #777;
      --_highlight: #fff;
      --_on-accent: #fff;
      --_emblem-border: none;
      color: #000;
      color-scheme: light;
      /*
       * The colours above are made for paper, and some marks are backgrounds: the lead badge (else
       * white on white), the goals' bullets, the timeline's line and markers. Printed also where the
       * browser leaves backgrounds out, its default. (Inherited by everything inside.)
       */
      print-color-adjust: exact;
    }
    /* Whole on the next page, with its heading: at a page break Chromium lost a band of the map. */
    .map {
      break-inside: avoid;
    }
    /* A heading goes to the next page with what it heads ("Partners" was left at the foot of one). */
    h1,
    h2,
    h3,
    h4,
    h5,
    h6 {
      break-after: avoid;
    }
    .problems,
    .stale,
    .toolbar,
    evolaq-language-picker {
      display: none !important;
    }
    /* On paper a link is its address: the project's, the partners', a meeting's, a report's. */
    a[href]::after {
      content: ' (' attr(href) ')';
      overflow-wrap: anywhere;
    }
  }
`;
