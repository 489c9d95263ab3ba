// Test-runner plugins: commands for the browser tests that need the browser's controls.

/** `setTimezone({ timezoneId })` sets the page's time zone over CDP; no argument restores the machine's. */
export function timezonePlugin() {
  return {
    name: 'evolaq-timezone',
    async executeCommand({ command, payload, session }) {
      if (command !== 'set-timezone') return undefined;
      const page = session.browser.getPage(session.id);
      await page.emulateTimezone(payload?.timezoneId || undefined);
      return true;
    },
  };
}

/**
 * Serves `/csp/*.html` test pages with a strict Content-Security-Policy header, the one a careful
 * municipal site would send, so tests can check that the widget needs nothing more.
 */
export const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self' data:; " +
  "require-trusted-types-for 'script'; trusted-types lit-html 'allow-duplicates'";

export function cspPlugin() {
  return {
    name: 'evolaq-csp',
    transform(context) {
      if (context.path.startsWith('/test/csp/') && context.path.endsWith('.html')) {
        return { headers: { 'content-security-policy': STRICT_CSP } };
      }
      return undefined;
    },
  };
}
