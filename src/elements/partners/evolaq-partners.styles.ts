import { css } from 'lit';

export const partnersStyles = css`
  .partners > .heading {
    font-size: 1.25em;
    margin-bottom: 0.5em;
  }
  .countries {
    display: grid;
    gap: var(--_gap);
    grid-template-columns: 1fr;
  }
  .country .heading {
    font-size: 0.85em;
    font-weight: 700;
    text-transform: uppercase;
    letter-spacing: 0.06em;
    color: var(--_muted);
    border-bottom: 1px solid var(--_border);
    padding-bottom: 0.2em;
    margin-bottom: 0.4em;
  }
  .list {
    display: grid;
    gap: 0.6em;
  }
  .partner {
    display: grid;
    gap: 0.05em;
    border-inline-start: 3px solid transparent;
    padding-inline-start: 0.5em;
    margin-inline-start: calc(-0.5em - 3px);
  }
  /* Linked with the map: the partner whose pin is hovered or focused, marked by more than colour. */
  .partner.hi {
    border-inline-start-color: var(--_accent);
  }
  .partner.hi .name {
    text-decoration: underline;
    text-decoration-thickness: 2px;
    text-underline-offset: 0.2em;
  }
  evolaq-map {
    --_inset: 0;
    margin-bottom: var(--_gap);
  }
  .name {
    font-weight: 600;
  }
  .local {
    font-style: italic;
  }
  .meta {
    font-size: 0.9em;
    color: var(--_muted);
  }
  /* "Municipality · Norrköping" to the eye, "Municipality, Norrköping" to a screen reader. */
  .meta > span + span::before {
    content: ' · ';
    content: ' · ' / ', ';
  }
  /*
   * The partner a map pin took focus to (the one focusable with lines here) is named, as focus
   * arrives, by its lines joined with spaces: "Liiveri Village Association Association, Ilmajoki".
   * A comma, heard as a pause, keeps them apart; only while focused, so reading line by line is as before.
   */
  :focus > p + p::before {
    content: '' / ', ';
  }
  .lead {
    justify-self: start;
    margin-top: 0.2em;
    font-size: 0.75em;
    font-weight: 700;
    letter-spacing: 0.04em;
    text-transform: uppercase;
    color: var(--_on-accent);
    background: var(--_accent);
    border-radius: 0.75em;
    padding: 0.05em 0.7em;
  }
  @container (min-width: 30em) {
    .countries {
      grid-template-columns: repeat(auto-fill, minmax(13em, 1fr));
    }
  }
  @media (forced-colors: active) {
    .lead {
      border: 1px solid CanvasText;
    }
    /* Forced colours draw even a transparent border in CanvasText: a bar would mark every partner, not only the one linked with the map. */
    .partner {
      border-color: Canvas;
    }
    .partner.hi {
      border-inline-start-color: Highlight;
    }
  }
`;
