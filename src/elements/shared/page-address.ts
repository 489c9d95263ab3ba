/**
 * The page's address for links that leave it (a calendar file's meetings, the structured data):
 * its canonical address where it names one, as CMS themes do, else the address without its
 * fragment. Not the address as opened, which may carry a newsletter's token, a preview's nonce or
 * a visitor's e-mail address into a file that is forwarded and shared.
 */
export function pageAddress(): string {
  // From <head> only: a link in the page's content (a post, a comment) is nobody's word for the page.
  const canonical = document.head?.querySelector<HTMLLinkElement>('link[rel~="canonical" i][href]')?.href;
  const address = (canonical && /^https?:/.test(canonical) ? canonical : location.href).split('#')[0];
  // A link made with a query of megabytes would be written into every meeting's address (the
  // structured data's 68 MB for the demo, a page frozen for seconds): its path is enough then, the
  // canonical's where that is the long one; its origin where the path is long too (a site that
  // serves any path, a single-page app's fallback); none for a data: page's.
  if (address.length <= 2048) return address;
  const url = new URL(address);
  url.search = '';
  if (url.href.length > 2048) url.pathname = '/';
  return url.href.length > 2048 ? '' : url.href;
}
