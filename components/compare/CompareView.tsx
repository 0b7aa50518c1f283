import { AppLink } from '@/components/ui/AppLink';
import { sitePath } from '@/lib/site/base-path';
import { StabilityBadge } from '@/components/ui/Badges';
import { compareResourcePath } from '@/lib/site/compare-paths';
import type { Coverage } from '@/lib/model/coverage';
import type { ModelDiff, ResourceDiff, ResourceRef } from '@/lib/model/diff';
import { KNOWN_REMOVALS, knownRemoval } from '@/lib/model/known-removals';
import { countOf } from '@/lib/plural';
import { CompareSummary } from './CompareSummary';
import { FieldChanges } from './FieldChanges';

export interface CompareLinks {
  /** Where a resource of the `from` source is shown (primary page or the per-resource comparison). */
  from(ref: ResourceRef): string;
  to(ref: ResourceRef): string;
}

function ResourceName({ refOf, href }: { refOf: ResourceRef; href: string }) {
  return (
    <AppLink href={href}>
      <code>{refOf.groupVersion}</code> {refOf.kind || refOf.name}
    </AppLink>
  );
}

function ChangedResource({ diff, names }: { diff: ResourceDiff; names: { from: string; to: string } }) {
  const added = diff.fields.filter((f) => f.change === 'added').length;
  const removed = diff.fields.filter((f) => f.change === 'removed').length;
  const changed = diff.significantFields - added - removed;
  return (
    <details className="changed-resource" id={`changed-${diff.to.groupVersion}/${diff.to.name}`}>
      <summary>
        <code>{diff.to.groupVersion}</code> <strong>{diff.to.kind || diff.to.name}</strong>{' '}
        <span className="muted small">
          {[
            added ? `+${added} fields` : '',
            removed ? `−${removed} fields` : '',
            changed ? `${changed} changed` : '',
            diff.verbsAdded.length ? `verbs +${diff.verbsAdded.join(', +')}` : '',
            diff.verbsRemoved.length ? `verbs −${diff.verbsRemoved.join(', −')}` : '',
            diff.subresourcesAdded.length ? `subresources +${diff.subresourcesAdded.join(', +')}` : '',
            diff.subresourcesRemoved.length ? `subresources −${diff.subresourcesRemoved.join(', −')}` : '',
            diff.scopeChanged ? `scope ${diff.scopeChanged.from} → ${diff.scopeChanged.to}` : '',
          ]
            .filter(Boolean)
            .join(' · ') || 'descriptions reworded'}
        </span>
      </summary>
      <div className="changed-resource-body">
        <p className="small">
          <AppLink href={compareResourcePath(names.from, names.to, diff.to)}>
            {diff.to.kind}: {names.from} → {names.to}
          </AppLink>
        </p>
        <FieldChanges changes={diff.fields} maxDepth={2} more={sitePath(compareResourcePath(names.from, names.to, diff.to))} />
      </div>
    </details>
  );
}

/** The whole comparison of two sources, grouped, counted and folded. */
export function CompareView({
  diff,
  coverage,
  links,
  sameRelease,
}: {
  diff: ModelDiff;
  coverage: Coverage;
  links: CompareLinks;
  sameRelease: boolean;
}) {
  const names = { from: diff.from, to: diff.to };
  return (
    <>
      <CompareSummary diff={diff} />

      <h2 id="section-gv-removed">Group-versions removed ({diff.groupVersionsRemoved.length})</h2>
      {diff.groupVersionsRemoved.length === 0 ? <p className="muted">None.</p> : null}
      <ul className="compare-list">
        {coverage.missing.map((gv) => {
          // Same release: a cluster against its upstream reference, where a missing version was switched off.
          // Different releases: an upgrade, where it went away upstream.
          const removedIn = KNOWN_REMOVALS.find((r) => r.groupVersion === gv.groupVersion)?.removedIn;
          return (
            <li key={gv.groupVersion} data-removed-gv={gv.groupVersion}>
              <code>{gv.groupVersion}</code> <StabilityBadge stability={gv.stability} />{' '}
              <span className="muted small">
                {countOf(gv.resources, 'resource')}.{' '}
                {sameRelease ? (
                  <>
                    {gv.reason} Enable with <code>{gv.enableWith}</code>.
                  </>
                ) : removedIn ? (
                  `Removed upstream in ${removedIn}.`
                ) : (
                  `Not served by ${diff.to}.`
                )}
              </span>
            </li>
          );
        })}
      </ul>

      <h2 id="section-gv-added">Group-versions added ({diff.groupVersionsAdded.length})</h2>
      {sameRelease && coverage.extra.some((e) => !e.knownGroup) ? (
        <p className="muted small">Groups that {diff.from} does not have at all come from CustomResourceDefinitions or aggregated API servers.</p>
      ) : null}
      {diff.groupVersionsAdded.length === 0 ? <p className="muted">None.</p> : null}
      <ul className="compare-list">
        {diff.groupVersionsAdded.map((gv) => (
          <li key={gv.groupVersion}>
            <code>{gv.groupVersion}</code> <StabilityBadge stability={gv.stability} />{' '}
            <span className="muted small">{countOf(gv.resources, 'resource')}</span>
            {coverage.extra.some((e) => e.group === gv.group && !e.knownGroup) ? <span className="tag tag-warning">new group</span> : null}
          </li>
        ))}
      </ul>

      <h2 id="section-resources-removed">Resources removed ({diff.resourcesRemoved.length})</h2>
      {diff.resourcesRemoved.length === 0 ? <p className="muted">None.</p> : null}
      <ul className="compare-list">
        {diff.resourcesRemoved.map((r) => {
          const removal = knownRemoval(r.groupVersion, r.name);
          return (
            <li key={`${r.groupVersion}/${r.name}`} data-removed={`${r.groupVersion}/${r.name}`}>
              <ResourceName refOf={r} href={links.from(r)} />
              {r.replacement ? (
                <>
                  {' '}
                  → use <ResourceName refOf={r.replacement} href={links.to(r.replacement)} /> instead
                </>
              ) : (
                <span className="muted small"> no longer served, no replacement in {diff.to}</span>
              )}
              {removal ? <span className="muted small"> (removed upstream in {removal.removedIn})</span> : null}
            </li>
          );
        })}
      </ul>

      <h2 id="section-resources-added">Resources added ({diff.resourcesAdded.length})</h2>
      {diff.resourcesAdded.length === 0 ? <p className="muted">None.</p> : null}
      <ul className="compare-list">
        {diff.resourcesAdded.map((r) => (
          <li key={`${r.groupVersion}/${r.name}`} data-added={`${r.groupVersion}/${r.name}`}>
            <ResourceName refOf={r} href={links.to(r)} />
          </li>
        ))}
      </ul>

      <h2 id="section-resources-changed">Resources changed ({diff.resourcesChanged.length})</h2>
      <p className="muted small">
        Served by both; {diff.resourcesUnchanged} more are identical. Each lists its changed fields down to two levels (additions, removals, and
        changes of type, required-ness and enum values); its own page lists every field change, reworded descriptions included.
      </p>
      {diff.resourcesChanged.map((r) => (
        <ChangedResource key={`${r.to.groupVersion}/${r.to.name}`} diff={r} names={names} />
      ))}
    </>
  );
}
