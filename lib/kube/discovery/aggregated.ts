import { JsonReader } from '../json-reader';
import type { DiscoveredGroup, DiscoveredResource, DiscoveredSubresource, DiscoveredVersion, Discovery, GroupVersionKind, Scope } from './types';

/**
 * Parses an aggregated discovery document (`APIGroupDiscoveryList`, the
 * answer to `/api` or `/apis` with the `apidiscovery.k8s.io` Accept type).
 * v2 and v2beta1 share this shape; `format` records which one was sent.
 */
export function parseAggregatedDiscovery(json: unknown, source: string, format: 'aggregated-v2' | 'aggregated-v2beta1'): Discovery {
  const r = new JsonReader(source);
  const doc = r.object(json, 'document');
  if (doc.kind !== 'APIGroupDiscoveryList') r.fail('kind', `must be "APIGroupDiscoveryList", found ${JSON.stringify(doc.kind)}`);
  const items = r.optionalArray(doc.items, 'items');
  return { format, groups: items.map((item, i) => parseGroup(r, item, `items[${i}]`)) };
}

function parseGroup(r: JsonReader, value: unknown, where: string): DiscoveredGroup {
  const item = r.object(value, where);
  const metadata = item.metadata === undefined ? {} : r.object(item.metadata, `${where}.metadata`);
  const name = r.optionalString(metadata.name, `${where}.metadata.name`) ?? '';
  const versions = r.optionalArray(item.versions, `${where}.versions`).map((v, i) => parseVersion(r, v, `${where}.versions[${i}]`, name));
  return { name, versions, preferredVersion: versions[0]?.version ?? '' };
}

function parseVersion(r: JsonReader, value: unknown, where: string, group: string): DiscoveredVersion {
  const v = r.object(value, where);
  const version = r.string(v.version, `${where}.version`);
  const freshness = r.optionalString(v.freshness, `${where}.freshness`) ?? 'Current';
  if (freshness !== 'Current' && freshness !== 'Stale')
    r.fail(`${where}.freshness`, `must be "Current" or "Stale", found ${JSON.stringify(freshness)}`);
  const resources = r
    .optionalArray(v.resources, `${where}.resources`)
    .map((res, i) => parseResource(r, res, `${where}.resources[${i}]`, group, version));
  return { version, freshness, resources };
}

function parseScope(r: JsonReader, value: unknown, where: string): Scope {
  if (value !== 'Namespaced' && value !== 'Cluster') r.fail(where, `must be "Namespaced" or "Cluster", found ${JSON.stringify(value)}`);
  return value;
}

/** Empty group and version in a responseKind mean "this group-version". */
function parseKind(r: JsonReader, value: unknown, where: string, group: string, version: string): GroupVersionKind | undefined {
  if (value === undefined || value === null) return undefined;
  const k = r.object(value, where);
  const kind = r.string(k.kind, `${where}.kind`);
  const kindVersion = r.optionalString(k.version, `${where}.version`) ?? '';
  const kindGroup = r.optionalString(k.group, `${where}.group`) ?? '';
  if (kindVersion === '') return { group, version, kind };
  return { group: kindGroup, version: kindVersion, kind };
}

function parseResource(r: JsonReader, value: unknown, where: string, group: string, version: string): DiscoveredResource {
  const res = r.object(value, where);
  const resource = r.string(res.resource, `${where}.resource`);
  const responseKind = parseKind(r, res.responseKind, `${where}.responseKind`, group, version);
  const subresources = r.optionalArray(res.subresources, `${where}.subresources`).map((s, i): DiscoveredSubresource => {
    const sw = `${where}.subresources[${i}]`;
    const sub = r.object(s, sw);
    const accepted = r
      .optionalArray(sub.acceptedTypes, `${sw}.acceptedTypes`)
      .map((t, j) => parseKind(r, t, `${sw}.acceptedTypes[${j}]`, group, version));
    const subKind = parseKind(r, sub.responseKind, `${sw}.responseKind`, group, version);
    return {
      subresource: r.string(sub.subresource, `${sw}.subresource`),
      ...(subKind ? { responseKind: subKind } : {}),
      verbs: r.strings(sub.verbs, `${sw}.verbs`),
      ...(accepted.length > 0 ? { acceptedTypes: accepted.filter((t): t is GroupVersionKind => t !== undefined) } : {}),
    };
  });
  return {
    resource,
    singular: r.optionalString(res.singularResource, `${where}.singularResource`) ?? '',
    ...(responseKind ? { responseKind } : {}),
    scope: parseScope(r, res.scope, `${where}.scope`),
    verbs: r.strings(res.verbs, `${where}.verbs`),
    shortNames: r.strings(res.shortNames, `${where}.shortNames`),
    categories: r.strings(res.categories, `${where}.categories`),
    subresources,
  };
}
