/**
 * deploy/ renders with the real kubectl (kustomize is built in, offline) and
 * every rendered object is valid for Kubernetes 1.36 by the site's own model
 * (lib/model/validate.ts: required and unknown fields, types, enums), plus
 * the security settings the README promises.
 */
import { execFileSync } from 'node:child_process';
import { mkdtemp, writeFile, cp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseAllDocuments } from 'yaml';
import { describe, expect, it } from 'vitest';
import { validateObject } from '../lib/model/validate';
import { PROJECT_ROOT } from '../test-support/fixtures';
import { embeddedModel } from '../test-support/model';

const model = await embeddedModel();

function render(dir: string): Array<Record<string, unknown>> {
  const yaml = execFileSync('kubectl', ['kustomize', dir], { encoding: 'utf8' });
  return parseAllDocuments(yaml).map((doc) => doc.toJS() as Record<string, unknown>);
}

function problemsOf(objects: Array<Record<string, unknown>>): string[] {
  return objects.flatMap((object) => {
    const name = `${String(object.kind)} ${String((object.metadata as { name?: string } | undefined)?.name)}`;
    return validateObject(model, object).map((p) => `${name}: ${p.path} ${p.message}`);
  });
}

describe('deploy/: kustomize base and overlay', () => {
  it('the base renders and every object validates against the 1.36 schema', () => {
    const objects = render(path.join(PROJECT_ROOT, 'deploy'));
    expect(objects.map((o) => o.kind)).toEqual(['Namespace', 'ServiceAccount', 'ClusterRole', 'ClusterRoleBinding', 'Service', 'Deployment']);
    expect(problemsOf(objects)).toEqual([]);
  });

  it('the example overlay adds an Ingress and still validates', () => {
    const objects = render(path.join(PROJECT_ROOT, 'deploy/overlays/example'));
    expect(objects.some((o) => o.kind === 'Ingress')).toBe(true);
    expect(problemsOf(objects)).toEqual([]);
  });

  it('the ClusterRole grants exactly get on the documents the site reads', () => {
    const role = render(path.join(PROJECT_ROOT, 'deploy')).find((o) => o.kind === 'ClusterRole') as { rules: unknown[] };
    expect(role.rules).toEqual([
      { nonResourceURLs: ['/api', '/api/*', '/apis', '/apis/*', '/openapi/v2', '/openapi/v3', '/openapi/v3/*', '/version'], verbs: ['get'] },
    ]);
  });

  it('the Deployment runs in-cluster, non-root, read-only, without capabilities, with probes and limits', () => {
    interface Probe {
      httpGet: { path: string };
    }
    interface Container {
      securityContext: Record<string, unknown>;
      env: Array<{ name: string; value?: string }>;
      readinessProbe: Probe;
      livenessProbe: Probe;
      resources: { requests?: Record<string, string>; limits: Record<string, string> };
    }
    const deployment = render(path.join(PROJECT_ROOT, 'deploy')).find((o) => o.kind === 'Deployment') as {
      spec: { template: { spec: { securityContext: Record<string, unknown>; containers: Container[] } } };
    };
    const pod = deployment.spec.template.spec;
    const container = pod.containers[0]!;
    expect(pod.securityContext).toMatchObject({ runAsNonRoot: true, seccompProfile: { type: 'RuntimeDefault' } });
    expect(container.securityContext).toMatchObject({
      readOnlyRootFilesystem: true,
      allowPrivilegeEscalation: false,
      capabilities: { drop: ['ALL'] },
      seccompProfile: { type: 'RuntimeDefault' },
    });
    expect(container.env).toContainEqual({ name: 'ATLAS_IN_CLUSTER', value: '1' });
    expect(container.readinessProbe.httpGet.path).toBe('/readyz');
    expect(container.livenessProbe.httpGet.path).toBe('/healthz');
    expect(container.resources.requests).toBeDefined();
    expect(container.resources.limits.memory).toBeDefined();
  });

  it('a deliberately broken manifest fails the same check', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'atlas-deploy-'));
    await cp(path.join(PROJECT_ROOT, 'deploy/base'), path.join(dir, 'base'), { recursive: true });
    await writeFile(path.join(dir, 'kustomization.yaml'), 'resources:\n  - base\n  - broken.yaml\n');
    await writeFile(
      path.join(dir, 'broken.yaml'),
      'apiVersion: v1\nkind: Service\nmetadata:\n  name: broken\nspec:\n  type: Public\n  ports:\n    - port: "eighty"\n  selectr: {}\n',
    );
    expect(problemsOf(render(dir))).toEqual([
      'Service broken: spec.ports[0].port must be an integer, got string',
      'Service broken: spec.selectr is not a field of this schema (unknown field)',
      'Service broken: spec.type "Public" is not one of "ClusterIP", "ExternalName", "LoadBalancer", "NodePort"',
    ]);
  });
});
