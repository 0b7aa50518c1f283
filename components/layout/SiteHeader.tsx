import { AppLink } from '@/components/ui/AppLink';
import { SearchBox } from '@/components/search/SearchBox.client';
import { ClusterSwitcher } from '@/components/clusters/ClusterSwitcher.client';
import type { ClusterHealth } from '@/lib/model/served-where';
import { ThemeToggle } from './ThemeToggle.client';
import { SITE_PAGES } from '@/lib/site/urls';

/**
 * The helm of app/icon.svg, drawn inline in the theme's colours. Not the ⎈
 * character: few fonts have it, and finding one is a fallback-font search
 * (~5-10 ms in a fresh Chromium renderer, measured) in every page's first layout.
 */
function BrandMark() {
  return (
    <svg className="brand-mark" viewBox="0 0 32 32" aria-hidden="true" focusable="false">
      <circle cx="16" cy="16" r="15" />
      <path d="M16 6v20M7.3 11l17.4 10M7.3 21l17.4-10" />
      <circle className="brand-mark-hub" cx="16" cy="16" r="4" />
    </svg>
  );
}

export interface HeaderClusters {
  primary: string;
  clusters: Array<{ name: string; health: ClusterHealth }>;
}

export function SiteHeader({ sourceLabel, clusters }: { sourceLabel: string; clusters?: HeaderClusters }) {
  return (
    <header className="site-header">
      <AppLink href={SITE_PAGES.home} className="brand">
        <BrandMark />
        Kube API Atlas
      </AppLink>
      <nav className="site-nav" aria-label="Site">
        <AppLink href={SITE_PAGES.home}>Groups</AppLink>
        <AppLink href={SITE_PAGES.kinds}>Kinds</AppLink>
        <AppLink href={SITE_PAGES.definitions}>Definitions</AppLink>
        <AppLink href={SITE_PAGES.compare}>Compare</AppLink>
        <AppLink href={SITE_PAGES.clusters}>Clusters</AppLink>
        <AppLink href={SITE_PAGES.deprecations}>Deprecations</AppLink>
      </nav>
      <SearchBox
        {...(clusters && clusters.clusters.length > 1
          ? { clusters: { names: clusters.clusters.map((c) => c.name), primary: clusters.primary } }
          : {})}
      />
      <span className="header-spacer" />
      <span className="source-label">{sourceLabel}</span>
      {clusters && clusters.clusters.length > 1 ? <ClusterSwitcher primary={clusters.primary} clusters={clusters.clusters} /> : null}
      <ThemeToggle />
    </header>
  );
}
