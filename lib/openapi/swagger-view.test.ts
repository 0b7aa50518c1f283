import { describe, expect, it } from 'vitest';
import { embeddedModel } from '../../test-support/model';
import { groupVersionSlice, refsIn } from './slice';
import { swaggerViewSpec } from './swagger-view';

const doc = (await embeddedModel()).openapi!;
const apps = groupVersionSlice(doc, 'apps', 'v1');

describe('the document Swagger UI gets', () => {
  it('has no Authorize dialog and no per-operation https scheme; without a target, nowhere to send requests', () => {
    const view = swaggerViewSpec(apps);
    expect(view.security).toBeUndefined();
    expect(view.securityDefinitions).toBeUndefined();
    expect(view.host).toBeUndefined();
    const schemes = Object.values(view.paths).flatMap((item) => Object.values(item ?? {}).map((op) => (op as { schemes?: unknown }).schemes));
    expect(schemes.filter((s) => s !== undefined)).toEqual([]);
    expect(Object.keys(view.paths)).toEqual(Object.keys(apps.paths));
    // The slice itself is untouched (objects are shared with the model).
    expect(apps.paths['/apis/apps/v1/namespaces/{namespace}/deployments']?.get?.schemes).toEqual(['https']);
    expect(apps.securityDefinitions).toBeDefined();
  });

  it('on a resource page: that resource only, the definitions it reaches, requests to the site /try-it', () => {
    const view = swaggerViewSpec(apps, {
      resource: { group: 'apps', version: 'v1', name: 'deployments' },
      target: { scheme: 'http', host: 'localhost:3000', basePath: '/try-it' },
    });
    expect(Object.keys(view.paths)).toHaveLength(8);
    expect(Object.keys(view.definitions ?? {})).toContain('io.k8s.api.apps.v1.Deployment');
    expect(Object.keys(view.definitions ?? {})).not.toContain('io.k8s.api.apps.v1.DaemonSet');
    expect(view).toMatchObject({ schemes: ['http'], host: 'localhost:3000', basePath: '/try-it' });
    for (const ref of refsIn(view))
      expect(ref.replace(/^#\/(definitions|parameters)\//, '') in { ...view.definitions, ...view.parameters }).toBe(true);
  });
});
