// A small static server for the built site, as a static host or CDN would serve it: on 127.0.0.1 only,
// gzip when asked, the headers of public/_headers (copied to dist/_headers), /dir/ → dir/index.html, and for a
// missing page the nearest 404.html up its path (as Cloudflare Pages does: /zh-hant/… gets zh-hant/404.html).
//   node scripts/serve.ts [--dir dist] [--port 4321] [--base /kb]
import { createServer } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { parseHeadersFile, headersFor } from '../src/lib/headers-file.ts';

const { values } = parseArgs({
  options: {
    dir: { type: 'string', default: 'dist' },
    port: { type: 'string', default: process.env.PORT ?? '4321' },
    base: { type: 'string', default: process.env.BASE_PATH ?? '/' },
  },
});
const root = resolve(values.dir);
const base = `/${values.base.replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');
const port = Number(values.port);

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.webmanifest': 'application/manifest+json',
  '.wasm': 'application/wasm',
};
const compressible = /^(text\/|application\/(json|xml|javascript|manifest\+json)|image\/svg)/;
const headerRules = existsSync(join(root, '_headers')) ? parseHeadersFile(readFileSync(join(root, '_headers'), 'utf8')) : [];
const gzipped = new Map<string, Buffer>();

function resolveFile(urlPath: string): string | undefined {
  const file = normalize(join(root, decodeURIComponent(urlPath)));
  if (!file.startsWith(root)) return undefined;
  if (existsSync(file) && statSync(file).isFile()) return file;
  if (existsSync(join(file, 'index.html'))) return join(file, 'index.html');
  return undefined;
}

/** The 404.html nearest to a missing path, walking up to the root of the build. */
function notFoundPage(path: string): string | undefined {
  const dirs = path.split('/').slice(0, -1);
  for (let n = dirs.length; n >= 0; n--) {
    const file = resolveFile(`${dirs.slice(0, n).join('/')}/404.html`);
    if (file) return file;
  }
  return undefined;
}

const server = createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://127.0.0.1');
  let status = 200;
  let file: string | undefined;
  const path = url.pathname.startsWith(base) ? `/${url.pathname.slice(base.length)}` : '/';
  if (url.pathname.startsWith(base)) {
    file = resolveFile(path);
    if (file?.endsWith('index.html') && !path.endsWith('/') && !path.endsWith('.html')) {
      res.writeHead(301, { location: `${url.pathname}/${url.search}` }).end();
      return;
    }
  }
  if (!file) {
    status = 404;
    file = notFoundPage(path);
  }
  if (!file) {
    res.writeHead(404, { 'content-type': 'text/plain' }).end('404');
    return;
  }
  const type = types[extname(file)] ?? 'application/octet-stream';
  const headers: Record<string, string> = { 'content-type': type, ...headersFor(headerRules, url.pathname.slice(base.length - 1)) };
  let body: Buffer = readFileSync(file);
  if (compressible.test(type) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
    body = gzipped.get(file) ?? gzipped.set(file, gzipSync(body, { level: 9 })).get(file)!;
    headers['content-encoding'] = 'gzip';
    headers.vary = 'Accept-Encoding';
  }
  headers['content-length'] = String(body.length);
  res.writeHead(status, headers).end(req.method === 'HEAD' ? undefined : body);
});

server.listen(port, '127.0.0.1', () => {
  console.log(`serve: ${root} at http://127.0.0.1:${port}${base}`);
});
