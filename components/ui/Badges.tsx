import type { Scope, Stability } from '@/lib/model/types';
import { STABILITY_MEANING } from '@/lib/model/versions';

export function StabilityBadge({ stability }: { stability: Stability }) {
  return (
    <span className={`badge badge-${stability}`} title={STABILITY_MEANING[stability]}>
      {stability}
    </span>
  );
}

export function ScopeBadge({ scope }: { scope: Scope }) {
  return (
    <span className={`badge badge-scope`} title={scope === 'Namespaced' ? 'Objects live in a namespace' : 'Objects are cluster-wide'}>
      {scope === 'Namespaced' ? 'namespaced' : 'cluster'}
    </span>
  );
}

export function MethodBadge({ method }: { method: string }) {
  return <span className={`method method-${method}`}>{method.toUpperCase()}</span>;
}

export function VerbList({ verbs }: { verbs: readonly string[] }) {
  return (
    <span className="verbs">
      {verbs.map((verb) => (
        <span key={verb} className="verb">
          {verb}
        </span>
      ))}
    </span>
  );
}
