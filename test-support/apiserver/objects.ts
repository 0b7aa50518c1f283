/**
 * API objects the kube-apiserver double serves besides its documents, for
 * tests that send real requests ("Try it out"): GET of an object and of its
 * collection (a `<Kind>List`), watch of a collection (`?watch=1`: an ADDED
 * event per object, then the stream stays open until `timeoutSeconds`, as
 * kube-apiserver's), and DELETE of an object. Other methods get 405.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { kubeStatus } from '../../lib/kube/status';

type KubeObject = { kind?: string; apiVersion?: string; metadata?: { name?: string } } & Record<string, unknown>;

export interface ObjectAnswer {
  status: number;
  bytes: number;
}

export class ObjectStore {
  private readonly byPath = new Map<string, KubeObject>();
  private resourceVersion = 1000;

  /** Stores an object at its path: `/apis/apps/v1/namespaces/default/deployments/web`. */
  set(objectPath: string, value: KubeObject): void {
    this.byPath.set(objectPath, value);
    this.resourceVersion += 1;
  }

  has(objectPath: string): boolean {
    return this.byPath.has(objectPath);
  }

  /** The objects directly under a collection path, in insertion order. */
  private itemsOf(collection: string): KubeObject[] {
    const prefix = `${collection}/`;
    return [...this.byPath].filter(([p]) => p.startsWith(prefix) && !p.slice(prefix.length).includes('/')).map(([, v]) => v);
  }

  /** True when the store answers this path: an object, or a collection holding one. */
  owns(requestPath: string): boolean {
    return this.byPath.has(requestPath) || this.itemsOf(requestPath).length > 0;
  }

  /** Answers a request for a path the store owns. */
  async handle(req: IncomingMessage, res: ServerResponse, url: URL): Promise<ObjectAnswer> {
    const send = (status: number, value: unknown, contentType = 'application/json'): ObjectAnswer => {
      const body = Buffer.from(JSON.stringify(value));
      res.writeHead(status, { 'Content-Type': contentType, 'Content-Length': body.byteLength, 'Audit-Id': `double-${this.resourceVersion}` });
      res.end(body);
      return { status, bytes: body.byteLength };
    };
    const object = this.byPath.get(url.pathname);
    const method = req.method ?? 'GET';
    if (method === 'DELETE' && object) {
      this.byPath.delete(url.pathname);
      this.resourceVersion += 1;
      return send(200, {
        kind: 'Status',
        apiVersion: 'v1',
        metadata: {},
        status: 'Success',
        details: { name: object.metadata?.name, kind: url.pathname.split('/').at(-2) },
      });
    }
    if (method !== 'GET') return send(405, kubeStatus(405, `the server does not allow this method on the requested resource`));
    if (object) return send(200, object);
    const items = this.itemsOf(url.pathname);
    const watch = url.searchParams.get('watch');
    if (watch === 'true' || watch === '1') return this.watch(res, items, Number(url.searchParams.get('timeoutSeconds') ?? '0'));
    const first = items[0];
    return send(200, {
      kind: `${first?.kind ?? ''}List`,
      apiVersion: first?.apiVersion ?? 'v1',
      metadata: { resourceVersion: String(this.resourceVersion) },
      items,
    });
  }

  private watch(res: ServerResponse, items: KubeObject[], timeoutSeconds: number): Promise<ObjectAnswer> {
    res.writeHead(200, { 'Content-Type': 'application/json;stream=watch', 'Transfer-Encoding': 'chunked' });
    let bytes = 0;
    for (const object of items) {
      const line = `${JSON.stringify({ type: 'ADDED', object })}\n`;
      bytes += Buffer.byteLength(line);
      res.write(line);
    }
    // kube-apiserver ends a watch after timeoutSeconds; without one it stays open (until the test closes the double).
    return new Promise((resolve) => {
      const done = () => resolve({ status: 200, bytes });
      if (timeoutSeconds > 0) {
        setTimeout(() => {
          res.end();
          done();
        }, timeoutSeconds * 1000);
      }
      res.on('close', done);
    });
  }
}
