import { css } from 'lit';

export const timelineStyles = css`
  .timeline > .heading {
    font-size: 1.25em;
    margin-bottom: 0.75em;
  }
  .meetings {
    position: relative;
    display: grid;
    gap: 1.1em;
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
  .meeting .heading {
    font-size: 1.05em;
    line-height: 1.3;
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
