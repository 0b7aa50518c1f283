import { Explainers } from '@/components/home/Explainers';
import { PageFrame } from '@/components/layout/Sidebar';
import { GroupList } from '@/components/home/GroupList';
import { AppLink } from '@/components/ui/AppLink';
import { Problems } from '@/components/ui/Problems';
import { CrdDetailsNote } from '@/components/resource/CrdDetailsSection';
import { countModel } from '@/lib/model/lookup';
import type { ApiModel } from '@/lib/model/types';
import { SITE_PAGES } from '@/lib/site/urls';

/** `/`: the source's version, counts and every group. */
export function HomePage({ model }: { model: ApiModel }) {
  const counts = countModel(model);
  const stats: Array<[string, number, string?]> = [
    ['API groups', counts.groups],
    ['group-versions', counts.groupVersions],
    ['resources', counts.resources],
    ['resource-versions', counts.resourceVersions],
    ['subresources', counts.subresources],
    ['schema definitions', counts.definitions, SITE_PAGES.definitions],
    ['HTTP operations', counts.operations],
  ];
  return (
    <PageFrame model={model}>
      <h1>{model.kubernetesVersion ? `Kubernetes ${model.kubernetesVersion}` : 'Kubernetes'} API</h1>
      <p className="lede">
        Every API group, version and resource that <strong>{model.source}</strong> serves, with verbs, HTTP operations and full schemas, read from its
        discovery documents and <code>/openapi/v2</code>.
      </p>
      <Problems problems={model.problems} title="Problems reading this source" />
      <CrdDetailsNote state={model.crdDetails} />
      <div className="cards" aria-label="Counts">
        {stats.map(([label, value, href]) => (
          <div className="card" key={label}>
            <div className="stat" data-stat={label}>
              {value}
            </div>
            <div className="muted">{href ? <AppLink href={href}>{label}</AppLink> : label}</div>
          </div>
        ))}
      </div>
      <h2 id="section-groups">API groups</h2>
      <GroupList groups={model.groups} />
      <p className="muted small">
        Also: <AppLink href={SITE_PAGES.endpoints}>non-resource endpoints</AppLink> (<code>/version</code>, <code>/logs/</code>, OIDC discovery,
        discovery documents) and <AppLink href={SITE_PAGES.definitions}>all {counts.definitions} schema definitions</AppLink>.
      </p>
      <h2 id="section-concepts">How the API is organised</h2>
      <Explainers />
    </PageFrame>
  );
}
