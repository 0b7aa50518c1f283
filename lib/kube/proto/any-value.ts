import { parseDocument } from 'yaml';
import { DecodeError } from '../../errors';

/**
 * gnostic carries every free-form JSON value (`default`, `example`, `enum`
 * entries and all `x-*` vendor extensions) as an `Any` whose `yaml` field is
 * the value written as YAML. This turns that text back into the JSON value.
 *
 * The 1.36 document holds ~3,500 such values but only ~600 distinct texts
 * (`"get\n"`, `"atomic\n"`, the same group-version-kind over and over), so
 * parses are memoized per decoder; objects and arrays are copied out of the
 * cache so that no two places in the document share a mutable value, exactly
 * as JSON.parse would give them.
 */
export class YamlValues {
  private readonly cache = new Map<string, unknown>();

  constructor(private readonly source: string) {}

  /** The JSON value of `text`; `where` names the place in the document for errors. */
  parse(text: string, where: string): unknown {
    let value = this.cache.get(text);
    if (value === undefined && !this.cache.has(text)) {
      value = this.parseUncached(text, where);
      this.cache.set(text, value);
    }
    return copyJson(value);
  }

  private parseUncached(text: string, where: string): unknown {
    // parseDocument, not parse: it reports every error and warning instead of
    // logging warnings (an unknown tag would otherwise pass as a string).
    const document = parseDocument(text, { prettyErrors: false, uniqueKeys: true });
    const problem = document.errors[0] ?? document.warnings[0];
    if (problem) {
      throw new DecodeError(this.source, `${where} is not valid YAML (${problem.message.split('\n')[0]}): ${quote(text)}`, { cause: problem });
    }
    const value: unknown = document.toJS({ maxAliasCount: 100 });
    if (!isJsonValue(value)) throw new DecodeError(this.source, `${where} holds YAML that has no JSON equivalent: ${quote(text)}`);
    return value;
  }
}

function quote(text: string): string {
  return JSON.stringify(text.length > 80 ? `${text.slice(0, 80)}…` : text);
}

/** True for values JSON can carry: YAML also knows dates, binary, NaN and Infinity. */
function isJsonValue(value: unknown): boolean {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return true;
  if (typeof value === 'number') return Number.isFinite(value);
  if (Array.isArray(value)) return value.every(isJsonValue);
  if (typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) return Object.values(value as object).every(isJsonValue);
  return false;
}

function copyJson(value: unknown): unknown {
  if (typeof value !== 'object' || value === null) return value;
  if (Array.isArray(value)) return value.map(copyJson);
  // fromEntries defines own properties, so a "__proto__" key stays a key.
  return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, copyJson(item)]));
}
