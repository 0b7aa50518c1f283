import { DecodeError } from '../errors';

/**
 * Small typed accessors for untrusted JSON. Each failure is a DecodeError
 * naming the document (`source`) and the JSON path of the bad value, e.g.
 * `items[3].versions[0].resources[2].verbs must be an array of strings`.
 */
export class JsonReader {
  constructor(readonly source: string) {}

  fail(where: string, message: string): never {
    throw new DecodeError(this.source, `${where} ${message}`);
  }

  object(value: unknown, where: string): Record<string, unknown> {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) this.fail(where, `must be an object, found ${kindOf(value)}`);
    return value as Record<string, unknown>;
  }

  array(value: unknown, where: string): unknown[] {
    if (!Array.isArray(value)) this.fail(where, `must be an array, found ${kindOf(value)}`);
    return value;
  }

  /** An optional array: missing or null gives []. */
  optionalArray(value: unknown, where: string): unknown[] {
    return value === undefined || value === null ? [] : this.array(value, where);
  }

  string(value: unknown, where: string): string {
    if (typeof value !== 'string') this.fail(where, `must be a string, found ${kindOf(value)}`);
    return value;
  }

  optionalString(value: unknown, where: string): string | undefined {
    return value === undefined || value === null ? undefined : this.string(value, where);
  }

  boolean(value: unknown, where: string): boolean {
    if (typeof value !== 'boolean') this.fail(where, `must be true or false, found ${kindOf(value)}`);
    return value;
  }

  strings(value: unknown, where: string): string[] {
    return this.optionalArray(value, where).map((item, index) => this.string(item, `${where}[${index}]`));
  }
}

function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? 'an object' : `${typeof value} ${truncate(JSON.stringify(value))}`;
}

function truncate(text: string | undefined): string {
  if (text === undefined) return '';
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}

/** JSON.parse with a DecodeError naming the source and the parser's complaint. */
export function parseJson(text: string, source: string): unknown {
  try {
    return JSON.parse(text);
  } catch (cause) {
    throw new DecodeError(source, `not valid JSON: ${(cause as Error).message}`, { cause });
  }
}
