/**
 * CEL validation rules (`x-kubernetes-validations`) as the field tree gets
 * them (a hint whose value is the JSON of the published list), read back
 * into rules with their message, messageExpression, reason and fieldPath.
 * Pure; entries that are not rules are kept as text, never dropped.
 */
export interface ValidationRule {
  /** The CEL expression: `self.minReplicas <= self.replicas`. */
  rule: string;
  message?: string;
  messageExpression?: string;
  /** `FieldValueInvalid`, `FieldValueForbidden`, ...: the HTTP error reason the server returns. */
  reason?: string;
  /** The field the error is reported on, relative to this one: `.spec.replicas`. */
  fieldPath?: string;
}

const OPTIONAL_KEYS = ['message', 'messageExpression', 'reason', 'fieldPath'] as const;

/** The rules of an `x-kubernetes-validations` hint value; undefined when it is not a JSON list. */
export function parseValidationRules(hintValue: string): Array<ValidationRule | string> | undefined {
  let value: unknown;
  try {
    value = JSON.parse(hintValue);
  } catch {
    return undefined;
  }
  if (!Array.isArray(value)) return undefined;
  return value.map((entry: unknown) => {
    if (typeof entry !== 'object' || entry === null || typeof (entry as { rule?: unknown }).rule !== 'string') {
      return JSON.stringify(entry) ?? String(entry);
    }
    const source = entry as Record<string, unknown>;
    const rule: ValidationRule = { rule: source.rule as string };
    for (const key of OPTIONAL_KEYS) {
      const text = source[key];
      if (typeof text === 'string' && text !== '') rule[key] = text;
    }
    return rule;
  });
}
