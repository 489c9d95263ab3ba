import { css } from 'lit';

export const projectStyles = css`
  /* The card has its own border and room: no band of background around it; what stands beside it keeps an inset. */
  .base {
    padding: 0;
  }
  .base > :not(.project, [role='status']),
  .base > [role='status'] > * {
    padding: 0.5em min(1em, 4vw);
  }
  .project {
    position: relative;
    display: grid;
    gap: calc(var(--_gap) * 1.5);
    background: var(--_surface);
    color: var(--_text);
    border: 1px solid var(--_border);
    border-top: 4px solid var(--_accent);
    border-radius: var(--_radius);
    padding: clamp(0.5em, 4cqi, 2em);
  }
  evolaq-summary,
  evolaq-partners,
  evolaq-timeline {
    --_inset: 0;
  }
  .toolbar {
    display: flex;
    justify-content: flex-end;
    margin-bottom: calc(var(--_gap) * -0.5);
  }
  .columns {
    display: grid;
    gap: calc(var(--_gap) * 1.5);
  }
  .funding {
    border-top: 1px solid var(--_border);
    padding-top: var(--_gap);
  }
  @container (min-width: 46em) {
    .columns {
      grid-template-columns: minmax(0, 2fr) minmax(0, 3fr);
      align-items: start;
    }
    /* Partners without meetings, or meetings without partners: the whole width. */
    .columns > :only-child {
      grid-column: 1 / -1;
    }
  }
`;
