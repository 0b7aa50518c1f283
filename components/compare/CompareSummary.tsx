import type { ModelDiff } from '@/lib/model/diff';

/** The counts at the top of a comparison. */
export function CompareSummary({ diff }: { diff: ModelDiff }) {
  const fieldChanges = diff.resourcesChanged.reduce((n, r) => n + r.significantFields, 0);
  const stats: Array<[string, number, string]> = [
    ['group-versions added', diff.groupVersionsAdded.length, 'section-gv-added'],
    ['group-versions removed', diff.groupVersionsRemoved.length, 'section-gv-removed'],
    ['resources added', diff.resourcesAdded.length, 'section-resources-added'],
    ['resources removed', diff.resourcesRemoved.length, 'section-resources-removed'],
    ['resources changed', diff.resourcesChanged.length, 'section-resources-changed'],
    ['field changes (besides wording)', fieldChanges, 'section-resources-changed'],
    ['resources unchanged', diff.resourcesUnchanged, 'section-resources-changed'],
  ];
  return (
    <div className="cards" aria-label="Comparison counts">
      {stats.map(([label, value, anchor]) => (
        <a className="card" key={label} href={`#${anchor}`}>
          <div className="stat" data-stat={label}>
            {value}
          </div>
          <div className="muted">{label}</div>
        </a>
      ))}
    </div>
  );
}
