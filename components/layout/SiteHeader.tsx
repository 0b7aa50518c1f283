import { AppLink } from '@/components/ui/AppLink';
import { SearchBox } from '@/components/search/SearchBox.client';
import { ThemeToggle } from './ThemeToggle.client';

export function SiteHeader({ sourceLabel }: { sourceLabel: string }) {
  return (
    <header className="site-header">
      <AppLink href="/" className="brand">
        <span className="brand-mark" aria-hidden="true">
          ⎈
        </span>
        Kube API Atlas
      </AppLink>
      <nav className="site-nav" aria-label="Site">
        <AppLink href="/">Groups</AppLink>
        <AppLink href="/kinds">Kinds</AppLink>
        <AppLink href="/definitions">Definitions</AppLink>
        <AppLink href="/compare">Compare</AppLink>
        <AppLink href="/deprecations">Deprecations</AppLink>
      </nav>
      <SearchBox />
      <span className="header-spacer" />
      <span className="source-label">{sourceLabel}</span>
      <ThemeToggle />
    </header>
  );
}
