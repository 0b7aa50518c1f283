import { AppLink } from '@/components/ui/AppLink';
import { SearchBox } from '@/components/search/SearchBox.client';
import { ThemeToggle } from './ThemeToggle.client';
import { SITE_PAGES } from '@/lib/site/urls';

export function SiteHeader({ sourceLabel }: { sourceLabel: string }) {
  return (
    <header className="site-header">
      <AppLink href={SITE_PAGES.home} className="brand">
        <span className="brand-mark" aria-hidden="true">
          ⎈
        </span>
        Kube API Atlas
      </AppLink>
      <nav className="site-nav" aria-label="Site">
        <AppLink href={SITE_PAGES.home}>Groups</AppLink>
        <AppLink href={SITE_PAGES.kinds}>Kinds</AppLink>
        <AppLink href={SITE_PAGES.definitions}>Definitions</AppLink>
        <AppLink href={SITE_PAGES.compare}>Compare</AppLink>
        <AppLink href={SITE_PAGES.deprecations}>Deprecations</AppLink>
      </nav>
      <SearchBox />
      <span className="header-spacer" />
      <span className="source-label">{sourceLabel}</span>
      <ThemeToggle />
    </header>
  );
}
