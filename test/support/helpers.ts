import { render, type TemplateResult } from 'lit';
import { executeServerCommand } from '@web/test-runner-commands';
import { languageReady, setLanguage } from '../../src/i18n/language.js';
import type { EvolaqElement } from '../../src/elements/base.js';

let demoText: string | undefined;

/** The demo document (all 9 partners and 9 meetings), a fresh copy each time, safe to change. */
export async function demoData(): Promise<any> {
  demoText ??= await (await fetch('/demo/evolaq.json')).text();
  return JSON.parse(demoText);
}

/** The demo document as JSON text. */
export async function demoJson(): Promise<string> {
  await demoData();
  return demoText!;
}

/** Waits until the language is loaded and the element (and the elements inside it) have rendered. */
export async function settled<T extends Element>(element: T): Promise<T> {
  await languageReady();
  for (let round = 0; round < 3; round++) {
    const pending = [element, ...deepElements(element)].filter((el): el is EvolaqElement => 'updateComplete' in el);
    await Promise.all(pending.map((el) => el.updateComplete));
  }
  return element;
}

/** Polls `read` until it returns something truthy (for what no event announces), failing after about 5 s. */
export async function waitFor<T>(read: () => T | undefined | null | false, what: string): Promise<T> {
  for (let i = 0; i < 500; i++) {
    const value = read();
    if (value) return value;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error(`Timed out waiting for ${what}`);
}

/** Everything matching `selector` in `root` and, recursively, in the shadow trees inside it. */
export function deepAll(root: Element | ShadowRoot, selector: string): Element[] {
  const found = [...root.querySelectorAll(selector)];
  for (const element of root.querySelectorAll('*')) if (element.shadowRoot) found.push(...deepAll(element.shadowRoot, selector));
  return found;
}

/** Every custom element inside `root`'s shadow trees. */
function deepElements(root: Element): Element[] {
  const found: Element[] = [];
  const visit = (node: ParentNode) => {
    for (const child of node.querySelectorAll('*')) {
      if (child.tagName.includes('-')) found.push(child);
      if (child.shadowRoot) visit(child.shadowRoot);
    }
  };
  if (root.shadowRoot) visit(root.shadowRoot);
  return found;
}

/** The first element matching `selector` in `root`'s shadow tree or, recursively, in nested shadow trees. */
export function deepQuery<T extends Element = HTMLElement>(root: Element, selector: string): T | null {
  return deepQueryAll<T>(root, selector)[0] ?? null;
}

export function deepQueryAll<T extends Element = HTMLElement>(root: Element, selector: string): T[] {
  const found: T[] = [];
  const visit = (node: ParentNode) => {
    found.push(...node.querySelectorAll<T>(selector));
    for (const child of node.querySelectorAll('*')) if (child.shadowRoot) visit(child.shadowRoot);
  };
  if (root.shadowRoot) visit(root.shadowRoot);
  return found;
}

/** The visible text of an element's shadow content (and nested shadow content), whitespace folded. */
export function shownText(root: Element): string {
  const parts: string[] = [];
  const visit = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) parts.push(node.textContent ?? '');
    const element = node as Element;
    if (element.shadowRoot) visit(element.shadowRoot);
    if (element.localName === 'style' || element.localName === 'script') return;
    for (const child of node.childNodes) visit(child);
  };
  visit(root.shadowRoot ?? root);
  return parts.join(' ').replace(/\s+/g, ' ').trim();
}

/** Switches the page's widget language and waits until it is applied. */
export async function useLanguage(tag: string): Promise<void> {
  await setLanguage(tag);
  await languageReady();
}

/** Sets the browser's time zone for this test page (undefined: the machine's). */
export async function setTimezone(timezoneId: string | undefined): Promise<void> {
  await executeServerCommand('set-timezone', { timezoneId });
}

/** Counts `fetch` calls while `run` runs. */
export async function countFetches(run: () => Promise<void>): Promise<string[]> {
  const original = window.fetch;
  const urls: string[] = [];
  window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    urls.push(String(input instanceof Request ? input.url : input));
    return original(input, init);
  };
  try {
    await run();
  } finally {
    window.fetch = original;
  }
  return urls;
}

/** Resolves with the next event of `type` fired on `target`. */
export function nextEvent<T extends Event>(target: EventTarget, type: string): Promise<T> {
  return new Promise((resolve) => target.addEventListener(type, (event) => resolve(event as T), { once: true }));
}

/** The seven languages of the partner sites. */
export const LANGUAGES = ['en', 'lv', 'sv', 'it', 'de', 'hr', 'fi'] as const;

const mounted: HTMLElement[] = [];

/**
 * Renders `template` into a new `<div>` in the page (removed after the test). Unlike `fixture()`
 * for a plain `<div>`, this waits for no animation frame, which a background tab may never get.
 */
export function mount(template: TemplateResult): HTMLDivElement {
  const container = document.createElement('div');
  document.body.append(container);
  render(template, container);
  mounted.push(container);
  return container;
}

afterEach(() => {
  for (const container of mounted.splice(0)) container.remove();
});

export interface AxNode {
  id: string;
  role?: string;
  name?: string;
  description?: string;
  /** A heading's level (or a tree item's), as Chromium exposes it. */
  level?: number;
  children: string[];
}

/** Chromium's whole accessibility tree of the page, shadow roots included, as assistive technology gets it. */
export const accessibilityTree = () => executeServerCommand('ax-tree') as Promise<AxNode[]>;

/**
 * The text assistive technology gets for each node of a role in the page (Chromium's accessibility
 * tree: its text runs joined as they are, so words run together where the tree has no space).
 */
export async function accessibleTexts(role: string): Promise<string[]> {
  const nodes = await accessibilityTree();
  const byId = new Map(nodes.map((node) => [node.id, node]));
  const textOf = (node: AxNode): string =>
    node.role === 'StaticText' ? (node.name ?? '') : node.children.map((id) => textOf(byId.get(id)!)).join('');
  return nodes.filter((node) => node.role === role).map(textOf);
}

/** Name and description of each node of a role, as Chromium's accessibility tree gives them to assistive technology. */
export async function accessibleNames(role: string): Promise<{ name: string; description: string }[]> {
  const nodes = await accessibilityTree();
  return nodes
    .filter((node) => node.role === role)
    .map((node) => ({ name: node.name ?? '', description: node.description ?? '' }));
}
