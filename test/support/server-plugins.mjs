import { readFile } from 'node:fs/promises';
import { Readable } from 'node:stream';
// Test-runner plugins: commands for the browser tests that need the browser's controls.

/**
 * Browser controls over CDP: `set-timezone` ({ timezoneId }, none restores the machine's),
 * `media-features` ({ features: [{ name: 'forced-colors', value: 'active' }] }, none resets) and
 * `ax-tree` (the page's accessibility tree: nodes with id, role, name, description, level, children),
 * `screenshot` ({ x, y, width, height } in CSS pixels: what is painted there, as a base64 PNG) and
 * `touch` ({ type: 'touchStart' | 'touchMove' | 'touchEnd', x, y }: a finger on the screen, as a phone sends it) and
 * `touch-screen` (the page as on a phone: no hover, `(hover: none)`; for the rest of the test file's page).
 */
const cdpSessions = new WeakMap();

/** One CDP session per page, kept: what it emulates lasts as long as the session. */
async function cdpOf(page) {
  let cdp = cdpSessions.get(page);
  if (!cdp) {
    cdp = await page.createCDPSession();
    cdpSessions.set(page, cdp);
  }
  return cdp;
}

export function timezonePlugin() {
  return {
    name: 'evolaq-browser-controls',
    async executeCommand({ command, payload, session }) {
      if (command === 'set-timezone') {
        await session.browser.getPage(session.id).emulateTimezone(payload?.timezoneId || undefined);
        return true;
      }
      if (command === 'ax-tree') {
        // What assistive technology gets: Chromium's whole accessibility tree, shadow roots included.
        // A session of its own, given up after 10 s, so a page in a bad state fails a test, not the run.
        const cdp = await session.browser.getPage(session.id).createCDPSession();
        let timer;
        try {
          const { nodes } = await Promise.race([
            cdp.send('Accessibility.getFullAXTree'),
            new Promise((_, reject) => {
              timer = setTimeout(() => reject(new Error('ax-tree: no answer from Chromium within 10 s')), 10000);
            }),
          ]);
          return nodes.map((node) => ({
            id: node.nodeId,
            role: node.role?.value,
            name: node.name?.value,
            description: node.description?.value,
            level: node.properties?.find((property) => property.name === 'level')?.value.value,
            children: node.childIds ?? [],
          }));
        } finally {
          clearTimeout(timer);
          await cdp.detach().catch(() => undefined);
        }
      }
      if (command === 'screenshot') {
        return session.browser.getPage(session.id).screenshot({ clip: payload, encoding: 'base64' });
      }
      if (command === 'media-features') {
        // Raw CDP: puppeteer refuses feature names it does not know, such as forced-colors.
        const cdp = await cdpOf(session.browser.getPage(session.id));
        await cdp.send('Emulation.setEmulatedMedia', { features: payload?.features ?? [] });
        return true;
      }
      if (command === 'touch-screen') {
        const cdp = await cdpOf(session.browser.getPage(session.id));
        await cdp.send('Emulation.setTouchEmulationEnabled', { enabled: true, maxTouchPoints: 5 });
        return true;
      }
      if (command === 'touch') {
        const cdp = await cdpOf(session.browser.getPage(session.id));
        const { type, x, y } = payload;
        await cdp.send('Input.dispatchTouchEvent', { type, touchPoints: type === 'touchEnd' ? [] : [{ x, y }] });
        return true;
      }
      return undefined;
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

/**
 * `/test-api/…` answers that a real server might give (a koa middleware of the test server):
 * `status/500`, `slow?ms=…` (valid data, late), `demo-late?ms=…` (the demo data, late), `html` (a 200 with an HTML page instead of JSON),
 * `huge?mb=…` (a body of that many MiB, and `huge-sent`: how many were read), `chunked-page` (a page whose child-script data arrives in three parts, a banner added meanwhile), `lone/evolaq-widget.js` (the single file copied without the rest of dist/: nothing beside it), `no-charset/evolaq-widget.js` (the single file sent without a charset), `copy (1)/…` (dist/ under a name with a space and parentheses), `wrap-error.js` (a script that wraps Error),
 * `encoded?as=windows-1252|windows-1252-quotes|utf-16le|utf-8-stray-byte` (the demo data saved in another encoding than UTF-8, or as UTF-8 with one byte that is not).
 */
/** Language files the flaky-locales route has failed once. */
const flakyServed = new Set();
let hugeSent = 0;

/** One character's byte in Windows-1252 (the demo data's letters are all in Latin-1 or these). */
function windows1252(char) {
  const code = char.codePointAt(0);
  if (code < 0x80 || (code >= 0xa0 && code <= 0xff)) return code;
  const extra = {
    '€': 0x80,
    '–': 0x96,
    '—': 0x97,
    '‘': 0x91,
    '’': 0x92,
    '“': 0x93,
    '”': 0x94,
    '…': 0x85,
    Š: 0x8a,
    š: 0x9a,
    Ž: 0x8e,
    ž: 0x9e,
  };
  return extra[char] ?? 0x3f; // "?", as an editor writes a letter the encoding lacks
}

export async function testApiMiddleware(context, next) {
  const path = context.path;
  if (!path.startsWith('/test-api/')) return next();
  const status = /^\/test-api\/status\/(\d{3})$/.exec(path);
  if (status) {
    context.status = Number(status[1]);
    context.type = 'text/plain';
    context.body = 'Server error';
  } else if (path === '/test-api/slow') {
    const ms = Math.min(Number(context.query.ms ?? 2000), 10000);
    await new Promise((resolve) => setTimeout(resolve, ms));
    context.type = 'application/json';
    context.body = JSON.stringify({ schemaVersion: 1, project: { title: 'Late' } });
  } else if (path === '/test-api/demo-late') {
    const ms = Math.min(Number(context.query.ms ?? 2000), 10000);
    await new Promise((resolve) => setTimeout(resolve, ms));
    context.type = 'application/json';
    context.body = await readFile(new URL('../../demo/evolaq.json', import.meta.url));
  } else if (path === '/test-api/huge') {
    // A JSON body of `mb` MiB, made as it is read: `/test-api/huge-sent` tells how much was read.
    const mb = Math.min(Number(context.query.mb ?? 50), 200);
    const chunk = Buffer.alloc(1024 * 1024, 'a');
    hugeSent = 0;
    context.type = 'application/json';
    context.body = new Readable({
      read() {
        if (hugeSent === 0) this.push('{"padding":"');
        if (hugeSent >= mb) {
          this.push('"}');
          this.push(null);
          return;
        }
        hugeSent++;
        this.push(chunk);
      },
    });
  } else if (path === '/test-api/huge-sent') {
    context.type = 'application/json';
    context.body = JSON.stringify({ mb: hugeSent });
  } else if (path === '/test-api/lone/evolaq-widget.js') {
    context.type = 'text/javascript';
    context.body = await readFile(new URL('../../dist/evolaq-widget.js', import.meta.url));
  } else if (decodeURIComponent(path).startsWith('/test-api/copy (1)/')) {
    // dist/ copied to a folder whose name has a space and parentheses, as a download manager names a second copy.
    const file = decodeURIComponent(path).slice('/test-api/copy (1)/'.length);
    if (file.includes('..')) return next();
    context.type = 'text/javascript';
    context.body = await readFile(new URL(`../../dist/${file}`, import.meta.url));
  } else if (path.startsWith('/test-api/slow-problems/')) {
    // dist/ as a slow server gives it: the wording of problems (problems.js, xx.problems.js) after 3 s.
    const file = path.slice('/test-api/slow-problems/'.length);
    if (file.includes('..')) return next();
    if (file.endsWith('problems.js')) await new Promise((resolve) => setTimeout(resolve, 3000));
    context.type = 'text/javascript';
    context.body = await readFile(new URL(`../../dist/${file}`, import.meta.url));
  } else if (path === '/test-api/wrap-error.js') {
    // An error tracker's wrapper of Error, in a file of its own: it is the innermost frame of every stack.
    context.type = 'text/javascript';
    context.body =
      'const N = Error; window.Error = function Error(m) { return new N(m); }; window.Error.prototype = N.prototype;';
  } else if (path.startsWith('/test-api/slow-locales/')) {
    // dist/ as a slow server gives it: a language file beside the single file after 2 s.
    const file = path.slice('/test-api/slow-locales/'.length);
    if (file.includes('..')) return next();
    if (file.startsWith('locales/') && !file.endsWith('problems.js')) await new Promise((resolve) => setTimeout(resolve, 2000));
    context.type = 'text/javascript';
    context.body = await readFile(new URL(`../../dist/${file}`, import.meta.url));
  } else if (path.startsWith('/test-api/flaky-locales/')) {
    // dist/ from a server whose first answer for each language file is an error (503), the next ones right.
    const file = path.slice('/test-api/flaky-locales/'.length);
    if (file.includes('..')) return next();
    if (file.startsWith('locales/') && !flakyServed.has(file)) {
      flakyServed.add(file);
      context.status = 503;
      return;
    }
    context.type = 'text/javascript';
    context.body = await readFile(new URL(`../../dist/${file}`, import.meta.url));
  } else if (path.startsWith('/test-api/latin1/')) {
    // dist/ from a server that names ISO-8859-1 for scripts: Chromium reads even a module in it.
    const file = path.slice('/test-api/latin1/'.length);
    if (file.includes('..')) return next();
    context.set('Content-Type', 'text/javascript; charset=iso-8859-1');
    context.body = await readFile(new URL(`../../dist/${file}`, import.meta.url));
  } else if (path === '/test-api/no-charset/evolaq-widget.js') {
    // As Apache and nginx send .js by default: no charset, so a page in Windows-1252 reads it in that.
    context.set('Content-Type', 'text/javascript');
    context.body = await readFile(new URL('../../dist/evolaq-widget.js', import.meta.url));
  } else if (path === '/test-api/encoded') {
    // The demo data saved as a coordinator's editor might: `as=windows-1252` ("ANSI") or `utf-16le` (Notepad's "Unicode").
    const json = await readFile(new URL('../../demo/evolaq.json', import.meta.url), 'utf8');
    context.type = 'application/json';
    const as = context.query.as;
    context.body =
      as === 'utf-16le'
        ? Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(json, 'utf16le')])
        : as === 'windows-1252-quotes'
          ? // "é »" in Windows-1252 (E9 A0 BB) happens to read as one UTF-8 letter.
            Buffer.from([...json.replace('Skövde', '«\u00a0Société\u00a0»')].map((char) => windows1252(char)))
          : as === 'utf-8-stray-byte'
            ? Buffer.from(json.replace('Skövde', 'Sk\u0000vde'), 'utf8').map((byte) => (byte === 0 ? 0xe9 : byte))
            : Buffer.from([...json].map((char) => windows1252(char)));
  } else if (path === '/test-api/chunked-page') {
    // A webmaster's page with the demo data in a child script, sent in three parts 400 ms apart, split
    // inside the JSON, with our script in <head>, and a cookie banner that a script adds to <body>
    // meanwhile: the parser meets the element before its data is whole, and nodes follow it early.
    const json = await readFile(new URL('../../demo/evolaq.json', import.meta.url), 'utf8');
    const third = Math.floor(json.length / 3);
    const head = `<!doctype html><html lang="en"><head><meta charset="utf-8"><script>
      window.__errors = []; window.__events = [];
      addEventListener('error', (e) => __errors.push(String(e.message)));
      const original = console.error;
      console.error = (...args) => { __errors.push(args.join(' ')); original.apply(console, args); };
      for (const type of ['evolaq-error', 'evolaq-problems']) document.addEventListener(type, (e) => __events.push(e.type));
      setTimeout(() => document.body.append(Object.assign(document.createElement('div'), { textContent: 'Cookies?' })), 200);
    </script><script src="/dist/evolaq-widget.js"></script></head><body>
    <evolaq-summary><a href="https://example.org/">EVOLAQ</a><script type="application/json">`;
    const parts = [
      head + json.slice(0, third),
      json.slice(third, 2 * third),
      `${json.slice(2 * third)}</script></evolaq-summary><p>After the widget.</p></body></html>`,
    ];
    let step = 0;
    context.type = 'text/html';
    context.body = new Readable({
      read() {
        const part = parts[step];
        if (part === undefined) this.push(null);
        else if (step === 0) this.push(part);
        else setTimeout(() => this.push(part), 400);
        step++;
      },
    });
  } else if (path === '/test-api/html') {
    context.type = 'text/html';
    context.body = '<!doctype html><title>Not found</title><h1>Page not found</h1>';
  } else {
    return next();
  }
  return undefined;
}
