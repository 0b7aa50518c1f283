import { DecodeError } from '../../errors';
import { YamlValues } from './any-value';
import { rejectUnknownFields } from './decode';
import type { openapi } from './generated/openapiv2.js';

/** A JSON object under construction. */
export type JsonObject = Record<string, unknown>;

type Any = openapi.v2.Any.$Properties;
type NamedAny = openapi.v2.NamedAny.$Properties;

/**
 * What every mapper of the protobuf → OpenAPI conversion needs: the source
 * (for errors), the bytes (for offsets of bad fields) and the YAML cache.
 * `where` arguments are JSON-path-like locations such as
 * `definitions["io.k8s.api.core.v1.Pod"].properties.spec`, built as cheap
 * string concatenations and only read when something fails.
 */
export class ConvertContext {
  private readonly yaml: YamlValues;

  constructor(
    readonly bytes: Uint8Array,
    readonly source: string,
  ) {
    this.yaml = new YamlValues(source);
  }

  /** Rejects a message with fields the schema does not define (see rejectUnknownFields). */
  check(message: { $unknowns?: Uint8Array[] }, type: string): void {
    if (message.$unknowns) rejectUnknownFields(message, type, this.bytes, this.source);
  }

  fail(where: string, message: string): never {
    throw new DecodeError(this.source, `${where} ${message}`);
  }

  /** The JSON value of an `Any` (its YAML text). */
  value(any: Any, where: string): unknown {
    this.check(any, 'Any');
    // gnostic can also carry a typed google.protobuf.Any; kube-apiserver never
    // does, and it has no JSON form without knowing the type.
    if (any.value && !any.yaml) this.fail(where, 'holds a typed google.protobuf.Any, which has no JSON form here');
    return this.yaml.parse(any.yaml ?? '', where);
  }

  /** Copies `x-*` vendor extensions onto `target`, in order. */
  extensions(list: NamedAny[] | null | undefined, target: JsonObject, where: string): void {
    if (!list) return;
    for (const entry of list) {
      this.check(entry, 'NamedAny');
      const name = entry.name ?? '';
      setEntry(target, name, entry.value ? this.value(entry.value, `${where}.${name}`) : null);
    }
  }

  /** A `Named*` list as a JSON object, mapping each value with `map`. */
  namedMap<T extends { name?: string | null; $unknowns?: Uint8Array[] }, V>(
    list: T[] | null | undefined,
    type: string,
    where: string,
    map: (entry: T, where: string) => V,
  ): Record<string, V> {
    const result: Record<string, V> = {};
    if (!list) return result;
    for (const entry of list) {
      this.check(entry, type);
      const name = entry.name ?? '';
      setEntry(result, name, map(entry, `${where}["${name}"]`));
    }
    return result;
  }
}

/**
 * Sets `target[key]` as an own property even for `__proto__`, which plain
 * assignment would treat as the prototype (JSON.parse keeps it as a key).
 */
export function setEntry(target: object, key: string, value: unknown): void {
  if (key === '__proto__') Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
  else (target as JsonObject)[key] = value;
}

// proto3 sends no scalar equal to its zero value, so "absent" and "", 0,
// false or [] are the same on the wire: each setter leaves those out.

export function setString(target: JsonObject, key: string, value: string | null | undefined): void {
  if (value) target[key] = value;
}

export function setTrue(target: JsonObject, key: string, value: boolean | null | undefined): void {
  if (value) target[key] = true;
}

export function setNumber(target: JsonObject, key: string, value: number | null | undefined): void {
  if (value) target[key] = value;
}

/** int64 fields: protobufjs gives a Long object when the `long` package is loaded. */
export function setInt64(target: JsonObject, key: string, value: number | { toNumber(): number } | null | undefined): void {
  if (!value) return;
  const number = typeof value === 'number' ? value : value.toNumber();
  if (number) target[key] = number;
}

export function setStrings(target: JsonObject, key: string, value: string[] | null | undefined): void {
  if (value && value.length > 0) target[key] = value.slice();
}
