import type { SourceProblem } from '@/lib/model/types';

/** Warnings and errors about the source, shown where they apply. */
export function Problems({ problems, title }: { problems: readonly SourceProblem[]; title?: string }) {
  if (problems.length === 0) return null;
  const severity = problems.some((p) => p.severity === 'error') ? 'error' : 'warning';
  return (
    <div className={`callout callout-${severity}`} role={severity === 'error' ? 'alert' : 'status'}>
      {title ? <strong>{title}</strong> : null}
      <ul>
        {problems.map((problem, i) => (
          <li key={i}>
            <code>{problem.source}</code>: {problem.message}
          </li>
        ))}
      </ul>
    </div>
  );
}
