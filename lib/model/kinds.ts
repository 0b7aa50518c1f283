import { allGroupVersions } from './lookup';
import { compareVersionPriority } from './versions';
import type { ApiGroupVersion, ApiModel, ApiResource } from './types';

export interface KindServing {
  gv: ApiGroupVersion;
  resource: ApiResource;
}

/**
 * Every kind the source serves, each with the group-versions serving it:
 * core first, then groups in discovery order, each group's versions by
 * priority (preferred first). `Event` is served by `v1` and `events.k8s.io/v1`.
 */
export function kindsOf(model: Pick<ApiModel, 'groups'>): Map<string, KindServing[]> {
  const kinds = new Map<string, KindServing[]>();
  for (const gv of allGroupVersions(model as ApiModel)) {
    for (const resource of gv.resources) {
      if (!resource.kind) continue;
      kinds.set(resource.kind, [...(kinds.get(resource.kind) ?? []), { gv, resource }]);
    }
  }
  const groupOrder = new Map(model.groups.map((g, i) => [g.name, i]));
  for (const servings of kinds.values()) {
    servings.sort(
      (a, b) =>
        (groupOrder.get(a.gv.group) ?? 0) - (groupOrder.get(b.gv.group) ?? 0) ||
        Number(b.gv.preferred) - Number(a.gv.preferred) ||
        compareVersionPriority(a.gv.version, b.gv.version),
    );
  }
  return new Map([...kinds.entries()].sort(([a], [b]) => a.localeCompare(b)));
}
