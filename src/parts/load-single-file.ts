import { msg } from '@lit/localize';
import { besideScript } from './script-url.js';

/*
 * The single file's parts (see load.ts): small ES modules beside it (dist/problems.js,
 * dist/calendar.js, dist/schema-org.js), built by scripts/build-locale-files.mjs without a copy of
 * Lit or lit-localize. A module import is not a Trusted Types sink: strict pages need no policy.
 */
const beside = async <T>(file: string) => (await import(/* @vite-ignore */ besideScript(file))) as T;

type ProblemPart = typeof import('../elements/problems/problem-text.js');

/** The wording of problems: it calls this file's msg(), handed over by bind(). */
export async function loadProblemPart(): Promise<ProblemPart> {
  const part = await beside<ProblemPart & { bind(m: typeof msg): void }>('problems.js');
  part.bind(msg);
  return part;
}

export function loadCalendarPart(): Promise<typeof import('../elements/timeline/ics.js')> {
  return beside('calendar.js');
}

export function loadSchemaPart(): Promise<typeof import('../elements/shared/schema-org.js')> {
  return beside('schema-org.js');
}
