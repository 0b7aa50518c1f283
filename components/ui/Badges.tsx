import type { Scope, Stability } from '@/lib/model/types';
import { stabilityMeaning } from '@/lib/model/versions';

/** A stability badge; its tooltip states Kubernetes' policy only for Kubernetes' own groups (see stabilityMeaning). */
export function StabilityBadge({ stability, group }: { stability: Stability; group: string }) {
  return (
    <span className={`badge badge-${stability}`} title={stabilityMeaning(group, stability)}>
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
