/*
 * Code that only some visits need, loaded when needed: the wording of problems in the data (only
 * for data with problems), the calendar file (only on "Add to calendar"), schema.org data (only
 * with `structured-data`). The ES build makes each a chunk of its own; the single-file build swaps
 * this module for `load-single-file.ts`, which fetches them from beside the script.
 */

/** The wording of problems, with the English messages. */
export function loadProblemPart(): Promise<typeof import('../elements/problems/problem-text.js')> {
  return import('../elements/problems/problem-text.js');
}

/** The iCalendar writer. */
export function loadCalendarPart(): Promise<typeof import('../elements/timeline/ics.js')> {
  return import('../elements/timeline/ics.js');
}

/** The schema.org JSON-LD builder. */
export function loadSchemaPart(): Promise<typeof import('../elements/shared/schema-org.js')> {
  return import('../elements/shared/schema-org.js');
}
