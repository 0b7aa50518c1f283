import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { parseCrdYaml } from '../crd/parse';
import type { CustomResourceDefinition } from '../crd/types';
import { HttpTransport } from '../kube/live/http-transport';
import { urlEndpoint } from '../kube/live/url-endpoint';
import { ACCEPT_AGGREGATED_V2 } from '../kube/media-type';
import { documentsFromSnapshot, startApiServer, type ApiServerDouble, type DocumentSet } from '../../test-support/apiserver';
import { CRDS, EMBEDDED_SNAPSHOT } from '../../test-support/fixtures';
import { LiveSource } from './live-source';

function crdFixture(relative: string): CustomResourceDefinition {
  const file = path.join(CRDS, relative);
  return parseCrdYaml(readFileSync(file, 'utf8'), file)[0]!;
}

let documents: DocumentSet;
let server: ApiServerDouble;
let clock = 0;

function liveSource(url = server.url): LiveSource {
  return new LiveSource('double', {
    refreshSeconds: 30,
    location: url,
    connect: async () => new HttpTransport(urlEndpoint(url), { timeoutSeconds: 2, retries: 1 }),
    fetch: { log: () => {} },
    now: () => clock,
  });
}

beforeAll(async () => {
  documents = await documentsFromSnapshot(EMBEDDED_SNAPSHOT);
});
beforeEach(async () => {
  await server?.close();
  server = await startApiServer(documents);
  clock = 1_000_000;
});
afterAll(async () => {
  await server?.close();
});

describe('a live source over the kube-apiserver double', () => {
  it('fetches each document once for many concurrent requests (single-flight)', async () => {
    const source = liveSource();
    const statuses = await Promise.all(Array.from({ length: 20 }, () => source.status()));
    expect(new Set(statuses.map((s) => s.model)).size).toBe(1);
    expect(statuses[0]?.model?.kubernetesVersion).toBe('v1.36.0');
    const byPath = new Map<string, number>();
    for (const r of server.requests) byPath.set(`${r.path} ${r.accept}`, (byPath.get(`${r.path} ${r.accept}`) ?? 0) + 1);
    expect([...byPath.values()].every((n) => n === 1)).toBe(true);
    // /api, /apis, /openapi/v2, /version, /openapi/v3 (404: this double serves no v3), and the CRD list.
    expect(server.count()).toBe(6);
  });

  it('does not ask the server again within the refresh interval, and revalidates with 304s after it', async () => {
    const source = liveSource();
    const first = await source.status();
    clock += 29_000;
    await source.status();
    expect(server.count()).toBe(6);
    clock += 2_000;
    const second = await source.status();
    // The CRD list is not among them: it is read when the model is built, not every round.
    const revalidation = server.requests.slice(6);
    expect(revalidation.map((r) => `${r.path} ${r.status}`).sort()).toEqual([
      '/api 304',
      '/apis 304',
      '/openapi/v2 304',
      '/openapi/v3 404',
      '/version 200',
    ]);
    expect(revalidation.filter((r) => r.status === 304).every((r) => r.ifNoneMatch)).toBe(true);
    // Nothing changed: the same model object, not a rebuilt one.
    expect(second.model).toBe(first.model);
    expect(source.documents?.stats).toMatchObject({ notModified: 3 });
  });

  it('shows a CRD installed while running after the next refresh, without a restart', async () => {
    const source = liveSource();
    const before = await source.status();
    expect(before.model?.groups.some((g) => g.name === 'cert-manager.io')).toBe(false);
    server.installCrds([crdFixture('cert-manager/certificates.cert-manager.io.yaml'), crdFixture('cert-manager/issuers.cert-manager.io.yaml')]);
    clock += 31_000;
    const after = await source.status();
    const group = after.model?.groups.find((g) => g.name === 'cert-manager.io');
    expect(group?.versions.map((v) => v.version)).toEqual(['v1']);
    const certificates = group?.versions[0]?.resources.find((r) => r.name === 'certificates');
    expect(certificates).toMatchObject({
      kind: 'Certificate',
      scope: 'Namespaced',
      shortNames: ['cert', 'certs'],
      definition: 'io.cert-manager.v1.Certificate',
    });
    expect(certificates?.subresources.map((s) => s.name)).toEqual(['status']);
    expect(after.stale).toBeUndefined();
    // The documents changed: so does their digest (the ETag of live pages).
    expect(before.documentsDigest).toMatch(/^[\w-]{43}$/);
    expect(after.documentsDigest).not.toBe(before.documentsDigest);
    // The rebuilt model read the CRD list again: the new CRDs' details are known.
    const details = after.model?.crdDetails?.state === 'known' ? after.model.crdDetails.byResource : {};
    expect(Object.keys(details).sort()).toEqual(['cert-manager.io/certificates', 'cert-manager.io/issuers']);
    expect(details['cert-manager.io/certificates']).toMatchObject({ origin: "the cluster's customresourcedefinitions list", storageVersion: 'v1' });
    expect(details['cert-manager.io/certificates']?.versions[0]?.printerColumns.map((c) => c.name)).toEqual([
      'Ready',
      'Secret',
      'Issuer',
      'Status',
      'Age',
    ]);
  });

  it('gives the same documents the same digest, in another source (another replica) and after a revalidation', async () => {
    const first = await liveSource().status();
    const other = liveSource();
    expect((await other.status()).documentsDigest).toBe(first.documentsDigest);
    clock += 31_000;
    expect((await other.status()).documentsDigest).toBe(first.documentsDigest);
  });

  it('says once, plainly, that CRD details need list on customresourcedefinitions when the cluster answers 403, and loads the rest', async () => {
    server.switches.forbidCrdList = true;
    server.installCrds([crdFixture('cert-manager/certificates.cert-manager.io.yaml')]);
    const status = await liveSource().status();
    expect(status.error).toBeUndefined();
    expect(status.model?.groups.some((g) => g.name === 'cert-manager.io')).toBe(true);
    expect(status.model?.crdDetails).toEqual({
      state: 'forbidden',
      message: expect.stringMatching(/customresourcedefinitions\.apiextensions\.k8s\.io is forbidden: User "system:anonymous" cannot list/),
    });
    expect(status.model?.problems).toEqual([]);
  });

  it('serves the last good copy with "stale since" when the server goes away, and recovers', async () => {
    const source = liveSource();
    const good = await source.status();
    const port = Number(new URL(server.url).port);
    await server.close();
    clock += 31_000;
    const stale = await source.status();
    expect(stale.model).toBe(good.model);
    expect(stale.stale?.since).toBe(new Date(clock).toISOString());
    expect(stale.stale?.lastGood).toBe(good.checkedAt);
    expect(stale.stale?.reason).toMatch(/GET http:\/\/127\.0\.0\.1:\d+\/\S+: cannot reach the server \(ECONNREFUSED/);
    clock += 31_000;
    expect((await source.status()).stale?.since).toBe(stale.stale?.since);
    server = await startApiServer(documents, { port });
    clock += 31_000;
    const back = await source.status();
    expect(back.stale).toBeUndefined();
    expect(back.model).toBe(good.model);
  });

  it('says why there is no model when the first load fails', async () => {
    const url = server.url;
    await server.close();
    const status = await liveSource(url).status();
    expect(status.model).toBeUndefined();
    expect(status.error).toMatch(/GET http:\/\/127\.0\.0\.1:\d+\/\S+: cannot reach the server/);
    expect(status.failure).toBe('unavailable');
  });

  it('names a refusal a bad upstream answer (its pages answer 502)', async () => {
    server.switches.tokens = { alice: 'good' };
    const status = await liveSource().status();
    expect(status.error).toMatch(/401/);
    expect(status.failure).toBe('bad-upstream');
  });

  it('keeps the site working when one aggregated group answers 503 (legacy discovery) or is Stale (aggregated)', async () => {
    server.setUnavailable('metrics.k8s.io/v1beta1');
    server.setUnavailable('batch/v1');
    const aggregated = (await liveSource().status()).model!;
    const stale = aggregated.problems.filter((p) => p.group === 'batch');
    expect(stale).toHaveLength(1);
    expect(stale[0]?.message).toMatch(/batch\/v1 is marked Stale/);
    expect(aggregated.groups.find((g) => g.name === 'apps')?.versions[0]?.resources.length).toBeGreaterThan(0);

    // Without aggregated discovery the client walks legacy documents, and /apis/batch/v1 answers 503.
    const legacyOnly = documents.clone();
    legacyOnly.remove('/apis', (r) => r.contentType === ACCEPT_AGGREGATED_V2);
    legacyOnly.remove('/api', (r) => r.contentType === ACCEPT_AGGREGATED_V2);
    await server.close();
    server = await startApiServer(legacyOnly);
    server.setUnavailable('batch/v1');
    const legacy = (await liveSource().status()).model!;
    expect(legacy.discoveryFormat).toBe('legacy');
    const batch = legacy.groups.find((g) => g.name === 'batch')?.versions[0];
    expect(batch?.error).toMatch(/HTTP 503 ServiceUnavailable: the server is currently unable to handle the request/);
    expect(legacy.problems.filter((p) => p.severity === 'error').map((p) => p.group)).toEqual(['batch']);
    expect(legacy.groups.find((g) => g.name === 'apps')?.versions[0]?.resources.length).toBeGreaterThan(0);
  });
});
