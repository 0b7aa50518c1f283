import { readFileSync } from 'node:fs';
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
import { CRDS, EMBEDDED_SNAPSHOT } from '../../test-support/fixtures';
import { parseCrdYaml } from '../crd/parse';
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
    // This double serves no /openapi/v3 (as before 1.27): nothing of it is recorded, and the snapshot says why.
    expect(skipped).toEqual([expect.stringMatching(/^\/openapi\/v3: HTTP 404/)]);
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

describe('recording a live server that serves /openapi/v3 (the double: built-in kinds derived from the real v2 document)', () => {
  it('records the v3 discovery document and every group-version document at its hash URL; the replay reads v3 as the live site did', async () => {
    const v3 = await startApiServer(await documentsFromSnapshot(EMBEDDED_SNAPSHOT), { openApiV3: true });
    try {
      const transport = new HttpTransport(urlEndpoint(v3.url), { timeoutSeconds: 5, retries: 1 });
      const { writer, skipped } = await recordSnapshot(transport, { meta: { name: 'kubernetes-1.36' } });
      expect(skipped).toEqual([]);
      const dir = await mkdtemp(path.join(tmpdir(), 'atlas-record-v3-'));
      const manifest = await writer.write(dir);
      const v3Entries = manifest.entries.filter((e) => e.path.startsWith('/openapi/v3'));
      expect(v3Entries[0]).toMatchObject({ path: '/openapi/v3', status: 200 });
      expect(v3Entries.length).toBeGreaterThan(30);
      expect(v3Entries.slice(1).every((e) => /^\/openapi\/v3\/apis?\/.*\?hash=[0-9A-F]{128}$/.test(e.path) && e.status === 200)).toBe(true);
      const live = buildModel(await fetchApiDocuments(transport, { log: () => {} }));
      const replayed = buildModel(await fetchApiDocuments(await openSnapshot(dir), { log: () => {} }));
      expect(replayed.schemaSources.documents.map((d) => d.path)).toContain('/openapi/v3/apis/apps/v1');
      expect(replayed.schemaSources).toEqual(live.schemaSources);
      expect(replayed.definitions).toEqual(live.definitions);
    } finally {
      await v3.close();
    }
  });

  it('records a CRD group-version whose aggregated server answers 503 as that 503: the replay reads it from v2 with the same warning, the rest from v3, operations too', async () => {
    const v3 = await startApiServer(await documentsFromSnapshot(EMBEDDED_SNAPSHOT), { openApiV3: true });
    try {
      v3.installCrds(
        ['cert-manager/issuers.cert-manager.io.yaml', 'velero/backups.velero.io.yaml'].flatMap((file) =>
          parseCrdYaml(readFileSync(path.join(CRDS, file), 'utf8'), file),
        ),
      );
      v3.setUnavailable('velero.io/v1');
      const transport = new HttpTransport(urlEndpoint(v3.url), { timeoutSeconds: 5, retries: 0 });
      const { writer } = await recordSnapshot(transport, { meta: { name: 'kubernetes-1.36-with-crds' } });
      const dir = await mkdtemp(path.join(tmpdir(), 'atlas-record-v3-503-'));
      const manifest = await writer.write(dir);
      expect(manifest.entries.find((e) => e.path.startsWith('/openapi/v3/apis/velero.io/v1?hash='))).toMatchObject({ status: 503 });
      expect(manifest.entries.find((e) => e.path.startsWith('/openapi/v3/apis/cert-manager.io/v1?hash='))).toMatchObject({ status: 200 });
      const live = buildModel(await fetchApiDocuments(transport, { log: () => {} }));
      const replayed = buildModel(await fetchApiDocuments(await openSnapshot(dir), { log: () => {} }));
      const origin = (model: typeof live, definition: string) => model.schemaSources.documents[model.schemaSources.origin[definition]!]?.path;
      expect(origin(replayed, 'io.cert-manager.v1.Issuer')).toBe('/openapi/v3/apis/cert-manager.io/v1');
      expect(origin(replayed, 'io.velero.v1.Backup')).toBe('/openapi/v2');
      expect(replayed.problems.map((p) => p.source)).toContain('/openapi/v3/apis/velero.io/v1');
      expect(replayed.problems).toEqual(live.problems.map((p) => ({ ...p, message: expect.any(String) as string })));
      expect(replayed.groups).toEqual(live.groups);
      expect(replayed.definitions).toEqual(live.definitions);
    } finally {
      await v3.close();
    }
  });

  it('the embedded 1.36 snapshot, recorded without v3, keeps reading v2 only (nothing synthesized)', async () => {
    const model = await embeddedModel();
    expect(model.schemaSources.documents).toEqual([{ path: '/openapi/v2', format: 'OpenAPI v2' }]);
    expect(model.problems).toEqual([]);
  });
});
