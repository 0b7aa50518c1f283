import { describe, expect, it } from 'vitest';
import { embeddedModel } from '../../test-support/model';
import { findResource } from './lookup';
import { operationsByVerb, parameterGlossary } from './verbs';

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
});
