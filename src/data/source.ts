import { parseDocument, parseJsonText, problem } from './parse.js';
import type { ParseResult } from './types.js';

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
    result = parseDocument(value);
    byObject.set(value, result);
  }
  return result;
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

async function fetchDocument(url: string, signal: AbortSignal, timeoutMs: number): Promise<ParseResult> {
  const timeout = AbortSignal.timeout(timeoutMs);
  let response: Response;
  try {
    response = await fetch(url, {
      signal: AbortSignal.any([signal, timeout]),
      credentials: 'omit',
      headers: { accept: 'application/json' },
    });
  } catch {
    if (timeout.aborted) return { problems: [problem('error', '', 'timeout', { expected: describeDuration(timeoutMs) })] };
    return { problems: [problem('error', '', 'network-error', { value: url })] };
  }
  if (!response.ok) {
    const status = `${response.status}${response.statusText ? ` ${response.statusText}` : ''}`;
    return { problems: [problem('error', '', 'http-error', { value: status })] };
  }
  try {
    return parseJsonText(await response.text());
  } catch {
    if (timeout.aborted) return { problems: [problem('error', '', 'timeout', { expected: describeDuration(timeoutMs) })] };
    return { problems: [problem('error', '', 'network-error', { value: url })] };
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
 * The fetch is aborted only when every element waiting for it has released it.
 */
export function loadUrl(url: string, { timeoutMs = DEFAULT_TIMEOUT_MS, fresh = false } = {}): LoadHandle {
  let load = loads.get(url);
  if (!load || fresh) {
    const controller = new AbortController();
    const promise = fetchDocument(url, controller.signal, timeoutMs);
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
  return {
    result: current.promise,
    release() {
      if (released) return;
      released = true;
      current.users -= 1;
      if (current.users === 0 && !current.settled) {
        current.controller.abort();
        if (loads.get(url) === current) loads.delete(url);
      }
    },
  };
}
