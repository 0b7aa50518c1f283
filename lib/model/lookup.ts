import type { ApiGroup, ApiGroupVersion, ApiModel, ApiResource } from './types';

/** Small lookups pages use to take their slice of the model. */

export function findGroup(model: ApiModel, name: string): ApiGroup | undefined {
  return model.groups.find((g) => g.name === name);
}

export function findGroupVersion(model: ApiModel, group: string, version: string): ApiGroupVersion | undefined {
  return findGroup(model, group)?.versions.find((v) => v.version === version);
}

export function findResource(model: ApiModel, group: string, version: string, name: string): ApiResource | undefined {
  return findGroupVersion(model, group, version)?.resources.find((r) => r.name === name);
}

export function allGroupVersions(model: ApiModel): ApiGroupVersion[] {
  return model.groups.flatMap((g) => g.versions);
}

export function allResources(model: ApiModel): ApiResource[] {
  return allGroupVersions(model).flatMap((gv) => gv.resources);
}

/** The site path of a resource page: mirrors the API path of its collection. */
export function resourcePath(resource: Pick<ApiResource, 'group' | 'version' | 'name'>): string {
  return resource.group === '' ? `/api/${resource.version}/${resource.name}` : `/apis/${resource.group}/${resource.version}/${resource.name}`;
}

export function definitionPath(name: string): string {
  return `/definitions/${name}`;
}

/** Every page path the site serves for this model, for the static export, the 404 page and search. */
export function allPagePaths(model: ApiModel): string[] {
  const paths = ['/', '/apis', '/definitions', '/endpoints', '/kinds', '/compare', '/deprecations'];
  const kinds: string[] = [];
  for (const group of model.groups) {
    paths.push(group.path);
    for (const gv of group.versions) {
      paths.push(gv.path);
      for (const resource of gv.resources) {
        paths.push(resourcePath(resource));
        if (resource.kind) kinds.push(`/kinds/${resource.kind}`);
      }
    }
  }
  paths.push(...kinds);
  for (const name of Object.keys(model.definitions)) paths.push(definitionPath(name));
  return [...new Set(paths)];
}

export interface ModelCounts {
  groups: number;
  groupVersions: number;
  /** Distinct resources (group + plural), one per `kubectl api-resources` row whatever the versions serving them. */
  resources: number;
  /** Resources counted once per group-version serving them (`autoscaling/v1` and `autoscaling/v2` HPAs: 2). */
  resourceVersions: number;
  subresources: number;
  definitions: number;
  operations: number;
}

export function countModel(model: ApiModel): ModelCounts {
  const resources = allResources(model);
  return {
    groups: model.groups.length,
    groupVersions: allGroupVersions(model).length,
    resources: new Set(resources.map((r) => `${r.group}/${r.name}`)).size,
    resourceVersions: resources.length,
    subresources: resources.reduce((n, r) => n + r.subresources.length, 0),
    definitions: Object.keys(model.definitions).length,
    operations:
      resources.reduce((n, r) => n + r.operations.length + r.subresources.reduce((m, s) => m + s.operations.length, 0), 0) +
      model.endpoints.reduce((n, e) => n + e.operations.length, 0),
  };
}
