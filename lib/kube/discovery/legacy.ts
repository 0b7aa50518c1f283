import { JsonReader } from '../json-reader';
import type { DiscoveredResource, DiscoveredSubresource, DiscoveredVersion, GroupVersionKind } from './types';

/** `/api` → `APIVersions`: the core group's versions, preferred first. */
export function parseApiVersions(json: unknown, source: string): string[] {
  const r = new JsonReader(source);
  const doc = r.object(json, 'document');
  if (doc.kind !== 'APIVersions') r.fail('kind', `must be "APIVersions", found ${JSON.stringify(doc.kind)}`);
  return r.strings(doc.versions, 'versions');
}

export interface LegacyGroup {
  name: string;
  versions: string[];
  preferredVersion: string;
}

/** `/apis` → `APIGroupList`; also accepts one `APIGroup` (`/apis/G`). */
export function parseApiGroupList(json: unknown, source: string): LegacyGroup[] {
  const r = new JsonReader(source);
  const doc = r.object(json, 'document');
  if (doc.kind === 'APIGroup') return [parseGroup(r, doc, 'document')];
  if (doc.kind !== 'APIGroupList') r.fail('kind', `must be "APIGroupList", found ${JSON.stringify(doc.kind)}`);
  return r.optionalArray(doc.groups, 'groups').map((g, i) => parseGroup(r, g, `groups[${i}]`));
}

function parseGroup(r: JsonReader, value: unknown, where: string): LegacyGroup {
  const g = r.object(value, where);
  const name = r.string(g.name, `${where}.name`);
  const versions = r
    .optionalArray(g.versions, `${where}.versions`)
    .map((v, i) => r.string(r.object(v, `${where}.versions[${i}]`).version, `${where}.versions[${i}].version`));
  const preferred = g.preferredVersion === undefined ? undefined : r.object(g.preferredVersion, `${where}.preferredVersion`);
  const preferredVersion = (preferred && r.optionalString(preferred.version, `${where}.preferredVersion.version`)) || versions[0] || '';
  return { name, versions, preferredVersion };
}

interface RawLegacyResource {
  name: string;
  singularName: string;
  namespaced: boolean;
  kind: string;
  group?: string;
  version?: string;
  verbs: string[];
  shortNames: string[];
  categories: string[];
}

/**
 * `/api/v1` or `/apis/G/V` → `APIResourceList`. Subresources arrive as their
 * own entries (`pods/status`) and are folded into their parent resource.
 */
export function parseApiResourceList(json: unknown, source: string, group: string, version: string): DiscoveredVersion {
  const r = new JsonReader(source);
  const doc = r.object(json, 'document');
  if (doc.kind !== 'APIResourceList') r.fail('kind', `must be "APIResourceList", found ${JSON.stringify(doc.kind)}`);
  const raw = r.optionalArray(doc.resources, 'resources').map((value, i): RawLegacyResource => {
    const where = `resources[${i}]`;
    const res = r.object(value, where);
    return {
      name: r.string(res.name, `${where}.name`),
      singularName: r.optionalString(res.singularName, `${where}.singularName`) ?? '',
      namespaced: r.boolean(res.namespaced, `${where}.namespaced`),
      kind: r.string(res.kind, `${where}.kind`),
      group: r.optionalString(res.group, `${where}.group`),
      version: r.optionalString(res.version, `${where}.version`),
      verbs: r.strings(res.verbs, `${where}.verbs`),
      shortNames: r.strings(res.shortNames, `${where}.shortNames`),
      categories: r.strings(res.categories, `${where}.categories`),
    };
  });

  const kindOf = (res: RawLegacyResource): GroupVersionKind =>
    res.version ? { group: res.group ?? '', version: res.version, kind: res.kind } : { group, version, kind: res.kind };

  const resources: DiscoveredResource[] = [];
  const byName = new Map<string, DiscoveredResource>();
  for (const res of raw.filter((x) => !x.name.includes('/'))) {
    const resource: DiscoveredResource = {
      resource: res.name,
      singular: res.singularName,
      responseKind: kindOf(res),
      scope: res.namespaced ? 'Namespaced' : 'Cluster',
      verbs: res.verbs,
      shortNames: res.shortNames,
      categories: res.categories,
      subresources: [],
    };
    resources.push(resource);
    byName.set(res.name, resource);
  }
  for (const res of raw.filter((x) => x.name.includes('/'))) {
    const [parentName = '', ...rest] = res.name.split('/');
    const sub: DiscoveredSubresource = { subresource: rest.join('/'), responseKind: kindOf(res), verbs: res.verbs };
    const parent = byName.get(parentName);
    if (parent) {
      parent.subresources.push(sub);
    } else {
      r.fail(`resources (${res.name})`, `is a subresource of "${parentName}", which the list does not contain`);
    }
  }
  return { version, freshness: 'Current', resources };
}
