import { ServedElsewhereLine } from '@/components/clusters/ServedElsewhereLine';
import { SERVED_WHERE_ID, ServedWhereSection } from '@/components/clusters/ServedWhereSection';
import type { ServedWhereView } from '@/components/clusters/ServedWhereSection';
import { Breadcrumbs } from '@/components/layout/Breadcrumbs';
import { PageFrame, PrevNext } from '@/components/layout/Sidebar';
import { CrdDetailsSection, crdDetailsOf } from '@/components/resource/CrdDetailsSection';
import { Examples } from '@/components/resource/Examples';
import { OperationsByVerb, type ParameterHref } from '@/components/resource/Operations';
import { FieldTarget } from '@/components/schema/FieldTarget.client';
import { FieldTree } from '@/components/schema/FieldTree';
import { SchemaSource } from '@/components/schema/SchemaSource';
import { OpenApiTab, type TryItOffer } from '@/components/swagger/OpenApiTab';
import { AppLink } from '@/components/ui/AppLink';
import { ScopeBadge, StabilityBadge, VerbList } from '@/components/ui/Badges';
import { Description } from '@/components/ui/Description';
import { DerivedNote, ResourceLifecycle } from '@/components/ui/Lifecycle';
import { Problems } from '@/components/ui/Problems';
import { StaticHtml } from '@/components/ui/StaticHtml';
import { resourcePageTree } from '@/lib/site/field-views';
import { explainCommand } from '@/lib/model/kubectl';
import { definitionPath, kindPath, parameterPath, resourcePath, SITE_PAGES } from '@/lib/site/urls';
import { shortDefinitionName } from '@/lib/model/schema-types';
import type { ApiGroup, ApiGroupVersion, ApiModel, ApiResource } from '@/lib/model/types';
import { modelParameterIndex, operationsByVerb } from '@/lib/model/verbs';
import { groupVersionCrumbs, groupVersionProblems } from './GroupVersionPage';

/** The same resource in the group's other versions. */
function otherVersions(group: ApiGroup, resource: ApiResource): ApiResource[] {
  return group.versions.flatMap((gv) => gv.resources.filter((r) => r.name === resource.name && r.version !== resource.version));
}

/** `/api/v1/RESOURCE` and `/apis/GROUP/VERSION/RESOURCE`: one resource, fully. */
export function ResourcePage({
  model,
  group,
  gv,
  resource,
  tryIt,
  servedWhere,
}: {
  model: ApiModel;
  group: ApiGroup;
  gv: ApiGroupVersion;
  resource: ApiResource;
  tryIt: TryItOffer;
  /** Where else this resource is served (several clusters configured). */
  servedWhere?: ServedWhereView;
}) {
  const schema = resource.definition ? model.definitions[resource.definition] : undefined;
  const fields = resourcePageTree(model, resource);
  const parameters = modelParameterIndex(model);
  const parameterHref: ParameterHref = (p) => parameterPath(parameters.idOf(p));
  const others = otherVersions(group, resource);
  const index = gv.resources.indexOf(resource);
  const [prev, next] = [gv.resources[index - 1], gv.resources[index + 1]];
  return (
    <PageFrame model={model} current={{ group: group.name, version: gv.version, resource: resource.name }}>
      <FieldTarget />
      <Breadcrumbs items={[...groupVersionCrumbs(group, gv), { label: resource.name }]} />
      <h1>
        <bdi>{resource.kind || resource.name}</bdi> <span className="muted small">{gv.groupVersion}</span>
      </h1>
      <p>
        <StabilityBadge stability={gv.stability} group={gv.group} /> <ScopeBadge scope={resource.scope} />{' '}
        {!resource.provenance.discovery ? <span className="tag tag-warning">not in discovery</span> : null}{' '}
        {!resource.definition ? <span className="tag tag-warning">no schema published</span> : null}
      </p>
      {servedWhere ? <ServedElsewhereLine matrix={servedWhere.matrix} matrixHref={`#${SERVED_WHERE_ID}`} /> : null}
      <OpenApiTab model={model} gv={gv} resource={resource} tryIt={tryIt}>
        <Description text={schema?.description} className="desc lede" />
        <Problems problems={groupVersionProblems(model, gv)} />
        <ResourceLifecycle model={model} gv={gv} resource={resource} />
        <DerivedNote model={model} />
        <dl className="facts">
          <dt>apiVersion</dt>
          <dd>
            <code>{gv.groupVersion}</code>
          </dd>
          <dt>kind</dt>
          <dd>
            <code>{resource.kind}</code>
          </dd>
          <dt>resource</dt>
          <dd>
            <code>{resource.name}</code> (singular <code>{resource.singular || '—'}</code>)
          </dd>
          <dt>scope</dt>
          <dd>{resource.scope === 'Namespaced' ? 'Namespaced: objects live in a namespace' : 'Cluster: objects are cluster-wide'}</dd>
          <dt>short names</dt>
          <dd>
            {resource.shortNames.length > 0 ? (
              <span className="chips">
                {resource.shortNames.map((s) => (
                  <code key={s}>{s}</code>
                ))}
              </span>
            ) : (
              <span className="muted">none</span>
            )}
          </dd>
          <dt>categories</dt>
          <dd>{resource.categories.length > 0 ? resource.categories.join(', ') : <span className="muted">none</span>}</dd>
          <dt>verbs</dt>
          <dd>
            <VerbList verbs={resource.verbs} />
          </dd>
          <dt>schema</dt>
          <dd>
            {resource.definition ? (
              <AppLink href={definitionPath(resource.definition)}>{resource.definition}</AppLink>
            ) : (
              <span className="muted">
                The OpenAPI document has no schema for {gv.groupVersion} {resource.kind || resource.name}.
              </span>
            )}
            {resource.listDefinition ? (
              <>
                {' '}
                · list: <AppLink href={definitionPath(resource.listDefinition)}>{shortDefinitionName(resource.listDefinition)}</AppLink>
              </>
            ) : null}
          </dd>
          {others.length > 0 ? (
            <>
              <dt>other versions</dt>
              <dd>
                {others.map((r) => (
                  <AppLink key={r.version} href={resourcePath(r)} className="version-link">
                    {r.version}{' '}
                  </AppLink>
                ))}
              </dd>
            </>
          ) : null}
          {resource.kind ? (
            <>
              <dt>kind page</dt>
              <dd>
                <AppLink href={kindPath(resource.kind)}>every version serving {resource.kind}</AppLink>
              </dd>
            </>
          ) : null}
        </dl>

        <CrdDetailsSection details={crdDetailsOf(model.crdDetails, resource.group, resource.name)} version={resource.version} />

        <StaticHtml>
          <Examples model={model} resource={resource} />
        </StaticHtml>

        {/* Static sections go into the page once, as HTML (StaticHtml: not again in the RSC payload). */}
        <StaticHtml>
          <h2 id="section-operations">Verbs and HTTP operations</h2>
          {resource.operations.length === 0 && resource.verbs.length === 0 ? (
            <p className="muted">No operations.</p>
          ) : (
            <p className="muted small">
              Each parameter links to its description in the <AppLink href={SITE_PAGES.parameters}>parameter list</AppLink>.
            </p>
          )}
          <OperationsByVerb verbs={operationsByVerb(resource.verbs, resource.operations)} hrefOf={parameterHref} />

          {resource.subresources.length > 0 ? (
            <>
              <h2 id="section-subresources">Subresources</h2>
              {resource.subresources.map((sub) => (
                <section key={sub.name} id={`subresource-${sub.name}`} className="subresource">
                  <h3>
                    <code>
                      {resource.name}/{sub.name}
                    </code>{' '}
                    {sub.kind ? (
                      <span className="muted small">
                        kind {sub.definition ? <AppLink href={definitionPath(sub.definition)}>{sub.kind.kind}</AppLink> : sub.kind.kind}
                        {sub.kind.group !== resource.group || sub.kind.version !== resource.version
                          ? ` (${sub.kind.group ? `${sub.kind.group}/` : ''}${sub.kind.version})`
                          : ''}
                      </span>
                    ) : null}{' '}
                    {!sub.provenance.discovery ? <span className="tag tag-warning">not in discovery</span> : null}
                    {!sub.provenance.openapi ? <span className="tag tag-warning">no OpenAPI operations</span> : null}
                  </h3>
                  <OperationsByVerb verbs={operationsByVerb(sub.verbs, sub.operations)} hrefOf={parameterHref} idPrefix={`sub-${sub.name}`} />
                </section>
              ))}
            </>
          ) : null}
        </StaticHtml>

        <h2 id="section-schema">Schema</h2>
        {resource.definition ? (
          <>
            <p className="muted small">
              Fields of <code>{resource.kind}</code>; objects fold open. Each field links to itself (<code>#spec.replicas</code>). A definition used
              twice is shown once; later uses link to the first.
            </p>
            <SchemaSource model={model} definition={resource.definition} />
            <FieldTree fields={fields} resource={{ explain: explainCommand(model, resource), resourceHref: resourcePath(resource) }} />
          </>
        ) : (
          <p className="muted">No schema is published for this resource.</p>
        )}

        {servedWhere ? (
          <StaticHtml>
            <ServedWhereSection view={servedWhere} what={`${resource.name} of ${group.displayName}`} />
          </StaticHtml>
        ) : null}
      </OpenApiTab>
      <PrevNext
        {...(prev ? { prev: { href: resourcePath(prev), label: prev.kind || prev.name } } : {})}
        {...(next ? { next: { href: resourcePath(next), label: next.kind || next.name } } : {})}
      />
    </PageFrame>
  );
}
