import { Breadcrumbs, type Crumb } from '@/components/layout/Breadcrumbs';
import { PageFrame } from '@/components/layout/Sidebar';
import { FieldTarget } from '@/components/schema/FieldTarget.client';
import { FieldTree } from '@/components/schema/FieldTree';
import { SchemaSource } from '@/components/schema/SchemaSource';
import { AppLink } from '@/components/ui/AppLink';
import { CopyTargetButton } from '@/components/ui/CopyTargetButton';
import { Description } from '@/components/ui/Description';
import { cachedFieldViewPlan, fieldHref, fieldViewTree, type FieldAt } from '@/lib/site/field-views';
import { explainCommand, explainFor } from '@/lib/model/kubectl';
import { definitionPath, resourcePath } from '@/lib/site/urls';
import type { ApiGroup, ApiGroupVersion, ApiModel, ApiResource } from '@/lib/model/types';
import { groupVersionCrumbs } from './GroupVersionPage';

/**
 * `…/RESOURCE/fields/PATH`: one field of a resource and the fields below it,
 * like `kubectl explain deployment.spec.template`. Search links here for
 * fields the resource page does not inline.
 */
export function FieldViewPage({
  model,
  group,
  gv,
  resource,
  field,
}: {
  model: ApiModel;
  group: ApiGroup;
  gv: ApiGroupVersion;
  resource: ApiResource;
  field: FieldAt;
}) {
  const { node, object } = field;
  const resourceHref = resourcePath(resource);
  const plan = cachedFieldViewPlan(model, resource);
  const views = plan.views;
  const explain = explainCommand(model, resource);
  const command = explainFor(explain, node.path);
  const segments = node.path.split('.');
  const crumbs: Crumb[] = [
    ...groupVersionCrumbs(group, gv),
    { label: resource.name, href: resourceHref },
    ...segments.map((segment, i) => {
      const prefix = segments.slice(0, i + 1).join('.');
      return i === segments.length - 1 ? { label: segment } : { label: segment, href: fieldHref(resourceHref, views, prefix) };
    }),
  ];
  const children = fieldViewTree(model, resource, field);
  return (
    <PageFrame model={model} current={{ group: group.name, version: gv.version, resource: resource.name }}>
      <FieldTarget />
      <Breadcrumbs items={crumbs} />
      <h1>
        <code className="field-title">{node.path}</code>{' '}
        <span className="muted small">
          {resource.kind} · {gv.groupVersion}
        </span>
      </h1>
      <dl className="facts">
        <dt>type</dt>
        <dd>
          {node.definition ? <AppLink href={definitionPath(node.definition)}>{node.type}</AppLink> : <code>{node.type}</code>}
          {node.required ? <span className="field-required"> required</span> : null}
        </dd>
        <dt>kubectl</dt>
        <dd className="explain">
          <code id="field-explain">{command}</code>
          <CopyTargetButton target="field-explain" />
        </dd>
        <dt>in context</dt>
        <dd>
          <AppLink
            href={fieldHref(
              resourceHref,
              views.filter((view) => view !== node.path),
              node.path,
            )}
          >
            {resource.kind}
          </AppLink>
        </dd>
      </dl>
      <Description text={node.description} className="desc lede" />
      {node.enum ? (
        <p>
          One of:{' '}
          {node.enum.map((value) => (
            <code key={value}>{value} </code>
          ))}
        </p>
      ) : null}
      {object ? (
        <>
          <h2 id="section-fields">Fields</h2>
          <SchemaSource model={model} definition={resource.definition} />
          <FieldTree fields={children} resource={{ explain, resourceHref }} />
        </>
      ) : null}
    </PageFrame>
  );
}
