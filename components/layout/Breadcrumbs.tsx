import { AppLink } from '@/components/ui/AppLink';

export interface Crumb {
  label: string;
  href?: string;
}

/** The API path of the page, one link per level: `/ apis / apps / v1 / deployments`. */
export function Breadcrumbs({ items }: { items: readonly Crumb[] }) {
  return (
    <nav className="breadcrumbs" aria-label="Breadcrumb">
      {items.map((item, i) => (
        <span key={i}>{item.href ? <AppLink href={item.href}>{item.label}</AppLink> : item.label}</span>
      ))}
    </nav>
  );
}
