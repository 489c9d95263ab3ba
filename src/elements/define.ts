/** Marks our element classes, so a second copy of the script can tell its own tags from someone else's. */
export const EVOLAQ_ELEMENT = Symbol.for('evolaq.element');

/**
 * Registers `tag` once per page. Loading the script twice is harmless; a tag already taken by
 * another library is reported in the console instead of throwing.
 */
export function defineElement(tag: string, element: CustomElementConstructor): void {
  // An older browser keeps the element's fallback content (a link): the layouts need container
  // queries, and a strict CSP's style-src the stylesheets made by script (Safari before 16.4); so
  // does a page served as XHTML, whose XML parser refuses Lit's templates. (Asked of `document`,
  // not `Document.prototype`: Joomla's MooTools puts a Document of its own in the global.)
  if (
    !globalThis.CSS?.supports('container-type:inline-size') ||
    !('adoptedStyleSheets' in document) ||
    document.contentType != 'text/html'
  )
    return;
  const existing = customElements.get(tag) as (CustomElementConstructor & { [EVOLAQ_ELEMENT]?: true }) | undefined;
  if (!existing) {
    customElements.define(tag, element);
  } else if (!existing[EVOLAQ_ELEMENT]) {
    console.error(
      `[evolaq] <${tag}> is already defined by another script on this page, so the EVOLAQ widget cannot use it: remove one of the two.`,
    );
  }
}
