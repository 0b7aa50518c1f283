import { parseAllDocuments } from 'yaml';
import { AtlasError, DecodeError } from '../errors';
import type { CrdConversion, CrdVersion, CustomResourceDefinition } from './types';

function fail(source: string, message: string): never {
  throw new DecodeError(source, `not a valid CustomResourceDefinition: ${message}`);
}

function str(source: string, where: string, value: unknown): string {
  if (typeof value !== 'string' || value === '') fail(source, `${where} must be a non-empty string`);
  return value;
}

function strings(source: string, where: string, value: unknown): string[] | undefined {
  if (value === undefined || value === null) return undefined;
  if (!Array.isArray(value) || value.some((v) => typeof v !== 'string')) fail(source, `${where} must be a list of strings`);
  return value as string[];
}

/**
 * Throws when `value` contains itself. YAML anchors and aliases can make a
 * document refer to itself (`&s {properties: {spec: *s}}`), which the yaml
 * library turns into a cyclic object; a CRD is a tree, and walking a cycle
 * never ends. Iterative, so 10,000 levels of nesting do not overflow.
 */
function assertAcyclic(value: unknown, source: string): void {
  const onPath = new Set<object>();
  const stack: Array<{ node: object; leave: boolean; where: string }> = [];
  if (typeof value === 'object' && value !== null) stack.push({ node: value, leave: false, where: '' });
  while (stack.length > 0) {
    const { node, leave, where } = stack.pop()!;
    if (leave) {
      onPath.delete(node);
      continue;
    }
    if (onPath.has(node)) fail(source, `${where || 'the document'} contains itself (a YAML alias refers to an anchor around it)`);
    onPath.add(node);
    stack.push({ node, leave: true, where });
    for (const [key, child] of Object.entries(node)) {
      if (typeof child === 'object' && child !== null) stack.push({ node: child, leave: false, where: where ? `${where}.${key}` : key });
    }
  }
}

function isConversion(value: unknown): value is CrdConversion {
  const strategy = (value as { strategy?: unknown } | null | undefined)?.strategy;
  return strategy === 'None' || strategy === 'Webhook';
}

/**
 * Checks a parsed object is an `apiextensions.k8s.io/v1` CRD with what
 * publishing needs (group, names, scope, versions) and returns it typed.
 * Errors name the source and the field.
 */
export function validateCrd(value: unknown, source: string): CustomResourceDefinition {
  if (typeof value !== 'object' || value === null) fail(source, 'not an object');
  assertAcyclic(value, source);
  const raw = value as Record<string, unknown>;
  if (raw.apiVersion !== 'apiextensions.k8s.io/v1' || raw.kind !== 'CustomResourceDefinition') {
    fail(source, `expected apiextensions.k8s.io/v1 CustomResourceDefinition, found ${String(raw.apiVersion)} ${String(raw.kind)}`);
  }
  const metadata = (raw.metadata ?? {}) as Record<string, unknown>;
  const spec = (raw.spec ?? fail(source, 'spec is missing')) as Record<string, unknown>;
  const names = (spec.names ?? fail(source, 'spec.names is missing')) as Record<string, unknown>;
  if (spec.scope !== 'Namespaced' && spec.scope !== 'Cluster') fail(source, 'spec.scope must be Namespaced or Cluster');
  if (!Array.isArray(spec.versions) || spec.versions.length === 0) fail(source, 'spec.versions must be a non-empty list');
  const versions = spec.versions.map((v: unknown, i): CrdVersion => {
    const version = (v ?? {}) as Record<string, unknown>;
    return {
      ...(version as object),
      name: str(source, `spec.versions[${i}].name`, version.name),
      served: version.served === true,
      storage: version.storage === true,
    } as CrdVersion;
  });
  const shortNames = strings(source, 'spec.names.shortNames', names.shortNames);
  const categories = strings(source, 'spec.names.categories', names.categories);
  const kind = str(source, 'spec.names.kind', names.kind);
  return {
    apiVersion: 'apiextensions.k8s.io/v1',
    kind: 'CustomResourceDefinition',
    metadata: { name: str(source, 'metadata.name', metadata.name) },
    spec: {
      group: str(source, 'spec.group', spec.group),
      names: {
        plural: str(source, 'spec.names.plural', names.plural),
        singular: typeof names.singular === 'string' && names.singular ? names.singular : kind.toLowerCase(),
        kind,
        listKind: typeof names.listKind === 'string' && names.listKind ? names.listKind : `${kind}List`,
        ...(shortNames ? { shortNames } : {}),
        ...(categories ? { categories } : {}),
      },
      scope: spec.scope,
      versions,
      ...(spec.preserveUnknownFields === true ? { preserveUnknownFields: true } : {}),
      ...(isConversion(spec.conversion) ? { conversion: spec.conversion } : {}),
    },
  };
}

/** Parses YAML text holding one or more CRDs (`---` separated); empty documents are skipped. */
export function parseCrdYaml(text: string, source: string): CustomResourceDefinition[] {
  const crds: CustomResourceDefinition[] = [];
  for (const [index, document] of parseAllDocuments(text).entries()) {
    if (document.errors.length > 0) throw new AtlasError(source, `YAML document ${index + 1} does not parse: ${document.errors[0]?.message}`);
    let value: unknown;
    try {
      value = document.toJS({ maxAliasCount: 1000 });
    } catch (cause) {
      // The yaml library refuses alias bombs ("billion laughs") with a ReferenceError.
      throw new AtlasError(source, `YAML document ${index + 1} cannot be read: ${(cause as Error).message}`, { cause });
    }
    if (value === null || value === undefined) continue;
    crds.push(validateCrd(value, index === 0 ? source : `${source} (document ${index + 1})`));
  }
  return crds;
}
