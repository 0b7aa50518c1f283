import { parseValidationRules } from '@/lib/model/constraints';

/**
 * A field's CEL validation rules (`x-kubernetes-validations`), each with
 * what the API server says when it fails: message or messageExpression,
 * reason, fieldPath. Falls back to the published JSON when it is not a list
 * of rules. No hooks: renders on the server and inside the client field tree.
 */
export function ValidationRules({ value }: { value: string }) {
  const rules = parseValidationRules(value);
  if (!rules) return <code>{value}</code>;
  return (
    <ul className="validation-rules">
      {rules.map((rule, i) =>
        typeof rule === 'string' ? (
          <li key={i}>
            <code>{rule}</code>
          </li>
        ) : (
          <li key={i}>
            <code className="cel-rule">{rule.rule}</code>
            {rule.message ? <span className="cel-message"> — {rule.message}</span> : null}
            {rule.messageExpression ? (
              <span className="cel-message">
                {' '}
                — message: <code>{rule.messageExpression}</code>
              </span>
            ) : null}
            {rule.reason ? <span className="muted small"> ({rule.reason})</span> : null}
            {rule.fieldPath ? (
              <span className="muted small">
                {' '}
                on <code>{rule.fieldPath}</code>
              </span>
            ) : null}
          </li>
        ),
      )}
    </ul>
  );
}
