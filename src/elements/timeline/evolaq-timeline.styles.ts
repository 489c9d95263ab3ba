import { css } from 'lit';

export const timelineStyles = css`
  .timeline > .heading {
    font-size: 1.25em;
    margin-bottom: 0.75em;
  }
  .meetings {
    position: relative;
    display: grid;
  }
  /* Margins, not gap: meetings hidden until "show more" (or found) must take no room. */
  .meeting + .meeting {
    margin-top: 1.1em;
  }
  /* (Also against the compact layout's margin, a more specific rule; print shows them, spaced as the others.) */
  @media not print {
    .year[hidden],
    .meeting[hidden],
    .details[hidden] {
      margin: 0 !important;
    }
  }
  .meeting {
    position: relative;
    display: grid;
    grid-template-columns: 1.25em 1fr;
    gap: 0.6em;
  }
  /* The line joining the markers. */
  .meeting::before {
    content: '';
    position: absolute;
    inset-inline-start: calc(0.625em - 1px);
    top: 1.1em;
    bottom: -1.1em;
    width: 2px;
    background: var(--_border);
  }
  .meeting:last-child::before {
    display: none;
  }
  /* The last meeting before "Show more" ends the line (print shows them all). */
  @media not print {
    .meeting:has(+ .meeting[hidden])::before {
      display: none;
    }
  }
  .marker {
    position: relative;
    width: 1.25em;
    height: 1.25em;
    margin-top: 0.15em;
    border-radius: 50%;
    border: 2px solid var(--_accent);
    background: var(--_surface);
  }
  .past .marker {
    background: var(--_accent);
  }
  .ongoing .marker,
  .next .marker {
    background: var(--_highlight);
    box-shadow: 0 0 0 4px color-mix(in srgb, var(--_highlight) 35%, transparent);
  }
  .body {
    min-width: 0;
    display: grid;
    gap: 0.15em;
  }
  .next .body,
  .ongoing .body {
    background: var(--_subtle);
    border-inline-start: 4px solid var(--_accent);
    border-radius: var(--_radius);
    padding: 0.6em 0.8em;
    margin-top: -0.6em;
  }
  .kicker {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 0.6em;
    font-size: 0.8em;
    font-weight: 600;
    text-transform: uppercase;
    letter-spacing: 0.05em;
    color: var(--_muted);
  }
  .next .status,
  .ongoing .status {
    color: var(--_accent);
  }
  .until {
    text-transform: none;
    letter-spacing: 0;
    font-weight: 600;
    color: var(--_text);
  }
  .meeting {
    scroll-margin-top: var(--evolaq-scroll-margin, 1rem);
  }
  .meeting .heading {
    font-size: 1.05em;
    line-height: 1.3;
  }
  .year > .heading {
    font-size: 0.95em;
    color: var(--_muted);
    margin: 0.5em 0 0.6em;
  }
  .year + .year {
    margin-top: 1.1em;
  }
  /*
   * The chevron before the title, as a disclosure's marker: after it, it stood at the column's edge
   * when the title wrapped, or alone on a line when it followed the last word.
   */
  .toggle {
    all: unset;
    box-sizing: border-box;
    display: inline-flex;
    align-items: baseline;
    gap: 0.4em;
    /* A target at least 24 px high, compact too. */
    min-height: 24px;
    cursor: pointer;
    font-weight: 700;
    color: var(--_text);
    border-radius: 2px;
  }
  .toggle:focus-visible {
    outline: 3px solid var(--_accent);
    outline-offset: 2px;
  }
  .chevron {
    flex: none;
    /* Turned 45°, the square is 0.1em wider on each side than its box: inside the button and its focus ring. */
    margin-inline-start: 0.125em;
    width: 0.5em;
    height: 0.5em;
    border-inline-end: 2px solid currentColor;
    border-bottom: 2px solid currentColor;
    transform: translateY(-0.15em) rotate(45deg);
    transition: transform 0.15s ease;
  }
  [aria-expanded='true'] > .chevron {
    transform: translateY(0.05em) rotate(-135deg);
  }
  .details {
    display: grid;
    gap: 0.5em;
    margin-top: 0.35em;
  }
  .details .themes {
    display: flex;
    flex-wrap: wrap;
    gap: 0.35em;
  }
  .details .themes li {
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: 0.75em;
    padding: 0 0.65em;
    font-size: 0.85em;
  }
  .report {
    border-inline-start: 3px solid var(--_border);
    padding-inline-start: 0.75em;
    display: grid;
    gap: 0.35em;
  }
  .report .heading {
    font-size: 0.95em;
  }
  .byline {
    font-size: 0.85em;
    color: var(--_muted);
  }
  .links {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em 1em;
  }
  button.calendar,
  button.more {
    font: inherit;
    font-size: 0.9em;
    color: var(--_accent);
    background: var(--_surface);
    border: 1px solid currentColor;
    border-radius: var(--_radius);
    padding: 0.25em 0.75em;
    min-height: 2.25em;
    cursor: pointer;
  }
  /* Where a pointer hovers: a finger's tap would leave its button marked (touch screens keep :hover on what was tapped last). */
  @media (hover: hover) {
    .toggle:hover .title {
      text-decoration: underline;
      text-underline-offset: 0.15em;
    }
    button.calendar:hover,
    button.more:hover {
      background: var(--_subtle);
    }
  }
  /* On a line of its own after the button it is about. */
  .calendar-failed {
    flex-basis: 100%;
    color: var(--_error, #b42318);
    font-size: 0.9em;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em 1em;
    margin-top: 1em;
  }
  .actions:empty {
    display: none;
  }
  .empty {
    color: var(--_muted);
  }
  :host([compact]) .meeting + .meeting {
    margin-top: 0.7em;
  }
  :host([compact]) .kicker,
  :host([compact]) .where {
    font-size: 0.75em;
  }
  :host([compact]) .meeting .heading {
    font-size: 0.95em;
  }
  :host([compact]) .when {
    font-size: 0.9em;
    font-weight: 400;
  }
  /* A phone's column at 200 % text (about 10em): a smaller marker and inset leave the text its room. */
  @container (max-width: 20em) {
    .meeting {
      grid-template-columns: 0.8em 1fr;
      gap: 0.4em;
    }
    .marker {
      width: 0.8em;
      height: 0.8em;
      margin-top: 0.3em;
    }
    .meeting::before {
      inset-inline-start: calc(0.4em - 1px);
    }
    .next .body,
    .ongoing .body {
      padding: 0.4em 0.5em;
      border-inline-start-width: 3px;
    }
  }
  @media print {
    .year[hidden],
    .details[hidden],
    .meeting[hidden] {
      display: grid !important;
      content-visibility: visible !important;
    }
    .chevron,
    button.calendar,
    button.more,
    .actions {
      display: none !important;
    }
    /* (The next meeting's background is white on paper: --_subtle, see printStyles.) */
  }
  .when {
    font-weight: 600;
  }
  .where {
    display: flex;
    flex-wrap: wrap;
    gap: 0 1em;
    color: var(--_muted);
    font-size: 0.9em;
  }
  .text {
    margin-top: 0.25em;
  }
  .text p + p {
    margin-top: 0.5em;
  }
  @media (forced-colors: active) {
    .marker,
    .past .marker,
    .next .marker,
    .ongoing .marker {
      border-color: CanvasText;
      background: Canvas;
      box-shadow: none;
    }
    .past .marker {
      background: CanvasText;
    }
    .next .marker,
    .ongoing .marker {
      background: Highlight;
    }
    .meeting::before {
      background: CanvasText;
    }
  }
`;
