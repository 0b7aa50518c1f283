import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { AtlasError } from '../errors';
import { ACCEPT_AGGREGATED_V2, ACCEPT_DISCOVERY, ACCEPT_JSON, ACCEPT_OPENAPI_V2_PROTOBUF } from '../kube/media-type';
import { bodyText } from '../kube/transport';
import { EMBEDDED_SNAPSHOT } from '../../test-support/fixtures';
import { validateManifest } from './manifest';
import { openSnapshot } from './read';

describe('the embedded Kubernetes 1.36 snapshot', () => {
  it('answers /apis with aggregated discovery when asked as a discovery client asks', async () => {
    const snapshot = await openSnapshot(EMBEDDED_SNAPSHOT);
    const response = await snapshot.get('/apis', { accept: ACCEPT_DISCOVERY });
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe(ACCEPT_AGGREGATED_V2);
    expect(JSON.parse(bodyText(response)).kind).toBe('APIGroupDiscoveryList');
  });

  it('answers /apis with the legacy APIGroupList for plain JSON', async () => {
    const snapshot = await openSnapshot(EMBEDDED_SNAPSHOT);
    const response = await snapshot.get('/apis', { accept: ACCEPT_JSON });
    expect(JSON.parse(bodyText(response)).kind).toBe('APIGroupList');
  });

  it('records every legacy document: /api, /api/v1, /apis, /apis/G, /apis/G/V', async () => {
    const snapshot = await openSnapshot(EMBEDDED_SNAPSHOT);
    const paths = snapshot.paths();
    expect(paths).toEqual(expect.arrayContaining(['/api', '/api/v1', '/apis', '/apis/apps', '/apis/apps/v1', '/openapi/v2', '/version']));
    const apis = JSON.parse(bodyText(await snapshot.get('/apis', { accept: ACCEPT_JSON }))) as {
      groups: Array<{ name: string; versions: Array<{ version: string }> }>;
    };
    for (const group of apis.groups) {
      expect(paths).toContain(`/apis/${group.name}`);
      for (const v of group.versions) expect(paths).toContain(`/apis/${group.name}/${v.version}`);
    }
  });

  it('holds /openapi/v2 as JSON and as protobuf, chosen by Accept', async () => {
    const snapshot = await openSnapshot(EMBEDDED_SNAPSHOT);
    const pb = await snapshot.get('/openapi/v2', { accept: ACCEPT_OPENAPI_V2_PROTOBUF });
    expect(pb.headers['content-type']).toBe('application/com.github.proto-openapi.spec.v2.v1.0+protobuf');
    expect(pb.body.byteLength).toBe(2_657_390);
    const json = await snapshot.get('/openapi/v2', { accept: ACCEPT_JSON });
    expect(JSON.parse(bodyText(json)).swagger).toBe('2.0');
  });

  it('says v1.36.0 at /version', async () => {
    const snapshot = await openSnapshot(EMBEDDED_SNAPSHOT);
    expect(JSON.parse(bodyText(await snapshot.get('/version', { accept: ACCEPT_JSON }))).gitVersion).toBe('v1.36.0');
  });

  it('answers 304 to a matching If-None-Match, as a server does', async () => {
    const snapshot = await openSnapshot(EMBEDDED_SNAPSHOT);
    const first = await snapshot.get('/version', { accept: ACCEPT_JSON });
    const again = await snapshot.get('/version', { accept: ACCEPT_JSON, ifNoneMatch: first.headers.etag! });
    expect(again.status).toBe(304);
    expect(again.body.byteLength).toBe(0);
  });

  it('answers unknown paths with a 404 Status and unservable types with a 406 Status', async () => {
    const snapshot = await openSnapshot(EMBEDDED_SNAPSHOT);
    const missing = await snapshot.get('/apis/nope.example.com', { accept: ACCEPT_JSON });
    expect(missing.status).toBe(404);
    expect(JSON.parse(bodyText(missing))).toMatchObject({ kind: 'Status', reason: 'NotFound' });
    const refused = await snapshot.get('/version', { accept: 'application/yaml' });
    expect(refused.status).toBe(406);
  });
});

describe('snapshot manifests', () => {
  it('names the entry and field that is wrong', () => {
    expect(() =>
      validateManifest('m.json', {
        format: 'kube-api-atlas.snapshot/v1',
        name: 'x',
        entries: [{ path: '/api', accept: 'a', status: 200, contentType: 'a', body: 'b' }, { path: 'api' }],
      }),
    ).toThrow(/m\.json: invalid snapshot manifest: entries\[1\]\.path must start with "\/"/);
  });

  it('refuses body files outside the snapshot directory', () => {
    expect(() =>
      validateManifest('m.json', {
        format: 'kube-api-atlas.snapshot/v1',
        name: 'x',
        entries: [{ path: '/a', accept: 'a', status: 200, contentType: 'a', body: '../secret' }],
      }),
    ).toThrow(/must stay inside the snapshot directory/);
  });

  it('reports a directory without a manifest as an AtlasError naming the file', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'atlas-'));
    await expect(openSnapshot(dir)).rejects.toThrow(AtlasError);
    await expect(openSnapshot(dir)).rejects.toThrow(/manifest\.json: cannot read the snapshot manifest/);
    await writeFile(path.join(dir, 'manifest.json'), '{"format":');
    await expect(openSnapshot(dir)).rejects.toThrow(/not valid JSON/);
  });
});
