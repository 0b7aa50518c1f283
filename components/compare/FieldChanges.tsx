import type { FieldChange } from '@/lib/model/diff';

const LABEL = { added: 'added', removed: 'removed', changed: 'changed' } as const;

/**
 * A resource's field changes: additions, removals and type/required/enum
 * changes listed; changes of description wording only are counted and folded.
 */
export function FieldChanges({ changes }: { changes: readonly FieldChange[] }) {
  const significant = changes.filter((c) => c.change !== 'changed' || c.details.some((d) => d !== 'description'));
  const wording = changes.filter((c) => !significant.includes(c));
  return (
    <>
      {significant.length > 0 ? (
        <ul className="field-changes">
          {significant.map((c) => (
            <li key={c.path} className={`field-change field-change-${c.change}`}>
              <span className={`tag tag-${c.change}`}>{LABEL[c.change]}</span> <code>{c.path}</code>{' '}
              <span className="muted small">
                {c.change === 'added' ? c.after?.type : c.change === 'removed' ? c.before?.type : c.details.filter((d) => d !== 'description').join('; ')}
                {c.change === 'added' && c.after?.required ? ', required' : ''}
              </span>
            </li>
          ))}
        </ul>
      ) : null}
      {wording.length > 0 ? (
        <details className="wording-changes">
          <summary className="muted small">{wording.length} fields with reworded descriptions</summary>
          <ul className="field-changes">
            {wording.map((c) => (
              <li key={c.path}>
                <code>{c.path}</code>
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </>
  );
}
