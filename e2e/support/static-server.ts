/**
 * A static file server for the exported site, as a plain host would serve it:
 * files from a directory, `index.html` for directories, `404.html` with status
 * 404 for anything else, optionally under a base path.
 */
import http from 'node:http';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import sirv from 'sirv';

export interface StaticServer {
  url: string;
  close(): Promise<void>;
}

export async function startStaticServer(directory: string, basePath = ''): Promise<StaticServer> {
  const serve = sirv(directory, { dev: false, etag: true, extensions: ['html'] });
  const notFoundPage = await readFile(path.join(directory, '404.html'));
  const server = http.createServer((req, res) => {
    const url = req.url ?? '/';
    if (basePath && !(url === basePath || url.startsWith(`${basePath}/`))) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('outside the base path');
      return;
    }
    req.url = url.slice(basePath.length) || '/';
    serve(req, res, () => {
      res.writeHead(404, { 'content-type': 'text/html; charset=utf-8' }).end(notFoundPage);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${basePath}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
