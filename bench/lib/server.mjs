/*
 * A tiny read-only static server for the benchmark on 127.0.0.1 (a free port): the repository's
 * files (bench/, demo/), folders mounted under a prefix (run.mjs serves its own copy of dist/ as
 * /dist/), and pages generated in memory by run.mjs (`/generated/...`).
 * Responses are `no-store`, so every navigation downloads and compiles the script as a first visit does.
 */
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

/**
 * Serves `root` read-only; `mounts` maps URL prefixes (`/dist/`) to other folders; `generated` maps
 * paths to in-memory page text. Resolves with `{ origin, close }`.
 */
export function startServer(root, { mounts = {}, generated = new Map() } = {}) {
  const server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url, 'http://localhost').pathname);
    const headers = { 'cache-control': 'no-store' };
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405, headers).end();
      return;
    }
    if (generated.has(path)) {
      response.writeHead(200, { ...headers, 'content-type': TYPES['.html'] }).end(generated.get(path));
      return;
    }
    const mount = Object.keys(mounts).find((prefix) => path.startsWith(prefix));
    const base = mount ? mounts[mount] : root;
    const file = normalize(join(base, mount ? path.slice(mount.length) : path));
    if (!file.startsWith(base + sep)) {
      response.writeHead(403, headers).end();
      return;
    }
    try {
      if (!(await stat(file)).isFile()) throw new Error('not a file');
      const body = await readFile(file);
      response.writeHead(200, { ...headers, 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
      response.end(request.method === 'HEAD' ? undefined : body);
    } catch {
      response.writeHead(404, headers).end('not found');
    }
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      resolve({
        origin: `http://127.0.0.1:${port}`,
        close: () =>
          new Promise((done) => {
            server.closeAllConnections?.();
            server.close(() => done());
          }),
      });
    });
  });
}
