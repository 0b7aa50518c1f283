import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchApiDocuments } from '../kube/documents';
import { HttpTransport } from '../kube/live/http-transport';
import { urlEndpoint } from '../kube/live/url-endpoint';
import { ACCEPT_AGGREGATED_V2, ACCEPT_JSON, ACCEPT_OPENAPI_V2_PROTOBUF } from '../kube/media-type';
import { buildModel } from '../model/build';
import { documentsFromSnapshot, startApiServer, type ApiServerDouble } from '../../test-support/apiserver';
import { EMBEDDED_SNAPSHOT } from '../../test-support/fixtures';
import { embeddedModel } from '../../test-support/model';
import { openSnapshot } from './read';
import { recordSnapshot } from './record';

let server: ApiServerDouble;
beforeAll(async () => {
  server = await startApiServer(await documentsFromSnapshot(EMBEDDED_SNAPSHOT));
});
afterAll(async () => {
  await server?.close();
});

describe('recording a live server', () => {
  it('records both discovery forms, OpenAPI as JSON and protobuf, and /version, byte for byte', async () => {
    const transport = new HttpTransport(urlEndpoint(server.url), { timeoutSeconds: 5, retries: 1 });
    const { writer, skipped } = await recordSnapshot(transport, { meta: { name: 'kubernetes-1.36' } });
    const dir = await mkdtemp(path.join(tmpdir(), 'atlas-record-'));
    const manifest = await writer.write(dir);
    const embedded = await openSnapshot(EMBEDDED_SNAPSHOT);
    const key = (e: { path: string; contentType: string }) => `${e.path} ${e.contentType}`;
    expect(manifest.entries.map(key).sort()).toEqual(embedded.manifest.entries.map(key).sort());
    expect(skipped).toEqual([]);
    const recorded = await openSnapshot(dir);
    for (const [p, accept] of [
      ['/apis', ACCEPT_AGGREGATED_V2],
      ['/apis/apps/v1', ACCEPT_JSON],
      ['/openapi/v2', ACCEPT_OPENAPI_V2_PROTOBUF],
      ['/version', ACCEPT_JSON],
    ] as const) {
      const a = await recorded.get(p, { accept });
      const b = await embedded.get(p, { accept });
      expect(Buffer.from(a.body).equals(Buffer.from(b.body)), p).toBe(true);
    }
    const model = buildModel(await fetchApiDocuments(recorded));
    expect(model).toEqual(await embeddedModel());
  });
});
