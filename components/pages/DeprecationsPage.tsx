import { deprecationPath } from '@/lib/site/urls';
import { Breadcrumbs } from '@/components/layout/Breadcrumbs';
import { PageFrame } from '@/components/layout/Sidebar';
import { AppLink } from '@/components/ui/AppLink';
import { findDeprecations, noticeLabel, type DeprecationNotice } from '@/lib/model/deprecations';
import type { ApiModel } from '@/lib/model/types';
import { TableScroll } from '@/components/ui/TableScroll';

const SECTIONS: Array<{ id: string; title: string; blurb: string; pick: (n: DeprecationNotice) => boolean }> = [
  {
    id: 'removals',
    title: 'Served here, removed upstream',
    blurb: 'Resources of group-versions that later Kubernetes releases no longer serve (from the Kubernetes deprecated API migration guide).',
    pick: (n) => n.subject === 'removal',
  },
  {
    id: 'apis',
    title: 'Deprecated APIs',
    blurb: 'Kinds whose schema says they are deprecated.',
    pick: (n) => n.subject === 'definition' && n.kinds.length > 0,
  },
  {
    id: 'types',
    title: 'Deprecated types',
    blurb: 'Types (used inside kinds) whose description says they are deprecated.',
    pick: (n) => n.subject === 'definition' && n.kinds.length === 0,
  },
  { id: 'fields', title: 'Deprecated fields', blurb: 'Fields whose description says they are deprecated.', pick: (n) => n.subject === 'field' },
];

/** `/deprecations`: what this source's own documents mark as deprecated, and known upstream removals. */
export function DeprecationsPage({ model }: { model: ApiModel }) {
  const notices = findDeprecations(model);
  return (
    <PageFrame model={model}>
      <Breadcrumbs items={[{ label: 'deprecations' }]} />
      <h1>Deprecations</h1>
      <p className="lede">
        {notices.length} deprecations in {model.source}, read from the descriptions in its OpenAPI document (&ldquo;Deprecated: …&rdquo;, &ldquo;This
        API is deprecated in v1.33+&rdquo;) with the version and replacement where the text names them. Alpha versions may change or vanish without
        notice; beta versions get a deprecation period before removal; stable versions are kept for many releases.
      </p>
      {SECTIONS.map((section) => {
        const list = notices.filter(section.pick);
        if (list.length === 0) return null;
        return (
          <section key={section.id} id={`section-${section.id}`}>
            <h2>
              {section.title} ({list.length})
            </h2>
            <p className="muted small">{section.blurb}</p>
            <TableScroll label={section.title}>
              <table className="table compact deprecations-table">
                <thead>
                  <tr>
                    <th>What</th>
                    <th>Since</th>
                    <th>Removed in</th>
                    <th>Instead</th>
                    <th>The document says</th>
                  </tr>
                </thead>
                <tbody>
                  {list.map((n) => (
                    <tr key={`${n.subject}:${n.definition}:${n.name ?? ''}`} data-deprecated={noticeLabel(n)}>
                      <td>
                        <AppLink href={deprecationPath(n)}>
                          <code>{noticeLabel(n)}</code>
                        </AppLink>
                      </td>
                      <td>{n.since ?? ''}</td>
                      <td>{n.removedIn ?? ''}</td>
                      <td>{n.replacement ? <code>{n.replacement}</code> : ''}</td>
                      <td className="small">{n.text}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableScroll>
          </section>
        );
      })}
    </PageFrame>
  );
}
