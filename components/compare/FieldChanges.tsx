import type { FieldChange } from '@/lib/model/diff';

const LABEL = { added: 'added', removed: 'removed', changed: 'changed' } as const;

/**
 * A resource's field changes: additions, removals and type/required/enum
 * changes listed; changes of description wording only are counted and folded.
 * `maxDepth` keeps an overview short (the per-resource page lists them all);
 * `more` links to the full list when some are left out.
 */
export function FieldChanges({ changes, maxDepth, more }: { changes: readonly FieldChange[]; maxDepth?: number; more?: string }) {
  const allSignificant = changes.filter((c) => c.change !== 'changed' || c.details.some((d) => d !== 'description'));
  const significant = maxDepth === undefined ? allSignificant : allSignificant.filter((c) => c.path.split('.').length <= maxDepth);
  const hidden = allSignificant.length - significant.length;
  const wording = maxDepth === undefined ? changes.filter((c) => !allSignificant.includes(c)) : [];
  return (
    <>
      {significant.length > 0 ? (
        <ul className="field-changes">
          {significant.map((c) => (
            <li key={c.path} className={`field-change field-change-${c.change}`}>
              <span className={`tag tag-${c.change}`}>{LABEL[c.change]}</span> <code>{c.path}</code>{' '}
              <span className="muted small">
                {c.change === 'added'
                  ? c.after?.type
                  : c.change === 'removed'
                    ? c.before?.type
                    : c.details.filter((d) => d !== 'description').join('; ')}
                {c.change === 'added' && c.after?.required ? ', required' : ''}
              </span>
            </li>
          ))}
        </ul>
      ) : null}
      {hidden > 0 && more ? (
        <p className="small">
          <a href={more}>and {hidden} deeper field changes</a>
        </p>
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
