import { AppLink } from '@/components/ui/AppLink';
import { ScopeBadge, StabilityBadge, VerbList } from '@/components/ui/Badges';
import { comparePath } from '@/lib/site/compare-paths';
import { diffFields, type FieldChange } from '@/lib/model/diff';
import { fieldFacts } from '@/lib/model/flatten';
import { knownRemoval } from '@/lib/model/known-removals';
import { findResource } from '@/lib/model/lookup';
import { definitionPath, resourcePath } from '@/lib/site/urls';
import type { ApiModel, ApiResource } from '@/lib/model/types';
import { stabilityOf } from '@/lib/model/versions';
import { FieldChanges } from './FieldChanges';
import { TableScroll } from '@/components/ui/TableScroll';

interface Side {
  name: string;
  model: ApiModel;
  resource?: ApiResource;
  primary: boolean;
}

function SideFacts({ side }: { side: Side }) {
  const r = side.resource;
  if (!r) {
    return (
      <td colSpan={4} className="muted">
        not served
      </td>
    );
  }
  return (
    <>
      <td>
        <ScopeBadge scope={r.scope} />
      </td>
      <td>
        <VerbList verbs={[...r.verbs].sort()} />
      </td>
      <td>{r.subresources.map((s) => s.name).join(', ') || '—'}</td>
      <td>
        {r.definition ? (
          side.primary ? (
            <AppLink href={definitionPath(r.definition)}>{r.definition}</AppLink>
          ) : (
            <code>{r.definition}</code>
          )
        ) : (
          <span className="muted">no schema</span>
        )}
      </td>
    </>
  );
}

/** One resource in two sources: presence, scope, verbs, subresources and every field change. */
export function ResourceCompare({ from, to, target }: { from: Side; to: Side; target: { group: string; version: string; name: string } }) {
  const any = to.resource ?? from.resource!;
  const groupVersion = target.group ? `${target.group}/${target.version}` : target.version;
  const changes: FieldChange[] =
    from.resource?.definition && to.resource?.definition
      ? diffFields(fieldFacts(from.model.definitions, from.resource.definition), fieldFacts(to.model.definitions, to.resource.definition))
      : [];
  const replacement = !to.resource
    ? to.model.groups.flatMap((g) => g.versions.flatMap((v) => v.resources.filter((r) => r.name === target.name && r.kind === any.kind)))[0]
    : undefined;
  const removal = !to.resource ? knownRemoval(groupVersion, target.name) : undefined;
  const primarySide = [from, to].find((s) => s.primary && s.resource);
  return (
    <>
      <p>
        <StabilityBadge stability={stabilityOf(target.version)} group={target.group} /> <code>{groupVersion}</code> <code>{target.name}</code>
        {primarySide ? (
          <>
            {' '}
            · <AppLink href={resourcePath(any)}>reference page ({primarySide.name})</AppLink>
          </>
        ) : null}{' '}
        · <AppLink href={comparePath(from.name, to.name)}>whole comparison</AppLink>
      </p>
      {!to.resource ? (
        <div className="callout callout-warning">
          {to.name} does not serve {groupVersion} {target.name}
          {removal ? ` (upstream removed it in ${removal.removedIn})` : ''}.{' '}
          {replacement ? (
            <>
              Use <code>{replacement.group ? `${replacement.group}/${replacement.version}` : replacement.version}</code> instead
              {findResource(to.model, replacement.group, replacement.version, replacement.name) && to.primary ? (
                <>
                  : <AppLink href={resourcePath(replacement)}>{replacement.kind}</AppLink>
                </>
              ) : null}
              .
            </>
          ) : removal ? (
            `Replacement: ${removal.replacement}.`
          ) : (
            'No version of it is served there.'
          )}
        </div>
      ) : null}
      {!from.resource ? (
        <div className="callout callout-info">
          New in {to.name}: {from.name} does not serve it.
        </div>
      ) : null}
      <TableScroll label="Resource changes">
        <table className="table">
          <thead>
            <tr>
              <th>Source</th>
              <th>Scope</th>
              <th>Verbs</th>
              <th>Subresources</th>
              <th>Schema</th>
            </tr>
          </thead>
          <tbody>
            {[from, to].map((side) => (
              <tr key={side.name} data-side={side.name}>
                <th scope="row">{side.name}</th>
                <SideFacts side={side} />
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      {from.resource && to.resource ? (
        <>
          <h2 id="section-fields">Field changes ({changes.length})</h2>
          {changes.length === 0 ? <p className="muted">The schemas are identical.</p> : <FieldChanges changes={changes} />}
        </>
      ) : null}
    </>
  );
}
