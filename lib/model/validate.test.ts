import { describe, expect, it } from 'vitest';
import { embeddedModel } from '../../test-support/model';
import { validateObject } from './validate';

const model = await embeddedModel();

const deployment = () => ({
  apiVersion: 'apps/v1',
  kind: 'Deployment',
  metadata: { name: 'web', labels: { app: 'web' } },
  spec: {
    replicas: 2,
    selector: { matchLabels: { app: 'web' } },
    template: {
      metadata: { labels: { app: 'web' } },
      spec: {
        containers: [
          {
            name: 'web',
            image: 'nginx',
            imagePullPolicy: 'IfNotPresent',
            ports: [{ containerPort: 80 }],
            resources: { limits: { memory: '1Gi', cpu: 1 } },
          },
        ],
      },
    },
  },
});

describe('validateObject: a manifest against its kind in the 1.36 schema', () => {
  it('accepts a valid Deployment (int-or-string quantities, maps of labels)', () => {
    expect(validateObject(model, deployment())).toEqual([]);
  });

  it('names each broken field: unknown, missing required, wrong type, outside the enum', () => {
    const broken = deployment() as Record<string, unknown> & ReturnType<typeof deployment>;
    const container = broken.spec.template.spec.containers[0] as Record<string, unknown>;
    container.imagePullPolicy = 'Sometimes';
    container.imagePolicy = 'typo';
    delete container.name;
    (broken.spec as Record<string, unknown>).replicas = 'two';
    expect(validateObject(model, broken)).toEqual([
      { path: 'spec.replicas', message: 'must be an integer, got string' },
      { path: 'spec.template.spec.containers[0].name', message: 'is required' },
      { path: 'spec.template.spec.containers[0].imagePullPolicy', message: '"Sometimes" is not one of "Always", "IfNotPresent", "Never"' },
      { path: 'spec.template.spec.containers[0].imagePolicy', message: 'is not a field of this schema (unknown field)' },
    ]);
  });

  it('refuses kinds the API does not serve', () => {
    expect(validateObject(model, { apiVersion: 'apps/v1beta1', kind: 'Deployment' })).toEqual([
      { path: 'kind', message: 'apps/v1beta1 Deployment is not a kind this API serves with a schema' },
    ]);
    expect(validateObject(model, [])[0]?.message).toMatch(/must be an object/);
  });
});
