/**
 * The search index as it travels to the browser: plain JSON built from the
 * model, small because it stores the schema as a graph and not as paths.
 *
 * Field paths repeat: Deployment, StatefulSet, DaemonSet, ReplicaSet, Job and
 * CronJob all embed the Pod spec, and every version of a kind repeats its
 * fields. Listing every path of every kind would cost ~16,500 paths for the
 * 1.36 snapshot. Instead each object schema (a definition, or an inline
 * object of a CRD) is stored once with its fields (name, type, child object)
 * and each resource names its root object; the browser walks the graph to
 * find every path that ends in a field (lib/search/paths.ts).
 */
import type { Stability } from '../model/versions';

export const SEARCH_INDEX_FORMAT = 1;

export interface IndexedGroupVersion {
  /** `""` for core. */
  group: string;
  version: string;
  /** `/api/v1`, `/apis/apps/v1`. */
  path: string;
  stability: Stability;
  preferred: boolean;
}

export interface IndexedResource {
  /** Index into `groupVersions`. */
  gv: number;
  kind: string;
  /** Plural, as in the URL. */
  name: string;
  singular: string;
  shortNames: string[];
  namespaced: boolean;
  /** Index into `objects` of the kind's schema; absent when none is published. */
  root?: number;
  /**
   * Field paths with a pre-rendered field view (`…/RESOURCE/fields/PATH`):
   * the objects the resource page does not inline. Other fields are reached
   * on the resource page or inside the nearest view above them.
   */
  views?: string[];
}

/**
 * One object schema: `[definition index or -1 for an inline object, fields]`
 * where fields is a flat list of triples `name index, type index, child object index or -1`.
 */
export type IndexedObject = [number, number[]];

export interface SearchIndexData {
  format: typeof SEARCH_INDEX_FORMAT;
  groupVersions: IndexedGroupVersion[];
  resources: IndexedResource[];
  /** Every OpenAPI definition name, sorted. */
  definitions: string[];
  /** Field names, referred to by index. */
  names: string[];
  /** Type labels (`string`, `[]Container`), referred to by index. */
  types: string[];
  objects: IndexedObject[];
  /**
   * CEL validation rules (`x-kubernetes-validations`, which CRDs carry and
   * OpenAPI v3 keeps): what an API error quotes when a request breaks one.
   * Absent when the schemas have none (the built-in kinds).
   */
  rules?: IndexedRule[];
  /** Rule texts (message, messageExpression, rule), referred to by index. */
  ruleTexts?: string[];
}

/**
 * One CEL rule: `[object index, field position in the object or -1, rule
 * text index, message text index or -1]`. Position -1 is a rule on the
 * object itself: it shows on every field whose value is that object (or on
 * the resource, for its root object).
 */
export type IndexedRule = [number, number, number, number];

/** The fields of an indexed object as records. */
export function fieldsOfObject(data: SearchIndexData, object: number): Array<{ name: string; type: string; child: number }> {
  const flat = data.objects[object]?.[1] ?? [];
  const fields: Array<{ name: string; type: string; child: number }> = [];
  for (let i = 0; i + 2 < flat.length; i += 3) {
    fields.push({ name: data.names[flat[i]!] ?? '', type: data.types[flat[i + 1]!] ?? '', child: flat[i + 2]! });
  }
  return fields;
}
