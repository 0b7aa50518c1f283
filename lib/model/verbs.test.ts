import { describe, expect, it } from 'vitest';
import { embeddedModel } from '../../test-support/model';
import { findResource } from './lookup';
import { modelParameterIndex, operationsByVerb, parameterGlossary } from './verbs';

describe('verbs mapped to operations', () => {
  it('maps each Deployment verb to its HTTP operations', async () => {
    const deployments = findResource(await embeddedModel(), 'apps', 'v1', 'deployments')!;
    const byVerb = Object.fromEntries(
      operationsByVerb(deployments.verbs, deployments.operations).map((v) => [
        v.verb,
        v.operations.map((o) => `${o.operation.method.toUpperCase()} ${o.operation.path}${o.watchQuery ? '?watch=true' : ''}`),
      ]),
    );
    expect(Object.keys(byVerb)).toEqual(['get', 'list', 'watch', 'create', 'update', 'patch', 'delete', 'deletecollection']);
    expect(byVerb.create).toEqual(['POST /apis/apps/v1/namespaces/{namespace}/deployments']);
    expect(byVerb.watch).toEqual([
      'GET /apis/apps/v1/deployments?watch=true',
      'GET /apis/apps/v1/namespaces/{namespace}/deployments?watch=true',
      'GET /apis/apps/v1/watch/deployments',
      'GET /apis/apps/v1/watch/namespaces/{namespace}/deployments',
      'GET /apis/apps/v1/watch/namespaces/{namespace}/deployments/{name}',
    ]);
  });

  it('maps connect operations (pods/exec) to the verbs of their HTTP methods', async () => {
    const exec = findResource(await embeddedModel(), '', 'v1', 'pods')!.subresources.find((s) => s.name === 'exec')!;
    expect(operationsByVerb(exec.verbs, exec.operations).map((v) => [v.verb, v.operations.length])).toEqual([
      ['get', 1],
      ['create', 1],
    ]);
  });

  it('lists each distinct parameter once, with distinct anchors for same-named ones', async () => {
    const deployments = findResource(await embeddedModel(), 'apps', 'v1', 'deployments')!;
    const glossary = parameterGlossary([...deployments.operations, ...deployments.subresources.flatMap((s) => s.operations)]);
    const names = glossary.entries.map((e) => e.id);
    expect(new Set(names).size).toBe(names.length);
    expect(names).toEqual(expect.arrayContaining(['param-name', 'param-name-2', 'param-namespace', 'param-labelSelector']));
  });

  it('indexes every parameter of the model once, and each operation parameter finds its entry', async () => {
    const model = await embeddedModel();
    const index = modelParameterIndex(model);
    expect(modelParameterIndex(model)).toBe(index);
    const ids = index.entries.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    const operations = model.groups.flatMap((g) =>
      g.versions.flatMap((v) => v.resources.flatMap((r) => [...r.operations, ...r.subresources.flatMap((s) => s.operations)])),
    );
    const described = new Map(index.entries.map((e) => [e.id, e.parameter]));
    for (const op of operations) {
      for (const p of op.parameters) {
        const entry = described.get(index.idOf(p));
        expect(entry, `${op.operationId} ${p.name}`).toBeDefined();
        expect([entry!.name, entry!.in, entry!.type, entry!.description]).toEqual([p.name, p.in, p.type, p.description]);
      }
    }
    // Far fewer than the operations' parameters: the long query parameter texts are written once for the whole API.
    expect(index.entries.length).toBeLessThan(operations.reduce((n, op) => n + op.parameters.length, 0) / 10);
    const pods = findResource(model, '', 'v1', 'pods')!;
    const list = pods.operations.find((o) => o.operationId === 'listCoreV1NamespacedPod')!;
    expect(index.idOf(list.parameters.find((p) => p.name === 'labelSelector')!)).toBe('param-labelSelector');
  });
});
