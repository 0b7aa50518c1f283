import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCrdYaml } from '../../crd/parse';
import type { CustomResourceDefinition } from '../../crd/types';
import { buildModel } from '../../model/build';
import { buildFieldTree, findField } from '../../model/schema';
import { schemaOrigin } from '../../model/schema-store';
import { DocumentCache } from '../../sources/document-cache';
import { documentsFromSnapshot, startApiServer, type ApiServerDouble, type DocumentSet } from '../../../test-support/apiserver';
import { CRDS, EMBEDDED_SNAPSHOT } from '../../../test-support/fixtures';
import { fetchApiDocuments } from '../documents';
import { HttpTransport } from '../live/http-transport';
import { urlEndpoint } from '../live/url-endpoint';

function crds(...relative: string[]): CustomResourceDefinition[] {
  return relative.flatMap((r) => {
    const file = path.join(CRDS, r);
    return parseCrdYaml(readFileSync(file, 'utf8'), file);
  });
}

const ISSUER = 'io.cert-manager.v1.Issuer';
const BACKUP = 'io.velero.v1.Backup';
const GATEWAY = 'io.k8s.networking.gateway.v1.Gateway';

/** How many `default`s a schema holds, at any depth. */
function defaultsIn(schema: unknown): number {
  if (typeof schema !== 'object' || schema === null) return 0;
  if (Array.isArray(schema)) return schema.reduce((sum: number, item) => sum + defaultsIn(item), 0);
  let count = 'default' in schema ? 1 : 0;
  for (const [key, child] of Object.entries(schema)) {
    if (key === 'default' || key === 'example' || key === 'enum') continue;
    // A properties map is not a schema: a property named "default" is no default.
    if (key === 'properties' && typeof child === 'object' && child !== null)
      for (const property of Object.values(child)) count += defaultsIn(property);
    else count += defaultsIn(child);
  }
  return count;
}
const installed = () =>
  crds('cert-manager/issuers.cert-manager.io.yaml', 'velero/backups.velero.io.yaml', 'gateway-api/gateways.gateway.networking.k8s.io.yaml');

let documents: DocumentSet;
const servers: ApiServerDouble[] = [];
async function server(options: { v3: boolean }): Promise<ApiServerDouble> {
  const started = await startApiServer(documents, { openApiV3: options.v3 });
  started.installCrds(installed());
  servers.push(started);
  return started;
}
const transport = (s: ApiServerDouble) => new HttpTransport(urlEndpoint(s.url), { timeoutSeconds: 5, retries: 0 });
const load = async (t: HttpTransport | DocumentCache) => buildModel(await fetchApiDocuments(t, { log: () => {} }));
const v3Documents = (s: ApiServerDouble, from = 0) => s.requests.slice(from).filter((r) => r.path.startsWith('/openapi/v3/'));

beforeAll(async () => {
  documents = await documentsFromSnapshot(EMBEDDED_SNAPSHOT);
});
afterAll(async () => {
  for (const s of servers) await s.close();
});

describe('/openapi/v3 from the kube-apiserver double (built-in kinds derived from the real v2 document; CRDs as apiextensions-apiserver publishes them)', () => {
  it('is preferred: CRD schemas come from their group-version document, structural schema kept (CEL rule with its message, nullable, defaults)', async () => {
    const s = await server({ v3: true });
    const model = await load(transport(s));
    expect(model.problems).toEqual([]);
    expect(schemaOrigin({ definitions: model.definitions, ...model.schemaSources }, ISSUER)).toEqual({
      path: '/openapi/v3/apis/cert-manager.io/v1',
      format: 'OpenAPI v3',
    });
    expect(schemaOrigin({ definitions: model.definitions, ...model.schemaSources }, 'io.k8s.api.apps.v1.Deployment')?.path).toBe(
      '/openapi/v3/apis/apps/v1',
    );
    const venafi = findField(buildFieldTree(model.definitions, ISSUER), 'spec.venafi');
    expect(venafi?.hints).toContainEqual({
      key: 'x-kubernetes-validations',
      value: JSON.stringify([
        {
          message: 'exactly one of tpp, cloud, or ngts must be configured',
          rule: '(has(self.tpp) ? 1 : 0) + (has(self.cloud) ? 1 : 0) + (has(self.ngts) ? 1 : 0) == 1',
        },
      ]),
    });
    const nullable = findField(buildFieldTree(model.definitions, BACKUP), 'spec.defaultVolumesToFsBackup');
    expect(nullable?.type).toBe('boolean');
    expect(defaultsIn(model.definitions[GATEWAY])).toBeGreaterThan(10);
    expect(nullable?.hints).toContainEqual({ key: 'nullable', value: 'true' });
  });

  it('falls back to v2 on a server without /openapi/v3 (404): the same CRDs lack nullable and their defaults', async () => {
    const s = await server({ v3: false });
    const model = await load(transport(s));
    expect(model.problems).toEqual([]);
    expect(model.schemaSources.documents).toEqual([{ path: '/openapi/v2', format: 'OpenAPI v2' }]);
    expect(defaultsIn(model.definitions[GATEWAY])).toBe(0);
    const nullable = findField(buildFieldTree(model.definitions, BACKUP), 'spec.defaultVolumesToFsBackup');
    expect(nullable?.hints?.some((h) => h.key === 'nullable') ?? false).toBe(false);
  });

  it('a 503 for one aggregated group-version costs that group-version only: its schemas come from v2, with a warning', async () => {
    const s = await server({ v3: true });
    s.setUnavailable('cert-manager.io/v1');
    const model = await load(transport(s));
    expect(model.problems).toContainEqual({
      severity: 'warning',
      source: '/openapi/v3/apis/cert-manager.io/v1',
      message: expect.stringMatching(/HTTP 503.*; its schemas come from \/openapi\/v2$/),
      group: 'cert-manager.io',
      version: 'v1',
    });
    const sources = { definitions: model.definitions, ...model.schemaSources };
    expect(schemaOrigin(sources, ISSUER)?.path).toBe('/openapi/v2');
    expect(schemaOrigin(sources, BACKUP)?.path).toBe('/openapi/v3/apis/velero.io/v1');
  });

  it('answers hash URLs as kube-apiserver does: immutable with the current hash, 301 to it with an old one, 404 for unknown group-versions', async () => {
    const s = await server({ v3: true });
    const listing = (await (await fetch(`${s.url}/openapi/v3`)).json()) as { paths: Record<string, { serverRelativeURL: string }> };
    const url = listing.paths['apis/apps/v1']!.serverRelativeURL;
    expect(url).toMatch(/^\/openapi\/v3\/apis\/apps\/v1\?hash=[0-9A-F]{128}$/);
    const current = await fetch(`${s.url}${url}`);
    expect(current.status).toBe(200);
    expect(current.headers.get('cache-control')).toBe('public, immutable');
    expect(current.headers.get('etag')).toBeTruthy();
    const old = await fetch(`${s.url}/openapi/v3/apis/apps/v1?hash=0123`, { redirect: 'manual' });
    expect(old.status).toBe(301);
    expect(old.headers.get('location')).toBe(url);
    expect((await fetch(`${s.url}/openapi/v3/apis/nothing.example/v1`)).status).toBe(404);
  });
});

describe('the v3 hash cache (one DocumentCache per source)', () => {
  it('a second load fetches no group-version document; a changed CRD refetches its group-version only', async () => {
    const s = await server({ v3: true });
    const cache = new DocumentCache(transport(s));
    const first = await load(cache);
    const cold = v3Documents(s).length;
    expect(cold).toBeGreaterThan(30);

    const mark = s.requests.length;
    const { changed } = await cache.revalidate();
    expect(changed).toBe(false);
    await load(cache);
    expect(v3Documents(s, mark)).toEqual([]);
    // The discovery document itself is revalidated with its ETag, and has not changed.
    expect(
      s.requests
        .slice(mark)
        .filter((r) => r.path === '/openapi/v3')
        .map((r) => r.status),
    ).toEqual([304]);

    const changedCrds = installed().map((crd) =>
      crd.spec.group === 'velero.io' ? { ...crd, spec: { ...crd.spec, names: { ...crd.spec.names, shortNames: ['bk'] } } } : crd,
    );
    const velero = changedCrds.find((c) => c.spec.group === 'velero.io')!;
    const version = velero.spec.versions[0]!;
    version.schema = {
      openAPIV3Schema: { ...(version.schema?.openAPIV3Schema ?? {}), description: 'changed for the test' },
    };
    s.installCrds(changedCrds);
    const mark2 = s.requests.length;
    expect((await cache.revalidate()).changed).toBe(true);
    const second = await load(cache);
    expect(v3Documents(s, mark2).map((r) => r.path)).toEqual(['/openapi/v3/apis/velero.io/v1']);
    expect(second.definitions[BACKUP]?.description).toBe('changed for the test');
    expect(first.definitions[BACKUP]?.description).not.toBe('changed for the test');
  });
});
