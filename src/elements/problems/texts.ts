import type { Problem } from '../../data/types.js';
import { sourceLocale } from '../../i18n/generated/locale-codes.js';
import { formatNumber, pluralCategory } from '../../i18n/intl.js';
import { loadProblemMessages } from '../../i18n/locale-loaders.js';
import { loadProblemPart } from '../../parts/load.js';
import { addMessages, getLocale, loadWithLanguages } from '../../i18n/localization.js';

/*
 * How problems in the data are worded, in the visitor's language, loaded only when a page has a
 * problem to show: the code with the English messages, and each language's messages. Sound data,
 * the usual case, costs nothing of it.
 */

let code: Promise<void> | undefined;
let codeSettled = false;
let wording: typeof import('./problem-text.js') | undefined;
const languages = new Map<string, Promise<void>>();
const ready = new Set<string>();

/**
 * Loads what words problems in a language. Never fails: without the files (a dist/ folder copied
 * in part, a lost connection) problems are shown with their English `message`, and said so once.
 */
export function loadProblemTexts(locale: string): Promise<void> {
  let loading = languages.get(locale);
  if (!loading) {
    if (!code) {
      // From now on a language switch brings its wording of problems along, so the problems
      // shown (an alert among them) do not vanish and come back, to be read out twice.
      loadWithLanguages(loadProblemTexts);
    }
    code ??= loadProblemPart()
      .then(
        (module) => void (wording = module),
        (error: unknown) =>
          console.warn('[evolaq] The wording of problems could not be loaded; they are shown in English.', error),
      )
      .then(() => void (codeSettled = true));
    loading = Promise.all([
      code,
      locale === sourceLocale
        ? undefined
        : loadProblemMessages(locale).then(
            (templates) => addMessages(locale, templates),
            // lit-localize falls back to the English messages; the language loaded again (a
            // visitor back online choosing it again) tries its wording again.
            () => void languages.delete(locale),
          ),
    ]).then(() => void ready.add(locale));
    languages.set(locale, loading);
  }
  return loading;
}

/** Whether problems can be worded in the active language now (English needs only the code). */
export function problemTextsReady(locale: string = getLocale()): boolean {
  return ready.has(locale) || (locale === sourceLocale && codeSettled);
}

/*
 * What is said about problems, in the active language, once loadProblemTexts() has settled for it;
 * until then nothing (undefined), so no English flashes first. If the wording could not be loaded:
 * the problem's English message, and plain English labels.
 */

export function problemText(problem: Problem): string | undefined {
  if (!problemTextsReady()) return undefined;
  return wording ? wording.problemText(problem, getLocale()) : problem.message;
}

export function problemCountText(lang: string, count: number): string | undefined {
  if (!problemTextsReady()) return undefined;
  return wording
    ? wording.problemCount(formatNumber(lang, count), pluralCategory(lang, count))
    : `${count} problem(s) in the data`;
}

export function problemLabels(problem: Problem): { severity: string; where: string } | undefined {
  if (!problemTextsReady()) return undefined;
  return wording
    ? { severity: wording.problemSeverity(problem), where: wording.problemWhere(problem) }
    : { severity: problem.severity, where: problem.path || '(document)' };
}
