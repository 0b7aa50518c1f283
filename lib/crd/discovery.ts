/**
 * What apiextensions-apiserver publishes in discovery for a set of CRDs:
 * the aggregated `APIGroupDiscovery` entries (apidiscovery.k8s.io/v2) and
 * the legacy `APIGroup` / `APIResourceList` documents. Only served versions
 * appear; a group's versions are in Kubernetes version priority order, the
 * first being preferred; resources within a version are sorted by name.
 * Pure: JSON in, JSON out.
 */
import { createHash } from 'node:crypto';
import { compareVersionPriority } from '../model/versions';
import type { CustomResourceDefinition, GroupVersionKind } from './types';

/** The verbs every custom resource serves, as discovery lists them (sorted, as kube-apiserver sorts them). */
export const CRD_VERBS = ['create', 'delete', 'deletecollection', 'get', 'list', 'patch', 'update', 'watch'];
export const SUBRESOURCE_VERBS = ['get', 'patch', 'update'];
const SCALE_KIND: GroupVersionKind = { group: 'autoscaling', version: 'v1', kind: 'Scale' };

/** One served group-version with the CRDs serving it. */
export interface CrdGroupVersion {
  group: string;
  version: string;
  crds: CustomResourceDefinition[];
}

/** Served group-versions of `crds`, grouped by API group in name order, versions by priority. */
export function servedGroups(crds: readonly CustomResourceDefinition[]): Array<{ group: string; versions: CrdGroupVersion[] }> {
  const byGroup = new Map<string, Map<string, CustomResourceDefinition[]>>();
  for (const crd of crds) {
    for (const version of crd.spec.versions) {
      if (!version.served) continue;
      const versions = byGroup.get(crd.spec.group) ?? new Map<string, CustomResourceDefinition[]>();
      byGroup.set(crd.spec.group, versions);
      versions.set(version.name, [...(versions.get(version.name) ?? []), crd]);
    }
  }
  return [...byGroup.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([group, versions]) => ({
      group,
      versions: [...versions.entries()]
        .sort(([a], [b]) => compareVersionPriority(a, b))
        .map(([version, list]) => ({ group, version, crds: [...list].sort((x, y) => x.spec.names.plural.localeCompare(y.spec.names.plural)) })),
    }));
}

/** `storageVersionHash` as kube-apiserver computes it: base64 of the first 8 bytes of sha256("group/version/kind"). */
export function storageVersionHash(crd: CustomResourceDefinition): string {
  const storage = crd.spec.versions.find((v) => v.storage)?.name ?? crd.spec.versions[0]?.name ?? '';
  const gv = crd.spec.group ? `${crd.spec.group}/${storage}` : storage;
  return createHash('sha256').update(`${gv}/${crd.spec.names.kind}`).digest().subarray(0, 8).toString('base64');
}

function subresourcesOf(crd: CustomResourceDefinition, version: string): Array<{ name: 'status' | 'scale'; kind: GroupVersionKind }> {
  const sub = crd.spec.versions.find((v) => v.name === version)?.subresources;
  const kind = { group: crd.spec.group, version, kind: crd.spec.names.kind };
  return [...(sub?.status ? [{ name: 'status' as const, kind }] : []), ...(sub?.scale ? [{ name: 'scale' as const, kind: SCALE_KIND }] : [])];
}

/** An aggregated discovery `APIGroupDiscovery` per CRD group (apidiscovery.k8s.io/v2 wire shape). */
export function aggregatedGroupsForCrds(crds: readonly CustomResourceDefinition[], stale: ReadonlySet<string> = new Set()): unknown[] {
  return servedGroups(crds).map(({ group, versions }) => ({
    metadata: { name: group },
    versions: versions.map(({ version, crds: list }) => ({
      version,
      freshness: stale.has(`${group}/${version}`) ? 'Stale' : 'Current',
      resources: list.map((crd) => ({
        resource: crd.spec.names.plural,
        responseKind: { group, version, kind: crd.spec.names.kind },
        scope: crd.spec.scope,
        singularResource: crd.spec.names.singular,
        verbs: CRD_VERBS,
        ...(crd.spec.names.shortNames?.length ? { shortNames: crd.spec.names.shortNames } : {}),
        ...(crd.spec.names.categories?.length ? { categories: crd.spec.names.categories } : {}),
        ...(() => {
          const subs = subresourcesOf(crd, version);
          return subs.length ? { subresources: subs.map((s) => ({ subresource: s.name, responseKind: s.kind, verbs: SUBRESOURCE_VERBS })) } : {};
        })(),
      })),
    })),
  }));
}

/** The legacy `APIGroup` entry (as listed in `/apis` and served at `/apis/GROUP`) per CRD group. */
export function legacyGroupsForCrds(
  crds: readonly CustomResourceDefinition[],
): Array<{ name: string; versions: Array<{ groupVersion: string; version: string }>; preferredVersion: { groupVersion: string; version: string } }> {
  return servedGroups(crds).map(({ group, versions }) => {
    const list = versions.map((v) => ({ groupVersion: `${group}/${v.version}`, version: v.version }));
    return { name: group, preferredVersion: list[0]!, versions: list };
  });
}

/** The legacy `APIResourceList` served at `/apis/GROUP/VERSION`. */
export function resourceListForCrds({ group, version, crds }: CrdGroupVersion): unknown {
  const resources: unknown[] = [];
  for (const crd of crds) {
    const namespaced = crd.spec.scope === 'Namespaced';
    resources.push({
      ...(crd.spec.names.categories?.length ? { categories: crd.spec.names.categories } : {}),
      kind: crd.spec.names.kind,
      name: crd.spec.names.plural,
      namespaced,
      ...(crd.spec.names.shortNames?.length ? { shortNames: crd.spec.names.shortNames } : {}),
      singularName: crd.spec.names.singular,
      storageVersionHash: storageVersionHash(crd),
      verbs: CRD_VERBS,
    });
    for (const sub of subresourcesOf(crd, version)) {
      resources.push({
        ...(sub.name === 'scale' ? { group: SCALE_KIND.group } : {}),
        kind: sub.kind.kind,
        name: `${crd.spec.names.plural}/${sub.name}`,
        namespaced,
        singularName: '',
        verbs: SUBRESOURCE_VERBS,
        ...(sub.name === 'scale' ? { version: SCALE_KIND.version } : {}),
      });
    }
  }
  return { apiVersion: 'v1', groupVersion: `${group}/${version}`, kind: 'APIResourceList', resources };
}
