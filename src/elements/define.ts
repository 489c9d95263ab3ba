/** Marks our element classes, so a second copy of the script can tell its own tags from someone else's. */
export const EVOLAQ_ELEMENT = Symbol.for('evolaq.element');

/**
 * Registers `tag` once per page. Loading the script twice is harmless; a tag already taken by
 * another library is reported in the console instead of throwing.
 */
export function defineElement(tag: string, element: CustomElementConstructor): void {
  const existing = customElements.get(tag) as (CustomElementConstructor & { [EVOLAQ_ELEMENT]?: true }) | undefined;
  if (!existing) {
    customElements.define(tag, element);
  } else if (!existing[EVOLAQ_ELEMENT]) {
    console.error(
      `[evolaq] <${tag}> is already defined by another script on this page, so the EVOLAQ widget cannot use it. ` +
        'Remove the other definition, or load the widget on a page without it.',
    );
  }
}
