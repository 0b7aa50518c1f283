import type { ReactNode } from 'react';
import { AppLink } from '@/components/ui/AppLink';
import type { ApiModel } from '@/lib/model/types';
import { SidebarNav, type SidebarData } from './SidebarNav.client';

/** What the page shows, for highlighting: a group, a version of it, a resource of that. */
export interface SidebarCurrent {
  group?: string;
  version?: string;
  resource?: string;
  /** False when the page is about something the sidebar does not list (a kind): open the path, mark no link as the page. */
  isPage?: boolean;
}

/**
 * Groups → versions → resources. It is on every page, so it stays small: every
 * group is one link, and only the current group opens to its versions and
 * only the current version to its resources (~3 KB of HTML instead of ~20 KB
 * for the whole tree on each of the export's pages). Rendered by a client
 * leaf from compact data (SidebarNav.client.tsx).
 */
export function Sidebar({ model, current = {} }: { model: ApiModel; current?: SidebarCurrent }) {
  const group = current.group === undefined ? undefined : model.groups.find((g) => g.name === current.group);
  const data: SidebarData = {
    groups: model.groups.map((g) => g.name),
    current: { ...current, isPage: current.isPage !== false },
    ...(group
      ? {
          open: {
            group: group.name,
            versions: group.versions.map((gv) => ({
              version: gv.version,
              ...(gv.version === current.version ? { resources: gv.resources.map((r): [string, string] => [r.name, r.kind || r.name]) } : {}),
            })),
          },
        }
      : {}),
  };
  return <SidebarNav data={data} />;
}

/** A page's content with the sidebar beside it. */
export function PageFrame({ model, current, children }: { model: ApiModel; current?: SidebarCurrent; children: ReactNode }) {
  return (
    <div className="page-frame">
      <Sidebar model={model} {...(current ? { current } : {})} />
      <div className="page-content">{children}</div>
    </div>
  );
}

/** Links to the previous and next pages of a sequence (resources of a group-version). */
export function PrevNext({ prev, next }: { prev?: { href: string; label: string }; next?: { href: string; label: string } }) {
  if (!prev && !next) return null;
  return (
    <nav className="prev-next" aria-label="Previous and next">
      {prev ? (
        <AppLink href={prev.href} rel="prev" className="prev">
          ← {prev.label}
        </AppLink>
      ) : (
        <span />
      )}
      {next ? (
        <AppLink href={next.href} rel="next" className="next">
          {next.label} →
        </AppLink>
      ) : null}
    </nav>
  );
}
