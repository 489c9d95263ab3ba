import { css } from 'lit';

export const summaryStyles = css`
  .summary {
    display: grid;
    gap: var(--_gap);
  }
  .acronym {
    color: var(--_accent);
    font-weight: 700;
    letter-spacing: 0.08em;
    text-transform: uppercase;
    font-size: 0.85em;
  }
  .header .heading {
    font-size: 1.6em;
    line-height: 1.2;
    color: var(--_text);
  }
  .facts {
    display: grid;
    gap: 0.5em 1.5em;
    grid-template-columns: 1fr;
  }
  .facts dt {
    font-size: 0.8em;
    font-weight: 600;
    color: var(--_muted);
    text-transform: uppercase;
    letter-spacing: 0.05em;
  }
  .text p + p {
    margin-top: 0.75em;
  }
  .list .heading {
    font-size: 1em;
    margin-bottom: 0.4em;
  }
  .goals {
    display: grid;
    gap: 0.3em;
  }
  .goals li {
    padding-inline-start: 1.25em;
    position: relative;
  }
  .goals li::before {
    content: '';
    position: absolute;
    inset-inline-start: 0.25em;
    top: 0.6em;
    width: 0.45em;
    height: 0.45em;
    border-radius: 50%;
    background: var(--_accent);
  }
  .themes ul {
    display: flex;
    flex-wrap: wrap;
    gap: 0.4em;
  }
  .themes li {
    background: var(--_subtle);
    border: 1px solid var(--_border);
    border-radius: 0.75em;
    padding: 0.15em 0.75em;
    font-size: 0.9em;
  }
  @container (min-width: 34em) {
    .facts {
      grid-template-columns: repeat(auto-fit, minmax(12em, 1fr));
    }
  }
  @media (forced-colors: active) {
    .goals li::before {
      background: CanvasText;
    }
  }
`;
