/**
 * A link to field path P shows P, at P's own place, with P's own kubectl
 * explain line: through definitions the tree expands once (repeats), past
 * the page's field budget, and inside maps of lists and maps of maps. The
 * parity test checks every path kubectl explain --recursive prints.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { kubectlRecursivePaths } from '../../test-support/kubectl-paths';
import { landingField, resourcesWithSchema } from '../../test-support/landing';
import { crdClusterModel, embeddedModel } from '../../test-support/model';
import { cachedFieldViewPlan, fieldHref, resourcePageTree, resourceRoot } from './field-views';
import { explainCommand, explainFor } from '../model/kubectl';
import { findResource } from '../model/lookup';
import { resourcePath } from './urls';
import { fieldAtPath, findField } from '../model/schema';
import type { ApiModel, ApiResource } from '../model/types';

let k136: ApiModel;
let withCrds: ApiModel;
beforeAll(async () => {
  [k136, withCrds] = await Promise.all([embeddedModel(), crdClusterModel()]);
}, 120_000);

function linkTo(model: ApiModel, resource: ApiResource, path: string): string {
  return fieldHref(resourcePath(resource), cachedFieldViewPlan(model, resource).views, path);
}

describe('links land on the true path', () => {
  it('Deployment spec.template.spec.containers.resources.limits is not the pod-level resources.limits', () => {
    const deployments = findResource(k136, 'apps', 'v1', 'deployments')!;
    const path = 'spec.template.spec.containers.resources.limits';
    const landing = landingField(k136, deployments, linkTo(k136, deployments, path));
    expect(landing?.path).toBe(path);
    expect(explainFor(explainCommand(k136, deployments), landing!.path)).toBe(`kubectl explain deployment.${path}`);
    // The pod-level field is a different field, and stays where it is.
    expect(landingField(k136, deployments, linkTo(k136, deployments, 'spec.template.spec.resources.limits'))?.path).toBe(
      'spec.template.spec.resources.limits',
    );
    expect(landingField(k136, deployments, linkTo(k136, deployments, 'spec.template.metadata.labels'))?.path).toBe('spec.template.metadata.labels');
  });

  it('a repeated definition links to a view at its own path, and a field past the budget to the view that shows it', () => {
    const pods = findResource(k136, '', 'v1', 'pods')!;
    const tree = resourcePageTree(k136, pods);
    const init = findField(tree, 'spec.initContainers')!;
    expect(init.stop).toMatchObject({ reason: 'repeat', path: 'spec.containers', view: 'spec.initContainers' });
    expect(linkTo(k136, pods, 'spec.initContainers.image')).toBe('/api/v1/pods/fields/spec.initContainers#spec.initContainers.image');
    const deep = 'spec.containers.livenessProbe.exec.command';
    expect(findField(tree, deep)).toBeUndefined();
    expect(landingField(k136, pods, linkTo(k136, pods, deep))?.path).toBe(deep);
  });

  it('shows fields inside maps of lists and maps of maps, as kubectl explain does', () => {
    const cases: Array<[string, string, string, string]> = [
      ['monitoring.coreos.com', 'v1', 'servicemonitors', 'spec.endpoints.proxyConnectHeader.key'],
      ['monitoring.coreos.com', 'v1', 'probes', 'spec.oauth2.proxyConnectHeader.name'],
      ['kyverno.io', 'v1', 'clusterpolicies', 'spec.rules.imageExtractors.path'],
      ['external-secrets.io', 'v1alpha1', 'pushsecrets', 'status.syncedPushSecrets.match.remoteRef.remoteKey'],
    ];
    for (const [group, version, name, path] of cases) {
      const resource = findResource(withCrds, group, version, name)!;
      expect(resource, name).toBeDefined();
      const root = resourceRoot(withCrds, resource)!;
      const parent = path.slice(0, path.lastIndexOf('.'));
      expect(fieldAtPath(withCrds.definitions, root, parent)?.object, parent).toBeDefined();
      expect(fieldAtPath(withCrds.definitions, root, path)?.node.path, path).toBe(path);
      expect(landingField(withCrds, resource, linkTo(withCrds, resource, path))?.path, path).toBe(path);
    }
  });
});

describe('parity with kubectl explain --recursive', () => {
  function parity(model: ApiModel): { resources: number; paths: number; missing: string[] } {
    let paths = 0;
    const missing: string[] = [];
    const list = resourcesWithSchema(model);
    for (const { resource } of list) {
      for (const path of kubectlRecursivePaths(model.definitions, resource.definition!)) {
        paths += 1;
        if (landingField(model, resource, linkTo(model, resource, path))?.path !== path) missing.push(`${resourcePath(resource)}#${path}`);
      }
    }
    return { resources: list.length, paths, missing };
  }

  it('every path of every 1.36 resource is reachable at its own path', () => {
    const result = parity(k136);
    console.log(`parity 1.36: ${result.resources} resources, ${result.paths} paths, ${result.missing.length} missing`);
    expect(result.missing.slice(0, 20)).toEqual([]);
    expect(result.paths).toBeGreaterThan(10_000);
  }, 300_000);

  it('every path of 1.36 with real CRDs from test-data is reachable at its own path', () => {
    const result = parity(withCrds);
    console.log(`parity 1.36 + CRDs: ${result.resources} resources, ${result.paths} paths, ${result.missing.length} missing`);
    expect(result.missing.slice(0, 20)).toEqual([]);
  }, 600_000);
});
