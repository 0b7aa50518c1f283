/**
 * Operations read from the v3 group-version documents agree with the same
 * server's v2 document: every operation of every resource (and of the
 * non-resource endpoints v3 publishes) of 1.36 and of two real CRDs, read
 * from the kube-apiserver double (its v3 operations derived from the real
 * v2 document in kube-openapi's v3 form: requestBody and responses with
 * `content` per media type, shared `components.parameters`).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { crdClusterModelsV3AndV2 } from '../../test-support/model';
import { allResources, findResource } from './lookup';
import type { ApiModel, ApiOperation } from './types';

let v3: ApiModel;
let v2: ApiModel;
beforeAll(async () => {
  ({ v3, v2 } = await crdClusterModelsV3AndV2([
    'cert-manager/issuers.cert-manager.io.yaml',
    'gateway-api/httproutes.gateway.networking.k8s.io.yaml',
  ]));
}, 120_000);

/** Every operation of a model by `METHOD path`, with the resource it belongs to. */
function operations(model: ApiModel): Map<string, ApiOperation> {
  const out = new Map<string, ApiOperation>();
  for (const resource of allResources(model)) {
    for (const operation of [...resource.operations, ...resource.subresources.flatMap((s) => s.operations)]) {
      out.set(`${operation.method} ${operation.path}`, operation);
    }
  }
  return out;
}

describe('operations from /openapi/v3', () => {
  it('every resource operation agrees with v2, but for what v3 cannot say: what a bodiless operation consumes', () => {
    const a = operations(v2);
    const b = operations(v3);
    expect(b.size).toBeGreaterThan(1000);
    expect([...b.keys()].sort()).toEqual([...a.keys()].sort());
    const differing: string[] = [];
    for (const [key, before] of a) {
      const after = b.get(key)!;
      const hasBody = before.parameters.some((p) => p.in === 'body');
      const expected = hasBody ? before : { ...before, consumes: [] };
      try {
        expect(after).toEqual(expected);
      } catch {
        differing.push(key);
      }
    }
    expect(differing.slice(0, 5)).toEqual([]);
    // Read from v3 indeed: a GET has no request body, so v3 lists nothing it consumes (v2 says */*).
    const get = (model: ApiModel) => findResource(model, 'apps', 'v1', 'deployments')!.operations.find((o) => o.action === 'get')!;
    expect(get(v2).consumes).toEqual(['*/*']);
    expect(get(v3).consumes).toEqual([]);
    expect(findResource(v3, 'gateway.networking.k8s.io', 'v1', 'httproutes')!.operations.find((o) => o.action === 'get')!.consumes).toEqual([]);
  });

  it('the request body and the responses: a create takes the kind as body, answers it per media type', () => {
    const create = findResource(v3, 'apps', 'v1', 'deployments')!.operations.find((o) => o.action === 'post')!;
    expect(create.parameters.find((p) => p.in === 'body')).toEqual({
      name: 'body',
      in: 'body',
      required: true,
      type: 'Deployment',
      definition: 'io.k8s.api.apps.v1.Deployment',
    });
    expect(create.consumes).toEqual(['*/*']);
    expect(create.produces).toEqual(['application/json', 'application/yaml', 'application/vnd.kubernetes.protobuf', 'application/cbor']);
    expect(create.responses.map((r) => `${r.code} ${r.type ?? ''}`)).toEqual(['200 Deployment', '201 Deployment', '202 Deployment', '401 ']);
    const patch = findResource(v3, 'apps', 'v1', 'deployments')!.operations.find((o) => o.action === 'patch' && !o.path.endsWith('/status'))!;
    expect(patch.consumes).toContain('application/apply-patch+yaml');
  });

  it('a group-version whose v3 document fails (503) takes its operations from v2, the others stay on v3', async () => {
    const models = await crdClusterModelsV3AndV2(['cert-manager/issuers.cert-manager.io.yaml'], { unavailable: ['cert-manager.io/v1'] });
    const issuers = findResource(models.v3, 'cert-manager.io', 'v1', 'issuers')!;
    expect(issuers.operations.length).toBeGreaterThan(0);
    // What v2 says a GET consumes (v3 would list nothing): read from v2.
    const v2Get = findResource(models.v2, 'cert-manager.io', 'v1', 'issuers')!.operations.find((o) => o.action === 'get')!;
    expect(v2Get.consumes.length).toBeGreaterThan(0);
    expect(issuers.operations).toEqual(findResource(models.v2, 'cert-manager.io', 'v1', 'issuers')!.operations);
    expect(findResource(models.v3, 'apps', 'v1', 'deployments')!.operations.find((o) => o.action === 'get')!.consumes).toEqual([]);
  }, 120_000);
});
