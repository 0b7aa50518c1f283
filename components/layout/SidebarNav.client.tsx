'use client';

import { useClusterPrefix } from '@/components/clusters/ClusterPrefix.client';
import { AppLink } from '@/components/ui/AppLink';
import { groupDisplayName, groupPath, groupVersionPath } from '@/lib/model/paths';

/**
 * The sidebar's data: group names in order, and for the current group its
 * versions (for the current version, its resources as `[plural, label]`).
 * Paths and labels are derived here, so a page carries about 20 bytes per
 * group: with 168 groups (Kubernetes plus 1,000 CRDs) this list was 45 KB of
 * every page as server-rendered elements, and 7 ms of every render.
 */
export interface SidebarData {
  groups: string[];
  open?: {
    group: string;
    versions: Array<{ version: string; resources?: Array<[name: string, label: string]> }>;
  };
  current: { group?: string; version?: string; resource?: string; isPage: boolean };
}

/** Groups → versions → resources (see Sidebar.tsx). A client leaf for the size of its props, not for interaction. */
export function SidebarNav({ data }: { data: SidebarData }) {
  const { current } = data;
  const clusterPrefix = useClusterPrefix();
  return (
    <nav className="sidebar" aria-label="API groups">
      <ul>
        {data.groups.map((name) => {
          const isGroup = current.group === name;
          const open = data.open?.group === name ? data.open : undefined;
          return (
            <li key={name}>
              <AppLink
                clusterPrefix={clusterPrefix}
                href={groupPath(name)}
                aria-current={current.isPage && isGroup && current.version === undefined ? 'page' : undefined}
                className={isGroup ? 'current' : undefined}
              >
                {groupDisplayName(name)}
              </AppLink>
              {open ? (
                <ul>
                  {open.versions.map(({ version, resources }) => {
                    const isVersion = current.version === version;
                    const versionPath = groupVersionPath(name, version);
                    return (
                      <li key={version}>
                        <AppLink
                          clusterPrefix={clusterPrefix}
                          href={versionPath}
                          aria-current={current.isPage && isVersion && current.resource === undefined ? 'page' : undefined}
                          className={isVersion ? 'current' : undefined}
                        >
                          {version}
                        </AppLink>
                        {resources ? (
                          <ul>
                            {resources.map(([resource, label]) => (
                              <li key={resource}>
                                <AppLink
                                  clusterPrefix={clusterPrefix}
                                  href={`${versionPath}/${resource}`}
                                  aria-current={current.isPage && current.resource === resource ? 'page' : undefined}
                                >
                                  {label}
                                </AppLink>
                              </li>
                            ))}
                          </ul>
                        ) : null}
                      </li>
                    );
                  })}
                </ul>
              ) : null}
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
