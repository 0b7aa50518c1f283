/**
 * Spec slices: a Swagger 2.0 document cut down to some of its paths and
 * exactly the shared objects they reach. Swagger UI on the full Kubernetes
 * document (4 MB, 700+ definitions) is slow; a group-version's slice is a
 * small fraction of it and still a complete, valid document.
 *
 * Pure (no fs, fetch or React): the server builds group-version slices from
 * the published document, and the browser narrows a slice further to one
 * resource's paths with the same code.
 */
import type { OpenAPIV2 } from 'openapi-types';
import { decodeUriText } from '../site/decode';
import { groupVersionName, parseApiPath } from '../model/paths';

/** The sections of a Swagger 2.0 document a local `$ref` can point into. */
const SECTIONS = ['definitions', 'parameters', 'responses'] as const;
type Section = (typeof SECTIONS)[number];

/** `#/definitions/a~1b` → `{ section: 'definitions', name: 'a/b' }` (JSON pointer unescaping); undefined for other refs. */
export function parseLocalRef(ref: string): { section: Section; name: string } | undefined {
  for (const section of SECTIONS) {
    const prefix = `#/${section}/`;
    if (ref.startsWith(prefix)) {
      const name = ref.slice(prefix.length);
      if (name.includes('/')) return undefined;
      return { section, name: decodeUriText(name).replace(/~1/g, '/').replace(/~0/g, '~') };
    }
  }
  return undefined;
}

/**
 * Every `$ref` string inside `value` (without following them). Iterative, so
 * deeply nested schemas cannot overflow the stack.
 */
export function refsIn(value: unknown): Set<string> {
  const refs = new Set<string>();
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const node = stack.pop();
    if (typeof node !== 'object' || node === null) continue;
    if (Array.isArray(node)) {
      for (const item of node) stack.push(item);
      continue;
    }
    for (const [key, child] of Object.entries(node)) {
      if (key === '$ref' && typeof child === 'string') refs.add(child);
      else stack.push(child);
    }
  }
  return refs;
}

type Pool = Record<string, unknown>;

/** Top-level fields a slice rebuilds from what its paths use. */
const REBUILT: ReadonlySet<string> = new Set(['paths', 'definitions', 'parameters', 'responses', 'tags']);

/** The definitions, parameters and responses `roots` reach, transitively; each is visited once, so cycles end. */
function reachable(doc: OpenAPIV2.Document, roots: unknown): Record<Section, Set<string>> {
  const reached: Record<Section, Set<string>> = { definitions: new Set(), parameters: new Set(), responses: new Set() };
  const pending: unknown[] = [roots];
  while (pending.length > 0) {
    for (const ref of refsIn(pending.pop())) {
      const target = parseLocalRef(ref);
      if (!target || reached[target.section].has(target.name)) continue;
      const pool = doc[target.section] as Pool | undefined;
      if (!pool || !Object.hasOwn(pool, target.name)) continue; // dangling in the source: nothing to copy
      reached[target.section].add(target.name);
      pending.push(pool[target.name]);
    }
  }
  return reached;
}

/** `pool` restricted to `names`, in the source document's order (stable output). */
function pick(pool: Pool | undefined, names: Set<string>): Pool | undefined {
  if (!pool || names.size === 0) return undefined;
  const out: Pool = {};
  for (const [name, value] of Object.entries(pool)) if (names.has(name)) out[name] = value;
  return out;
}

/** Tags actually used by the operations of `paths`. */
function usedTags(paths: OpenAPIV2.PathsObject): Set<string> {
  const tags = new Set<string>();
  for (const item of Object.values(paths)) {
    for (const operation of Object.values(item ?? {})) {
      const list = (operation as { tags?: unknown } | undefined)?.tags;
      if (Array.isArray(list)) for (const tag of list) if (typeof tag === 'string') tags.add(tag);
    }
  }
  return tags;
}

/**
 * `doc` with only the paths `keepPath` accepts, and only the definitions,
 * shared parameters and shared responses those paths reach (transitively,
 * cycle-safe). Everything else at the top level (security, consumes, host,
 * vendor extensions) is kept as is; `info` may be overridden. Objects are
 * shared with `doc`, not copied: treat the result as read-only.
 */
export function sliceDocument(
  doc: OpenAPIV2.Document,
  keepPath: (path: string) => boolean,
  info?: Partial<OpenAPIV2.InfoObject>,
): OpenAPIV2.Document {
  const paths: OpenAPIV2.PathsObject = {};
  for (const [path, item] of Object.entries(doc.paths ?? {})) if (keepPath(path)) paths[path] = item;
  const reached = reachable(doc, paths);
  // swagger and info first (as documents are usually written), then the other top-level fields as they were.
  const out: OpenAPIV2.Document = { swagger: doc.swagger, info: { ...doc.info, ...info }, paths };
  for (const [key, value] of Object.entries(doc)) {
    if (!(key in out) && !REBUILT.has(key)) (out as unknown as Record<string, unknown>)[key] = value;
  }
  const tags = doc.tags;
  const definitions = pick(doc.definitions as Pool | undefined, reached.definitions);
  const parameters = pick(doc.parameters as Pool | undefined, reached.parameters);
  const responses = pick(doc.responses as Pool | undefined, reached.responses);
  if (definitions) out.definitions = definitions as OpenAPIV2.DefinitionsObject;
  if (parameters) out.parameters = parameters as OpenAPIV2.ParametersDefinitionsObject;
  if (responses) out.responses = responses as OpenAPIV2.ResponsesDefinitionsObject;
  if (tags) {
    const used = usedTags(paths);
    const kept = tags.filter((t) => used.has(t.name));
    if (kept.length > 0) out.tags = kept;
  }
  return out;
}

/** The group-version a path belongs to: its resources (and watch paths) and its discovery document `/apis/G/V/`. */
export function groupVersionOfPath(path: string): { group: string; version: string } | undefined {
  const parsed = parseApiPath(path);
  if (parsed.type === 'resource') return { group: parsed.value.group, version: parsed.value.version };
  if (parsed.type === 'discovery' && parsed.version) return { group: parsed.group ?? '', version: parsed.version };
  return undefined;
}

/** The slice of one group-version (`''` for core): its paths and what they reach. */
export function groupVersionSlice(doc: OpenAPIV2.Document, group: string, version: string): OpenAPIV2.Document {
  return sliceDocument(
    doc,
    (path) => {
      const gv = groupVersionOfPath(path);
      return gv !== undefined && gv.group === group && gv.version === version;
    },
    { title: `${doc.info?.title ?? 'API'} ${groupVersionName(group, version)}` },
  );
}

/** True for paths of one resource (its collection, objects, subresources and watch paths). */
export function isResourcePath(path: string, resource: { group: string; version: string; name: string }): boolean {
  const parsed = parseApiPath(path);
  return (
    parsed.type === 'resource' &&
    parsed.value.group === resource.group &&
    parsed.value.version === resource.version &&
    parsed.value.resource === resource.name
  );
}
