import SwaggerParser from '@apidevtools/swagger-parser';
import type { OpenAPIV2 } from 'openapi-types';
import { describe, expect, it } from 'vitest';
import { allGroupVersions } from '../model/lookup';
import { embeddedModel } from '../../test-support/model';
import { groupVersionOfPath, groupVersionSlice, isResourcePath, parseLocalRef, refsIn, sliceDocument } from './slice';

const model = await embeddedModel();
const doc = model.openapi!;
const groupVersions = allGroupVersions(model).map((gv) => ({ group: gv.group, version: gv.version, name: gv.groupVersion }));

/** Names a document defines, as `section/name`, and the local refs it uses, resolved the same way. */
function definedAndUsed(slice: OpenAPIV2.Document): { defined: Set<string>; used: Set<string>; foreign: string[] } {
  const defined = new Set<string>();
  for (const section of ['definitions', 'parameters', 'responses'] as const) {
    for (const name of Object.keys(slice[section] ?? {})) defined.add(`${section}/${name}`);
  }
  const used = new Set<string>();
  const foreign: string[] = [];
  for (const ref of refsIn(slice)) {
    const target = parseLocalRef(ref);
    if (target) used.add(`${target.section}/${target.name}`);
    else foreign.push(ref);
  }
  return { defined, used, foreign };
}

/** Definitions reachable from one definition, by a plain recursive walk (an independent check of the slicer). */
function reachFrom(name: string, seen = new Set<string>()): Set<string> {
  if (seen.has(name)) return seen;
  seen.add(name);
  for (const ref of refsIn(doc.definitions![name])) {
    const target = parseLocalRef(ref);
    if (target?.section === 'definitions') reachFrom(target.name, seen);
  }
  return seen;
}

describe('group-version slices of the 1.36 snapshot', () => {
  it('there is a slice for every group-version, and together they hold every group-version path of the document', () => {
    expect(groupVersions.length).toBeGreaterThan(30);
    const sliced = groupVersions.flatMap((gv) => Object.keys(groupVersionSlice(doc, gv.group, gv.version).paths));
    const expected = Object.keys(doc.paths).filter((p) => groupVersionOfPath(p) !== undefined);
    expect(new Set(sliced).size).toBe(sliced.length); // no path in two slices
    expect(sliced.sort()).toEqual(expected.sort());
    expect(expected.length).toBeGreaterThan(500);
  });

  it.each(groupVersions)('$name: valid Swagger 2.0 (swagger-parser), every reference defined, nothing unused', async ({ group, version }) => {
    const slice = groupVersionSlice(doc, group, version);
    const { defined, used, foreign } = definedAndUsed(slice);
    expect(foreign).toEqual([]);
    expect([...used].filter((ref) => !defined.has(ref))).toEqual([]);
    expect([...defined].filter((ref) => !used.has(ref))).toEqual([]);
    // validate() dereferences in place: give it a copy, not objects shared with the model.
    await expect(SwaggerParser.validate(structuredClone(slice) as OpenAPIV2.Document)).resolves.toBeTruthy();
  });

  it('apps/v1 holds Deployment and what its pod template reaches, and none of the Node-only definitions', () => {
    const slice = groupVersionSlice(doc, 'apps', 'v1');
    const names = new Set(Object.keys(slice.definitions ?? {}));
    expect(names).toContain('io.k8s.api.apps.v1.Deployment');
    expect(names).toContain('io.k8s.api.apps.v1.DeploymentList');
    expect(names).toContain('io.k8s.api.core.v1.PodSpec'); // through spec.template
    expect(names).toContain('io.k8s.api.core.v1.NodeSelector'); // through affinity: shared with Node, kept
    const nodeOnly = [...reachFrom('io.k8s.api.core.v1.Node')].filter((name) => !names.has(name));
    expect(nodeOnly).toEqual(
      expect.arrayContaining([
        'io.k8s.api.core.v1.Node',
        'io.k8s.api.core.v1.NodeSpec',
        'io.k8s.api.core.v1.NodeStatus',
        'io.k8s.api.core.v1.NodeSystemInfo',
      ]),
    );
    for (const name of nodeOnly) expect(names.has(name)).toBe(false);
    expect(Object.keys(slice.paths).every((p) => p.startsWith('/apis/apps/v1/'))).toBe(true);
    expect(slice.paths['/apis/apps/v1/namespaces/{namespace}/deployments']?.get?.operationId).toBe('listAppsV1NamespacedDeployment');
    expect(slice.info.title).toBe('Kubernetes apps/v1');
    expect(slice.securityDefinitions).toEqual(doc.securityDefinitions);
  });

  it('core v1 is /api/v1 and its discovery document; shared parameters come along', () => {
    const slice = groupVersionSlice(doc, '', 'v1');
    expect(Object.keys(slice.paths)).toContain('/api/v1/');
    expect(Object.keys(slice.paths)).toContain('/api/v1/namespaces/{namespace}/pods/{name}/log');
    expect(Object.keys(slice.paths).some((p) => p.startsWith('/apis/'))).toBe(false);
    expect(Object.keys(slice.parameters ?? {}).length).toBeGreaterThan(10);
    expect(Object.keys(slice.definitions ?? {})).toContain('io.k8s.api.core.v1.Node');
  });

  it('the recursive JSONSchemaProps (apiextensions.k8s.io/v1) is included once and the walk ends', () => {
    const slice = groupVersionSlice(doc, 'apiextensions.k8s.io', 'v1');
    const props = 'io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1.JSONSchemaProps';
    expect(Object.keys(slice.definitions ?? {})).toContain(props);
    expect(refsIn(slice.definitions![props])).toContain(`#/definitions/${props}`); // it refers to itself
  });

  it('a resource narrows a slice to its own paths (collection, object, subresources, watch)', () => {
    const deployments = { group: 'apps', version: 'v1', name: 'deployments' };
    const slice = sliceDocument(groupVersionSlice(doc, 'apps', 'v1'), (p) => isResourcePath(p, deployments));
    expect(Object.keys(slice.paths).sort()).toEqual([
      '/apis/apps/v1/deployments',
      '/apis/apps/v1/namespaces/{namespace}/deployments',
      '/apis/apps/v1/namespaces/{namespace}/deployments/{name}',
      '/apis/apps/v1/namespaces/{namespace}/deployments/{name}/scale',
      '/apis/apps/v1/namespaces/{namespace}/deployments/{name}/status',
      '/apis/apps/v1/watch/deployments',
      '/apis/apps/v1/watch/namespaces/{namespace}/deployments',
      '/apis/apps/v1/watch/namespaces/{namespace}/deployments/{name}',
    ]);
    expect(Object.keys(slice.definitions ?? {})).not.toContain('io.k8s.api.apps.v1.StatefulSet');
    expect(Object.keys(slice.definitions ?? {})).toContain('io.k8s.api.autoscaling.v1.Scale');
  });
});

describe('sliceDocument on small documents', () => {
  const small: OpenAPIV2.Document = {
    swagger: '2.0',
    info: { title: 'small', version: '1' },
    tags: [{ name: 'a' }, { name: 'b' }],
    parameters: { shared: { name: 'x', in: 'body', schema: { $ref: '#/definitions/A' } }, unused: { name: 'y', in: 'query', type: 'string' } },
    paths: {
      '/a': {
        get: {
          tags: ['a'],
          parameters: [{ $ref: '#/parameters/shared' }],
          responses: { '200': { description: 'ok', schema: { $ref: '#/definitions/a~1slash' } } },
        },
      },
      '/b': { get: { tags: ['b'], responses: { '200': { description: 'ok', schema: { $ref: '#/definitions/C' } } } } },
    },
    definitions: {
      A: { type: 'object', properties: { b: { $ref: '#/definitions/B' } } },
      B: { type: 'object', properties: { a: { $ref: '#/definitions/A' }, self: { type: 'array', items: { $ref: '#/definitions/B' } } } },
      'a/slash': { type: 'string' },
      C: { type: 'string' },
    },
  };

  it('follows parameters into definitions, through a cycle, with JSON-pointer escapes, keeping used tags only', () => {
    const slice = sliceDocument(small, (p) => p === '/a');
    expect(Object.keys(slice.definitions ?? {})).toEqual(['A', 'B', 'a/slash']);
    expect(Object.keys(slice.parameters ?? {})).toEqual(['shared']);
    expect(slice.tags).toEqual([{ name: 'a' }]);
    expect(slice.info).toEqual({ title: 'small', version: '1' });
  });

  it('an empty selection is a valid document with no definitions', async () => {
    const slice = sliceDocument(small, () => false, { title: 'nothing' });
    expect(slice).toEqual({ swagger: '2.0', info: { title: 'nothing', version: '1' }, paths: {} });
    await expect(SwaggerParser.validate(structuredClone(slice))).resolves.toBeTruthy();
  });

  it('a dangling $ref in the source is left dangling, not invented', () => {
    const broken: OpenAPIV2.Document = {
      ...small,
      paths: { '/z': { get: { responses: { '200': { description: 'ok', schema: { $ref: '#/definitions/Missing' } } } } } },
    };
    expect(sliceDocument(broken, () => true).definitions).toBeUndefined();
  });

  it('a malformed %-escape in a $ref (#/definitions/%zz) is kept as written, not a URIError', () => {
    const hostile: OpenAPIV2.Document = {
      ...small,
      paths: {
        '/apis/g.example/v1/things': {
          get: { responses: { '200': { description: 'ok', schema: { $ref: '#/definitions/%zz' } } } },
        },
      },
      definitions: { '%zz': { type: 'object', properties: { next: { $ref: '#/definitions/%E0%A4%A' } } }, '%E0%A4%A': { type: 'string' } },
    };
    expect(parseLocalRef('#/definitions/%zz')).toEqual({ section: 'definitions', name: '%zz' });
    const slice = groupVersionSlice(hostile, 'g.example', 'v1');
    expect(Object.keys(slice.definitions ?? {})).toEqual(['%zz', '%E0%A4%A']);
  });
});
