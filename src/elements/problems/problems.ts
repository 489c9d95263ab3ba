import { msg } from '@lit/localize';
import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Problem } from '../../data/types.js';
import { problemCountText, problemLabels, problemText, problemTextsReady } from './texts.js';

function renderProblem(problem: Problem) {
  const { severity, where } = problemLabels(problem)!;
  return html`<li class=${problem.severity}>
    <span class="severity">${severity}</span> <code>${where}</code>${problem.item ? ` (${problem.item})` : ''}:
    ${problemText(problem)}
  </li>`;
}

/** How many problems the list shows; the count above it tells how many there are, the event and the console have all. */
export const PROBLEMS_SHOWN = 100;

/** The collapsed list of problems, for the webmaster, once their wording is there. */
export function renderProblems(lang: string, problems: readonly Problem[]) {
  if (problems.length === 0 || !problemTextsReady()) return nothing;
  return html`<details class="problems" part="problems">
    <summary>${problemCountText(lang, problems.length)}</summary>
    <ul>
      ${problems.slice(0, PROBLEMS_SHOWN).map(renderProblem)}${problems.length > PROBLEMS_SHOWN ? html`<li>…</li>` : nothing}
    </ul>
  </details>`;
}

const speakers = new WeakMap<readonly Problem[], Element>();

/**
 * Whether `element` announces a failure: several elements on one `src` share one failed load, and
 * the first to show it speaks for all (while it stays in the page); the others show it silently.
 */
export function announces(problems: readonly Problem[], element: Element): boolean {
  const speaker = speakers.get(problems);
  if (speaker && speaker !== element && speaker.isConnected) return false;
  speakers.set(problems, element);
  return true;
}

/**
 * In place of the content when an input left nothing to show. Only once the wording of problems
 * is there (or known to be missing): an alert must be whole when it appears, to be read once.
 */
export function renderFailure(problems: readonly Problem[], element: Element) {
  if (!problemTextsReady()) return nothing;
  const fatal = problems.find((problem) => problem.severity === 'error') ?? problems[0];
  return html`<div class="failure" part="error" role=${ifDefined(announces(problems, element) ? 'alert' : undefined)}>
    <p>
      <strong
        >${msg('The project information cannot be shown.', { id: 'failure.title', desc: 'Shown instead of the widget when its data cannot be used.' })}</strong
      >
    </p>
    ${fatal ? html`<p>${problemText(fatal)}</p>` : nothing}
  </div>`;
}

/**
 * Above kept content when a newer input failed: what the visitor sees stays, with a note (whole, as
 * the alert), which the element's status region announces (see announces).
 */
export function renderStaleNotice(problems: readonly Problem[]) {
  if (!problemTextsReady()) return nothing;
  const fatal = problems.find((problem) => problem.severity === 'error') ?? problems[0];
  return html`<p class="stale" part="notice">
    ${msg('This information could not be updated; the last version is shown.', { id: 'failure.stale', desc: 'Shown when reloading the data failed but the previous data is still displayed.' })}
    ${fatal ? html`<span class="detail">${problemText(fatal)}</span>` : nothing}
  </p>`;
}
