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
    const simple = parseSimpleYaml(text);
    if (simple !== undefined) return simple;
    // parseDocument, not parse: it reports every error and warning instead of
    // logging warnings (an unknown tag would otherwise pass as a string).
    const document = parseDocument(text, { prettyErrors: false, uniqueKeys: true });
    const problem = document.errors[0] ?? document.warnings[0];
    if (problem) {
      throw new DecodeError(this.source, `${where} is not valid YAML (${problem.message.split('\n')[0]}): ${quote(text)}`, { cause: problem });
    }
    let value: unknown;
    try {
      value = document.toJS({ maxAliasCount: 100 });
    } catch (cause) {
      // An alias bomb ("billion laughs"): the yaml library stops it with a ReferenceError.
      throw new DecodeError(this.source, `${where} is YAML that cannot be expanded (${(cause as Error).message}): ${quote(text)}`, { cause });
    }
    if (!isJsonValue(value)) throw new DecodeError(this.source, `${where} holds YAML that has no JSON equivalent: ${quote(text)}`);
    return value;
  }
}

/**
 * Plain words that are not strings in YAML 1.2's core schema (null, booleans).
 * Anything starting with a digit, sign or dot (numbers, .inf, .nan) never
 * reaches this check: a WORD starts with a letter.
 */
const NOT_STRINGS = new Set(['null', 'Null', 'NULL', 'true', 'True', 'TRUE', 'false', 'False', 'FALSE']);
const WORD = /^[A-Za-z][A-Za-z0-9_./-]*$/;
const KEY_VALUE = /^([A-Za-z][A-Za-z0-9_-]*): (?:([A-Za-z][A-Za-z0-9_./-]*)|"")$/;

function plainWord(text: string): string | undefined {
  return WORD.test(text) && !NOT_STRINGS.has(text) ? text : undefined;
}

/**
 * The shapes kube-apiserver's extensions nearly all take, read without the
 * YAML library (which builds a full syntax tree, ~0.1 ms a value, and the
 * first decode of a document meets ~600 distinct values): a plain word
 * (`atomic`), a list of plain words (`- name`), a flat map of plain words or
 * `""` (a group-version-kind). Returns undefined for anything else, which the
 * library then parses. any-value.test.ts checks this against the library.
 */
export function parseSimpleYaml(text: string): unknown {
  if (!text.endsWith('\n')) return undefined;
  const lines = text.slice(0, -1).split('\n');
  if (lines.length === 1) {
    const word = plainWord(lines[0]!);
    if (word !== undefined) return word;
  }
  if (lines.every((line) => line.startsWith('- '))) {
    const words = lines.map((line) => plainWord(line.slice(2)));
    return words.every((word) => word !== undefined) ? words : undefined;
  }
  const map: Record<string, string> = {};
  for (const line of lines) {
    const match = KEY_VALUE.exec(line);
    if (!match || NOT_STRINGS.has(match[1]!) || Object.hasOwn(map, match[1]!)) return undefined;
    const value = match[2] === undefined ? '' : plainWord(match[2]);
    if (value === undefined) return undefined;
    map[match[1]!] = value;
  }
  return map;
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
