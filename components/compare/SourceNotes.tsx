import type { ApiModel } from '@/lib/model/types';

/** Says where a side's facts came from when it has no discovery (verbs and scopes from OpenAPI, short names unknown). */
export function SourceNotes({ sides }: { sides: ReadonlyArray<{ name: string; model: ApiModel }> }) {
  const derived = sides.filter((s) => s.model.discoveryFormat === 'openapi');
  if (derived.length === 0) return null;
  return (
    <div className="callout callout-info">
      {derived.map((s) => (
        <p key={s.name}>
          <strong>{s.name}</strong> has no discovery documents: its groups, verbs and scopes come from its OpenAPI document (
          <code>x-kubernetes-group-version-kind</code>, <code>x-kubernetes-action</code>), and its short names and categories are unknown.
        </p>
      ))}
    </div>
  );
}
