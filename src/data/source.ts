import { LIMITS, parseDocument, parseJsonText, problem } from './parse.js';
import type { ParseResult, ProblemCode } from './types.js';

/*
 * One parse per input on the whole page: elements given the same JSON text, the same object or
 * the same `src` share one result (and so one log line and one fetch).
 */

const byObject = new WeakMap<object, ParseResult>();
const byText = new Map<string, ParseResult>();
const TEXT_CACHE_SIZE = 32;

/** The result for a value given as the `data` property. */
export function parseValue(value: unknown): ParseResult {
  if (typeof value === 'string') return parseText(value);
  if (typeof value !== 'object' || value === null) return parseDocument(value);
  let result = byObject.get(value);
  if (!result) {
    result = readObject(value);
    byObject.set(value, result);
  }
  return result;
}

/** An object from the page's script may be no JSON at all: a getter that throws, a revoked Proxy. */
function readObject(value: object): ParseResult {
  try {
    return parseDocument(value);
  } catch {
    return { problems: [problem('error', '', 'not-object', { value: 'unreadable' })] };
  }
}

/** The result for JSON text (the `data` attribute or a child script). */
export function parseText(text: string): ParseResult {
  let result = byText.get(text);
  if (result) return result;
  result = parseJsonText(text);
  if (byText.size >= TEXT_CACHE_SIZE) byText.delete(byText.keys().next().value as string);
  byText.set(text, result);
  return result;
}

export const DEFAULT_TIMEOUT_MS = 10_000;

/** The `timeout` to use: a garbage or out-of-range value (`abc`, `-1`, `1e30`) means the default. */
function usableTimeout(value: unknown): number {
  return typeof value === 'number' && value >= 1 && value < 2 ** 31 ? value : DEFAULT_TIMEOUT_MS;
}

/**
 * The most bytes a data file may have: the document limit is in characters, and UTF-8 takes at
 * most three bytes for one (four for two). Beyond it the download stops.
 */
const MAX_BYTES = 3 * LIMITS.documentChars;

interface Load {
  readonly promise: Promise<ParseResult>;
  readonly controller: AbortController;
  users: number;
  settled: boolean;
}

const loads = new Map<string, Load>();

function describeDuration(ms: number): string {
  return ms % 1000 === 0 ? `${ms / 1000} s` : `${ms} ms`;
}

/** A result with one error at the document's root. */
const failed = (code: ProblemCode, details?: { expected?: string; value?: string }): ParseResult => ({
  problems: [problem('error', '', code, details)],
});

/**
 * The body as text, or undefined when it is over MAX_BYTES (then the download stops there).
 * UTF-8 as the format asks; a UTF-16 file (Notepad's "Unicode") by its byte-order mark; and what
 * is not UTF-8 as Windows-1252, the usual other save option, so that "Norrköping" survives,
 * flagged (`legacy`) for a warning.
 */
async function readBody(response: Response): Promise<{ text: string; legacy?: boolean } | undefined> {
  const reader = response.body?.getReader();
  const chunks: BlobPart[] = [];
  let bytes = 0;
  for (;;) {
    const chunk = await reader?.read();
    if (!chunk || chunk.done) break;
    bytes += chunk.value.byteLength;
    if (bytes > MAX_BYTES) {
      reader!.cancel().catch(() => undefined);
      return undefined;
    }
    chunks.push(chunk.value);
  }
  const body = new Uint8Array(await new Blob(chunks).arrayBuffer());
  const bom = (body[0] << 8) | body[1];
  if (bom === 0xfffe || bom === 0xfeff) return { text: new TextDecoder(bom === 0xfffe ? 'utf-16le' : 'utf-16be').decode(body) };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(body) };
  } catch {
    // Not all UTF-8. A file with a UTF-8 byte-order mark, or where more letters beyond ASCII read
    // as UTF-8 than not, is UTF-8 with a stray byte or two (shown as �); else it is Windows-1252,
    // where a pair such as "« " can happen to read as one UTF-8 letter.
    const text = new TextDecoder().decode(body);
    const count = (pattern: RegExp) => text.match(pattern)?.length ?? 0;
    if (bom === 0xefbb || count(/[^\0-\x7f\ufffd]/g) > count(/\ufffd/g)) return { text };
    return { text: new TextDecoder('windows-1252').decode(body), legacy: true };
  }
}

/** Fetches and parses one URL; never rejects (an abort, when nobody waits any more, reads as a network error). */
async function fetchDocument(url: string, signal: AbortSignal): Promise<ParseResult> {
  try {
    const response = await fetch(url, { signal, credentials: 'omit', headers: { accept: 'application/json' } });
    if (!response.ok) {
      return failed('http-error', { value: `${response.status} ${response.statusText}`.trim() });
    }
    const body = await readBody(response);
    if (!body) return failed('too-large', { expected: String(LIMITS.documentChars) });
    const result = parseJsonText(body.text);
    return body.legacy ? { ...result, problems: [problem('warning', '', 'not-utf8'), ...result.problems] } : result;
  } catch {
    return failed('network-error', { value: url });
  }
}

/** A handle on a shared load of one URL; `release()` when the element no longer waits for it. */
export interface LoadHandle {
  readonly result: Promise<ParseResult>;
  release(): void;
}

/**
 * Fetches and parses `url` once per page. A failed load is forgotten, so that the next request
 * tries again; `fresh` fetches again even after a success (the element's `reload()`).
 * Each element waits as long as its own `timeout` (an element that gives up does not fail the
 * others); the fetch is aborted only when every element waiting for it has released it.
 */
export function loadUrl(url: string, { timeoutMs = DEFAULT_TIMEOUT_MS, fresh = false } = {}): LoadHandle {
  let load = loads.get(url);
  if (!load || fresh) {
    const controller = new AbortController();
    const promise = fetchDocument(url, controller.signal);
    const created: Load = { promise, controller, users: 0, settled: false };
    load = created;
    loads.set(url, created);
    void promise.then((result) => {
      created.settled = true;
      if (!result.data && loads.get(url) === created) loads.delete(url);
    });
  }
  const current = load;
  current.users += 1;
  let released = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const ms = usableTimeout(timeoutMs);
  const timedOut = new Promise<ParseResult>((resolve) => {
    timer = setTimeout(() => resolve(failed('timeout', { expected: describeDuration(ms) })), ms);
  });
  return {
    result: Promise.race([current.promise, timedOut]).finally(() => clearTimeout(timer)),
    release() {
      if (released) return;
      released = true;
      clearTimeout(timer);
      current.users -= 1;
      if (current.users === 0 && !current.settled) {
        current.controller.abort();
        if (loads.get(url) === current) loads.delete(url);
      }
    },
  };
}
