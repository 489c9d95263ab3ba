/*
 * In-page harness for the render benchmarks, driven by bench/run.mjs through `window.bench`.
 * Each call measures one sample in a fresh container; the caller alternates widget and static
 * samples and collects the numbers.
 */
import { makeDocument, nowFor } from '/bench/data.js';
import { serialize } from '/bench/pages/serialize.js';

// The ES build of dist/ by default; the profiler loads the same code built with source maps.
const widget = await import(new URLSearchParams(location.search).get('build') ?? '/dist/esm/evolaq-widget.js');

const demo = await (await fetch('/demo/evolaq.json')).json();

/** Prepared documents by key (`demo`, `m1000`): the document, "today" and the last listed meeting. */
const documents = new Map();
/** Captured static markup by `${kind}|${key}|${pageSize}`. */
const captured = new Map();
/** The `<evolaq-project>` kept on the page for the language-switch samples. */
let switching;
/** While profiling, each timed window is one `console.profile()` (the harness's own work stays out). */
let profiling = false;
const windowStart = () => profiling && console.profile('bench');
const windowEnd = () => profiling && console.profileEnd('bench');

/**
 * Whether the timeline's shadow tree holds custom elements of its own. It has none today, and
 * walking its 100,000+ nodes for them would land in the timing; `capture` checks once (untimed).
 */
let timelineHasNested = false;

function collect() {
  if (typeof globalThis.gc === 'function') globalThis.gc();
}

function freshContainer() {
  for (const old of document.querySelectorAll('.bench-container')) old.remove();
  const container = document.createElement('div');
  container.className = 'bench-container';
  document.body.append(container);
  // Flush the removal and the new container now, so that no earlier work lands in a timed sample.
  document.body.getBoundingClientRect();
  return container;
}

function timelineRoot(host) {
  const timeline = host.localName.endsWith('timeline') ? host : host.shadowRoot?.querySelector('[part="timeline"]');
  return timeline?.shadowRoot ?? null;
}

/** The custom elements inside `host`'s shadow tree and, recursively, theirs. */
function nestedElements(host, found = []) {
  if (!host.shadowRoot || (host.localName === 'evolaq-timeline' && !timelineHasNested)) return found;
  for (const child of host.shadowRoot.querySelectorAll('*')) {
    if (child.localName.includes('-')) found.push(child, ...nestedElements(child));
  }
  return found;
}

/** Waits until the element and the elements inside it have rendered (as test/support/helpers.ts `settled`). */
async function settled(element) {
  await widget.languageReady();
  for (let round = 0; round < 10; round++) {
    const pending = [element, ...nestedElements(element)].filter((el) => 'updateComplete' in el);
    const done = await Promise.all(pending.map((el) => el.updateComplete));
    if (done.every(Boolean)) return;
  }
}

/**
 * Waits until the last meeting is in the DOM. Chunked rendering is allowed: then this waits frame
 * by frame (bounded) until the chunks are done.
 */
async function lastMeetingShown(host, lastId) {
  for (let frame = 0; frame < 600; frame++) {
    await settled(host);
    // The item and its text: an empty placeholder filled later would not count as shown.
    if (timelineRoot(host)?.getElementById(`evolaq-meeting-${lastId}`)?.textContent.trim()) return true;
    await new Promise((resolve) => requestAnimationFrame(resolve));
  }
  return false;
}

function entry(key) {
  const found = documents.get(key);
  if (!found) throw new Error(`bench: no document ${key}`);
  return found;
}

window.bench = {
  ready: true,

  setProfiling(on) {
    profiling = on;
  },

  /** Builds the document for a size; `meetings: 'demo'` is demo/evolaq.json itself. */
  prepare(key, meetings, partners) {
    const doc = meetings === 'demo' ? demo : makeDocument(demo, { meetings, partners, seed: 1 });
    const parsed = widget.parseDocument(structuredClone(doc));
    const errors = parsed.problems.filter((p) => p.severity === 'error');
    const shown = parsed.data.meetings;
    documents.set(key, { doc, now: nowFor(doc), lastId: shown[shown.length - 1].id, count: shown.length });
    return {
      meetings: shown.length,
      partners: parsed.data.partners.length,
      jsonBytes: new TextEncoder().encode(JSON.stringify(doc)).length,
      problems: parsed.problems.length,
      errors: errors.map((p) => `${p.path}: ${p.message}`).slice(0, 3),
    };
  },

  /** Only the data's validation (`parseDocument` of an object): part of every first render. */
  parse(key) {
    const input = structuredClone(entry(key).doc);
    collect();
    const t0 = performance.now();
    widget.parseDocument(input);
    return { total: performance.now() - t0 };
  },

  /**
   * One first render: create the element, set `.data` (an object, so validation is included),
   * append, wait for every nested element and the last meeting, force layout.
   */
  async widget(kind, key, pageSize) {
    const { doc, now, lastId } = entry(key);
    const input = structuredClone(doc); // a new object each time: the parse cache is keyed by object
    const container = freshContainer();
    collect();
    windowStart();
    const t0 = performance.now();
    const element = document.createElement(`evolaq-${kind}`);
    element.setAttribute('now', now);
    if (pageSize) element.setAttribute('page-size', String(pageSize));
    element.data = input;
    container.append(element);
    const shown = await lastMeetingShown(element, lastId);
    const t1 = performance.now();
    element.getBoundingClientRect();
    const t2 = performance.now();
    windowEnd();
    return { total: t2 - t0, build: t1 - t0, layout: t2 - t1, ok: shown };
  },

  /** Renders once and keeps the shadow DOM (nested, with styles) as declarative shadow DOM markup. */
  async capture(kind, key, pageSize) {
    const { doc, now, lastId } = entry(key);
    const container = freshContainer();
    const element = document.createElement(`evolaq-${kind}`);
    element.setAttribute('now', now);
    if (pageSize) element.setAttribute('page-size', String(pageSize));
    element.data = structuredClone(doc);
    container.append(element);
    if (!(await lastMeetingShown(element, lastId))) throw new Error(`bench: ${kind} ${key} never showed its last meeting`);
    timelineHasNested ||= [...timelineRoot(element).querySelectorAll('*')].some((el) => el.localName.includes('-'));
    const markup = serialize(element, { rename: (name) => name.replace(/^evolaq-/, 'bench-static-') });
    captured.set(`${kind}|${key}|${pageSize ?? ''}`, markup);
    container.remove();
    return { chars: markup.length, nodes: countNodes(element) };
  },

  /** The static limit: the same markup and styles, parsed into shadow roots, then laid out. */
  static(kind, key, pageSize) {
    const markup = captured.get(`${kind}|${key}|${pageSize ?? ''}`);
    const { lastId } = entry(key);
    const container = freshContainer();
    collect();
    windowStart();
    const t0 = performance.now();
    container.setHTMLUnsafe(markup);
    const t1 = performance.now();
    container.firstElementChild.getBoundingClientRect();
    const t2 = performance.now();
    windowEnd();
    const ok = Boolean(timelineRoot(container.firstElementChild)?.getElementById(`evolaq-meeting-${lastId}`)?.textContent.trim());
    return { total: t2 - t0, build: t1 - t0, layout: t2 - t1, ok };
  },

  /** What the navigation pages need: the data as JSON text, "today", the last meeting, and the rendered project as static markup. */
  async navigationPage(key) {
    const { doc, now, lastId } = entry(key);
    const container = freshContainer();
    const element = document.createElement('evolaq-project');
    element.setAttribute('now', now);
    element.data = structuredClone(doc);
    container.append(element);
    if (!(await lastMeetingShown(element, lastId))) throw new Error(`bench: project ${key} never showed its last meeting`);
    const markup = serialize(element);
    container.remove();
    return { json: JSON.stringify(doc), now, lastId, markup };
  },

  /** Renders a project to switch languages on (not timed), in English. */
  async mountForSwitch(key) {
    const { doc, now, lastId } = entry(key);
    await widget.setLanguage('en');
    const container = freshContainer();
    container.classList.add('bench-switch');
    const element = document.createElement('evolaq-project');
    element.setAttribute('now', now);
    element.data = structuredClone(doc);
    container.append(element);
    await lastMeetingShown(element, lastId);
    element.getBoundingClientRect();
    switching = { element, lastId };
    return true;
  },

  /** One language switch of the mounted project: setLanguage, every nested element updated, layout. */
  async switchLanguage(tag) {
    const { element, lastId } = switching;
    collect();
    windowStart();
    const t0 = performance.now();
    await widget.setLanguage(tag);
    await lastMeetingShown(element, lastId);
    const t1 = performance.now();
    element.getBoundingClientRect();
    const t2 = performance.now();
    windowEnd();
    const lang = timelineRoot(element)?.querySelector('.base')?.getAttribute('lang');
    return { total: t2 - t0, build: t1 - t0, layout: t2 - t1, ok: lang === tag };
  },

  async unmountSwitch() {
    switching?.element.parentElement?.remove();
    switching = undefined;
    await widget.setLanguage('en');
    return true;
  },
};

function countNodes(host) {
  let count = 0;
  const visit = (node) => {
    count++;
    if (node.shadowRoot) visit(node.shadowRoot);
    for (const child of node.childNodes) visit(child);
  };
  visit(host);
  return count;
}
