import { AppLink } from '@/components/ui/AppLink';
import { StabilityBadge } from '@/components/ui/Badges';
import type { ApiGroup } from '@/lib/model/types';
import { countOf } from '@/lib/plural';

/** Every group with its versions (server order: preferred first) and stability badges. */
export function GroupList({ groups }: { groups: readonly ApiGroup[] }) {
  return (
    <ul className="group-list">
      {groups.map((group) => (
        <li key={group.name} className="group-row" data-group={group.displayName}>
          <AppLink className="group-name" href={group.path}>
            {group.displayName}
          </AppLink>
          <span className="version-chips">
            {group.versions.map((gv) => (
              <span key={gv.version} className="version-chip">
                <AppLink href={gv.path}>{gv.version}</AppLink>
                <StabilityBadge stability={gv.stability} group={gv.group} />
                {gv.preferred && group.versions.length > 1 ? <span className="badge badge-preferred">preferred</span> : null}
                {gv.freshness === 'Stale' ? <span className="tag tag-warning">stale</span> : null}
                {gv.error ? <span className="tag tag-deprecated">unavailable</span> : null}
              </span>
            ))}
          </span>
          <span className="muted small">
            {countOf(
              group.versions.reduce((n, gv) => n + gv.resources.length, 0),
              'resource',
            )}
          </span>
        </li>
      ))}
    </ul>
  );
}
