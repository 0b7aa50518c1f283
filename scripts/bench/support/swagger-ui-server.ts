/**
 * A static file server for the first-screen comparison: Swagger UI's own
 * distribution (swagger-ui-dist) at /swagger/ with the same /openapi/v2
 * document the site reads (the embedded 1.36 snapshot's JSON), and a trivial
 * HTML page at /trivial.html, the baseline for first contentful paint. Served
 * by sirv, as e2e/support/static-server.ts serves the export.
 */
import { readFile } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import sirv from 'sirv';
import { ROOT } from './next-server';

const SNAPSHOT_OPENAPI = path.join(ROOT, 'snapshots/kubernetes-1.36/bodies/openapi__v2.json.json');
const SWAGGER_DIST = path.join(ROOT, 'node_modules/swagger-ui-dist');

/** Swagger UI as its README sets it up, with deep linking (`#/TAG/OPERATION_ID`). */
const SWAGGER_PAGE = `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>Swagger UI</title><link rel="stylesheet" href="/swagger/swagger-ui.css"></head>
<body>
<div id="swagger-ui"></div>
<script src="/swagger/swagger-ui-bundle.js"></script>
<script>window.ui = SwaggerUIBundle({ url: '/swagger/openapi-v2.json', dom_id: '#swagger-ui', deepLinking: true });</script>
</body>
</html>`;

const TRIVIAL_PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Trivial</title></head><body><h1 id="trivial-heading">Pods</h1><p>A trivial page: the first-paint floor.</p></body></html>`;

export interface ComparisonServer {
  url: string;
  /** Swagger UI deep-linked to the Pod list operation. */
  swaggerPodList: string;
  /** The DOM id Swagger UI gives that operation. */
  swaggerPodListId: string;
  trivial: string;
  close(): Promise<void>;
}

export async function startComparisonServer(): Promise<ComparisonServer> {
  const spec = await readFile(SNAPSHOT_OPENAPI);
  const dist = sirv(SWAGGER_DIST, { dev: false, etag: true });
  const server = http.createServer((req, res) => {
    const url = (req.url ?? '/').split('?')[0]!;
    if (url === '/swagger/' || url === '/swagger/index.html')
      return void res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(SWAGGER_PAGE);
    if (url === '/swagger/openapi-v2.json') return void res.writeHead(200, { 'content-type': 'application/json' }).end(spec);
    if (url === '/trivial.html') return void res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(TRIVIAL_PAGE);
    if (url.startsWith('/swagger/')) {
      req.url = url.slice('/swagger'.length);
      return void dist(req, res, () => void res.writeHead(404).end());
    }
    res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const url = `http://127.0.0.1:${port}`;
  return {
    url,
    // Kubernetes tags its core operations `core_v1`; Swagger UI's deep link is #/TAG/OPERATION_ID.
    swaggerPodList: `${url}/swagger/#/core_v1/listCoreV1NamespacedPod`,
    swaggerPodListId: 'operations-core_v1-listCoreV1NamespacedPod',
    trivial: `${url}/trivial.html`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
