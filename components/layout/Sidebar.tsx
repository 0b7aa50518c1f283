import type { ReactNode } from 'react';
import { AppLink } from '@/components/ui/AppLink';
import { resourcePath } from '@/lib/model/lookup';
import type { ApiModel } from '@/lib/model/types';

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
 * for the whole tree on each of the export's pages).
 */
export function Sidebar({ model, current = {} }: { model: ApiModel; current?: SidebarCurrent }) {
  return (
    <nav className="sidebar" aria-label="API groups">
      <ul>
        {model.groups.map((group) => {
          const isGroup = current.group === group.name;
          const isPage = current.isPage !== false;
          return (
            <li key={group.name}>
              <AppLink href={group.path} aria-current={isPage && isGroup && current.version === undefined ? 'page' : undefined} className={isGroup ? 'current' : undefined}>
                {group.displayName}
              </AppLink>
              {isGroup ? (
                <ul>
                  {group.versions.map((gv) => {
                    const isVersion = current.version === gv.version;
                    return (
                      <li key={gv.version}>
                        <AppLink href={gv.path} aria-current={isPage && isVersion && current.resource === undefined ? 'page' : undefined} className={isVersion ? 'current' : undefined}>
                          {gv.version}
                        </AppLink>
                        {isVersion ? (
                          <ul>
                            {gv.resources.map((r) => (
                              <li key={r.name}>
                                <AppLink href={resourcePath(r)} aria-current={isPage && current.resource === r.name ? 'page' : undefined}>
                                  {r.kind || r.name}
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
