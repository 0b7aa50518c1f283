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

export interface ModelCounts {
  groups: number;
  groupVersions: number;
  resources: number;
  subresources: number;
  definitions: number;
  operations: number;
}

export function countModel(model: ApiModel): ModelCounts {
  const resources = allResources(model);
  return {
    groups: model.groups.length,
    groupVersions: allGroupVersions(model).length,
    resources: resources.length,
    subresources: resources.reduce((n, r) => n + r.subresources.length, 0),
    definitions: Object.keys(model.definitions).length,
    operations:
      resources.reduce((n, r) => n + r.operations.length + r.subresources.reduce((m, s) => m + s.operations.length, 0), 0) +
      model.endpoints.reduce((n, e) => n + e.operations.length, 0),
  };
}
