import { PageFrame } from '@/components/layout/Sidebar';
import type { ApiModel } from '@/lib/model/types';
import { Breadcrumbs } from '@/components/layout/Breadcrumbs';
import { FieldTarget } from '@/components/schema/FieldTarget.client';
import { FieldTree } from '@/components/schema/FieldTree';
import { SchemaSource } from '@/components/schema/SchemaSource';
import { AppLink } from '@/components/ui/AppLink';
import { Description } from '@/components/ui/Description';
import { findResource } from '@/lib/model/lookup';
import { SITE_PAGES, definitionPath, resourcePath } from '@/lib/site/urls';
import { referencedBy } from '@/lib/model/references';
import { buildFieldTree } from '@/lib/model/schema';
import { DEFINITION_FIELD_BUDGET, PAGE_DEPTH_BUDGET } from '@/lib/site/page-budgets';
import { shortDefinitionName, typeLabel, type Schema } from '@/lib/model/schema-types';

/** `/definitions/NAME`: one definition, the kinds it is the schema of, its fields and what uses it. */
export function DefinitionPage({ model, name, schema }: { model: ApiModel; name: string; schema: Schema }) {
  const kinds = model.kindsByDefinition[name] ?? [];
  const usedBy = referencedBy(model).get(name) ?? [];
  const fields = buildFieldTree(model.definitions, name, { maxFields: DEFINITION_FIELD_BUDGET, maxDepth: PAGE_DEPTH_BUDGET });
  return (
    <PageFrame model={model}>
      <FieldTarget />
      <Breadcrumbs items={[{ label: 'definitions', href: SITE_PAGES.definitions }, { label: name }]} />
      <h1>
        <bdi>{shortDefinitionName(name)}</bdi> <span className="muted small">{typeLabel(schema)}</span>
      </h1>
      <p className="muted">
        <code>{name}</code>
      </p>
      <Description text={schema.description} className="desc lede" />
      {kinds.length > 0 ? (
        <>
          <h2 id="section-kinds">Schema of</h2>
          <ul>
            {kinds.map((k) => {
              const gv = k.group ? `${k.group}/${k.version}` : k.version;
              const served = model.groups
                .find((g) => g.name === k.group)
                ?.versions.find((v) => v.version === k.version)
                ?.resources.find((r) => r.kind === k.kind);
              const resource = served ? findResource(model, served.group, served.version, served.name) : undefined;
              return (
                <li key={`${gv}/${k.kind}`}>
                  <code>
                    {gv} {k.kind}
                  </code>{' '}
                  {resource ? <AppLink href={resourcePath(resource)}>{resource.name}</AppLink> : null}
                </li>
              );
            })}
          </ul>
        </>
      ) : null}
      <h2 id="section-fields">Fields</h2>
      <SchemaSource model={model} definition={name} />
      <FieldTree fields={fields} />
      {usedBy.length > 0 ? (
        <>
          <h2 id="section-used-by">Used by</h2>
          <ul className="definition-list">
            {usedBy.map((user) => (
              <li key={user}>
                <AppLink href={definitionPath(user)}>{user}</AppLink>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </PageFrame>
  );
}
