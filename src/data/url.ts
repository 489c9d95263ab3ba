/** The link schemes data may use; anything else is refused (see README "Privacy and security"). */
export const SAFE_SCHEMES: ReadonlySet<string> = new Set(['https:', 'http:', 'mailto:']);

export type UrlCheck = { ok: true; href: string } | { ok: false; reason: 'invalid-url' | 'unsafe-url' };

/**
 * Checks a link from the data with the browser's own URL parser, so that what is checked is
 * exactly what a click would open (`JaVaScRiPt:`, `java\tscript:` and leading control characters
 * all parse to `javascript:` and are refused). Only absolute URLs are accepted.
 */
export function checkUrl(value: string): UrlCheck {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return { ok: false, reason: 'invalid-url' };
  }
  if (!SAFE_SCHEMES.has(url.protocol)) return { ok: false, reason: 'unsafe-url' };
  // A space inside a link is a typo: Chromium would even keep one in a host name, other browsers
  // refuse the link. (Tabs and line breaks the URL parser removes everywhere, as browsers do.)
  if (/[^\S\t\n\r]/.test(value.trim())) return { ok: false, reason: 'invalid-url' };
  return { ok: true, href: url.href };
}
