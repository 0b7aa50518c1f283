/**
 * The field paths `kubectl explain RESOURCE --recursive` prints, derived from
 * the OpenAPI v2 or v3 schema the way kubectl's recursive fields printer walks it
 * (k8s.io/kubectl/pkg/explain/recursive_fields_printer.go): every property of
 * an object, then into its type through `$ref`, array items and map values at
 * any nesting, stopping only at a reference already being printed (a cycle).
 * Written independently of lib/model/schema.ts so that it can check it.
 */
type Json = Record<string, unknown>;

function isJson(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** `$ref` prefixes: OpenAPI v2 definitions, OpenAPI v3 components (both name a definition of the model). */
const PREFIXES = ['#/definitions/', '#/components/schemas/'];

/** The definition a schema refers to: `$ref`, or an `allOf` of one `$ref` (how CRD and newer schemas wrap them). */
function referenceOf(schema: Json): string | undefined {
  const ref = schema.$ref;
  const prefix = typeof ref === 'string' ? PREFIXES.find((p) => ref.startsWith(p)) : undefined;
  if (typeof ref === 'string' && prefix) return decodeURIComponent(ref.slice(prefix.length));
  if (Array.isArray(schema.allOf) && schema.allOf.length === 1 && isJson(schema.allOf[0])) return referenceOf(schema.allOf[0]);
  return undefined;
}

/** Upper bound on paths per resource, so a pathological schema cannot hang a test. */
const MAX_PATHS = 500_000;

/** Every path kubectl explain --recursive prints for the definition `root`, in its order. */
export function kubectlRecursivePaths(definitions: Record<string, unknown>, root: string): string[] {
  const paths: string[] = [];
  const visiting = new Set<string>();
  const visit = (schema: unknown, prefix: string): void => {
    if (!isJson(schema) || paths.length >= MAX_PATHS) return;
    const reference = referenceOf(schema);
    if (reference !== undefined) {
      if (visiting.has(reference)) return;
      visiting.add(reference);
      visit(definitions[reference], prefix);
      visiting.delete(reference);
      return;
    }
    if (isJson(schema.items)) return visit(schema.items, prefix);
    if (isJson(schema.properties)) {
      for (const [name, property] of Object.entries(schema.properties)) {
        const path = prefix ? `${prefix}.${name}` : name;
        paths.push(path);
        visit(property, path);
      }
      return;
    }
    if (isJson(schema.additionalProperties)) visit(schema.additionalProperties, prefix);
  };
  visiting.add(root);
  visit(definitions[root], '');
  return paths;
}
