import { css } from 'lit';

// Sizes inside the map are in map units (1000 across), so they scale with it. Under 32em the labels
// would be unreadably small: they go, the pins grow, and the pins' names and the partner list say the rest.
/**
 * How much larger pins are drawn in a narrow map, for fingers. Written out in the styles too: Lit
 * joins a css template's values with Array#reduce, which Prototype.js 1.6 replaces (the map lost its sheet).
 */
export const BIG = 2.2;

export const mapStyles = css`
  .map > .heading {
    font-size: 1.25em;
    margin-bottom: 0.5em;
  }
  figure {
    display: grid;
    gap: 0.6em;
  }
  figure > svg {
    display: block;
    width: 100%;
    height: auto;
    /* A pin at the very edge (Valletta, near the bottom) is drawn whole, not cut. */
    overflow: visible;
    border-radius: var(--_radius);
    background: color-mix(in srgb, var(--_accent) 9%, var(--_surface));
    /* (Inherited by every shape and label inside.) */
    stroke-linejoin: round;
  }
  .c {
    fill: var(--_surface);
    stroke: var(--_border);
    stroke-width: 1;
  }
  .on {
    fill: color-mix(in srgb, var(--_accent) 22%, var(--_surface));
    stroke: var(--_accent);
    stroke-width: 1.6;
  }
  .labels {
    font-size: 22px;
    font-weight: 600;
    fill: var(--_text);
    stroke: var(--_surface);
    stroke-width: 5px;
    paint-order: stroke;
    dominant-baseline: central;
  }
  .labels .hi {
    font-weight: 800;
    text-decoration: underline;
  }
  .labels line {
    stroke: var(--_muted);
    stroke-width: 1.5px;
  }
  /* Focus shows as the ring (below), from the keyboard only: no square outline round a round pin. */
  .pin {
    cursor: pointer;
    outline: none;
  }
  .dot,
  .arrow {
    fill: var(--_accent);
    stroke: var(--_surface);
    stroke-width: 2.5;
  }
  .star {
    fill: var(--_highlight);
    stroke: var(--_accent);
    stroke-width: 2;
  }
  .ring {
    fill: none;
    stroke: var(--_text);
    stroke-width: 3.5;
    stroke-opacity: 0;
    pointer-events: all;
  }
  .hi .ring,
  .pin:focus-visible .ring {
    stroke-opacity: 1;
  }
  .pin:focus-visible .ring {
    stroke: var(--_accent);
    stroke-width: 5;
  }
  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: 0.3em 1.2em;
    font-size: 0.9em;
  }
  .legend li {
    display: flex;
    align-items: center;
    gap: 0.4em;
  }
  /* (Square by its viewBox.) */
  .legend svg {
    width: 1.3em;
  }
  figcaption {
    color: var(--_muted);
  }
  @container (min-width: 48em) {
    .labels {
      font-size: 17px;
    }
  }
  .picked {
    display: none;
    min-height: 1.5em;
    font-weight: 600;
  }
  @container (max-width: 32em) {
    .labels {
      display: none;
    }
    .picked {
      display: block;
    }
    .mark {
      scale: 2.2;
    }
  }
  /* The mark's move to where pins this large stand (see renderPin) is for a narrow map only. */
  @container not (max-width: 32em) {
    .mark {
      transform: none;
    }
  }
  @media (forced-colors: active) {
    .c {
      fill: Canvas;
      stroke: CanvasText;
    }
    .on {
      stroke-width: 3;
    }
    .dot,
    .arrow,
    .labels {
      fill: CanvasText;
      stroke: Canvas;
    }
    .star {
      fill: Highlight;
      stroke: CanvasText;
    }
    .ring,
    .pin:focus-visible .ring {
      stroke: Highlight;
    }
    /* The sea too: a light tint would glare in a dark high-contrast theme. */
    figure > svg {
      background: Canvas;
    }
    .labels line {
      stroke: CanvasText;
    }
  }
`;
