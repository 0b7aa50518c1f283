/**
 * A pass-through HTTP proxy in front of a site under test that sends one page
 * in parts: its bytes up to the first marker at once, then up to the next
 * marker, and so on, each part only when the test releases it. A slow network's page, held still: what the browser shows
 * while the rest is on its way. Every other request (scripts, JSON) passes
 * through as it is, with the site's headers (its Content-Security-Policy too).
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface HeldBackProxy {
  /** The proxy's origin: use it in place of the site's. */
  origin: string;
  /** Sends the next part of the held page (the last part ends it). */
  release(): void;
  close(): Promise<void>;
}

/** Headers fetch() has already acted on (it decompresses and de-chunks the body). */
const HOP_HEADERS = new Set(['content-encoding', 'content-length', 'transfer-encoding', 'connection', 'keep-alive']);

function relayedHeaders(headers: Headers): Record<string, string> {
  return Object.fromEntries([...headers].filter(([name]) => !HOP_HEADERS.has(name)));
}

export async function startHeldBackProxy(upstreamOrigin: string, heldPathname: string, markers: string | string[]): Promise<HeldBackProxy> {
  const cuts = typeof markers === 'string' ? [markers] : markers;
  const releases: Array<() => void> = [];
  const released = cuts.map(() => new Promise<void>((resolve) => releases.push(resolve)));
  let next = 0;
  const server = http.createServer((request, response) => {
    void (async () => {
      const url = new URL(request.url ?? '/', upstreamOrigin);
      const upstream = await fetch(url, { headers: { accept: request.headers.accept ?? '*/*' }, redirect: 'manual' });
      const body = Buffer.from(await upstream.arrayBuffer());
      response.writeHead(upstream.status, relayedHeaders(upstream.headers));
      if (url.pathname !== heldPathname) return void response.end(body);
      let sent = 0;
      for (const [index, marker] of cuts.entries()) {
        const cut = body.indexOf(marker, sent);
        if (cut < 0) throw new Error(`${heldPathname} has no ${marker} after byte ${sent}`);
        response.write(body.subarray(sent, cut));
        sent = cut;
        await released[index];
      }
      response.end(body.subarray(sent));
    })().catch((error: unknown) => response.destroy(error instanceof Error ? error : new Error(String(error))));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    release: () => releases[next++]?.(),
    close: () =>
      new Promise((resolve) => {
        releases.forEach((release) => release());
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
