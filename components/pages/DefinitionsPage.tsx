import { PageFrame } from '@/components/layout/Sidebar';
import { Breadcrumbs } from '@/components/layout/Breadcrumbs';
import { AppLink } from '@/components/ui/AppLink';
import { definitionPath } from '@/lib/site/urls';
import type { ApiModel } from '@/lib/model/types';

/** `io.k8s.api.core.v1.PodSpec` → `io.k8s.api.core.v1`. */
function packageOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot < 0 ? '' : name.slice(0, dot);
}

/** `/definitions`: every definition, by package. */
export function DefinitionsPage({ model }: { model: ApiModel }) {
  const byPackage = new Map<string, string[]>();
  for (const name of Object.keys(model.definitions).sort()) {
    const pkg = packageOf(name);
    byPackage.set(pkg, [...(byPackage.get(pkg) ?? []), name]);
  }
  return (
    <PageFrame model={model}>
      <Breadcrumbs items={[{ label: 'definitions' }]} />
      <h1>Schema definitions</h1>
      <p className="lede">
        The {Object.keys(model.definitions).length} definitions of the OpenAPI document, by package. Those that are a kind&apos;s schema are marked.
      </p>
      {[...byPackage].map(([pkg, names]) => (
        <section key={pkg} id={`package-${pkg}`}>
          <h2>
            <code>{pkg || '(no package)'}</code>
          </h2>
          <ul className="definition-list">
            {names.map((name) => (
              <li key={name}>
                <AppLink href={definitionPath(name)}>{name.slice(pkg.length ? pkg.length + 1 : 0)}</AppLink>
                {model.kindsByDefinition[name] ? <span className="muted small"> kind</span> : null}
              </li>
            ))}
          </ul>
        </section>
      ))}
    </PageFrame>
  );
}
