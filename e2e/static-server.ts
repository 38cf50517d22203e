/**
 * A plain static file server for e2e (node:http, nothing else): serves dist/ under a sub-path,
 * as a docs site would, with the Content-Security-Policy as a real header.
 */
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CSP_HEADER } from '../scripts/csp.ts';

const DIST = fileURLToPath(new URL('../dist/', import.meta.url));

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.png': 'image/png',
};

export interface Served {
  /** The site's address, ending in "/". */
  readonly url: string;
  /** Every path asked for, with its status. */
  readonly log: readonly string[];
  close(): Promise<void>;
}

/** Serves `dist/` at http://127.0.0.1:PORT/PREFIX/ (PREFIX without slashes at the ends). */
export async function serveDist(port: number, prefix: string): Promise<Served> {
  const base = `/${prefix}/`;
  const log: string[] = [];
  const server: Server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const answer = (status: number, body: string | Buffer, headers: Record<string, string> = {}) => {
      log.push(`${status} ${path}`);
      res.writeHead(status, headers).end(body);
    };
    if (path === base.slice(0, -1)) return answer(301, '', { Location: base });
    if (!path.startsWith(base)) return answer(404, 'not found');
    const file = normalize(join(DIST, path.slice(base.length) || 'index.html'));
    if (!file.startsWith(DIST) || file.endsWith(sep)) return answer(404, 'not found');
    try {
      const type = TYPES[extname(file)] ?? 'application/octet-stream';
      const headers: Record<string, string> = { 'Content-Type': type };
      if (type.startsWith('text/html')) headers['Content-Security-Policy'] = CSP_HEADER;
      answer(200, await readFile(file), headers);
    } catch {
      answer(404, 'not found');
    }
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${port}${base}`,
    log,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
