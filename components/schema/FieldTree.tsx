import { StaticHtml } from '@/components/ui/StaticHtml';
import type { ExplainParts } from '@/lib/model/kubectl';
import type { FieldNode } from '@/lib/model/schema';
import { inRequestCluster } from '@/lib/request-cluster';
import { sitePath } from '@/lib/site/base-path';
import { fieldListHtml } from './field-tree-html';
import { FieldTreeTools } from './FieldTreeTools.client';

/** What a tree of a resource's fields adds: `kubectl explain` per field and links to field views. */
export interface ResourceTreeContext {
  /** `kubectl explain deployment` … ` --api-version=autoscaling/v1`: the field path goes between. */
  explain: ExplainParts;
  /** The resource page's path; field views are at `${resourceHref}/fields/PATH`. */
  resourceHref: string;
}

/**
 * A schema as nested fields, rendered on the server as plain HTML. Objects
 * fold with details/summary, so the tree works without JavaScript and a
 * click works before any script ran; each field's id is its dotted path,
 * the deep link `#spec.template.spec.containers` (FieldTarget does the rest).
 *
 * The fields go into the page once, as HTML (StaticHtml keeps them out of the
 * RSC payload). The only client code is FieldTreeTools: expand/collapse all,
 * and the `kubectl explain` lines with their copy buttons. `data-explain`
 * tells the stylesheet to keep room for those lines until they are in, so
 * that adding them moves nothing on the page (app/site.inline-css).
 */
export function FieldTree({ fields, resource }: { fields: readonly FieldNode[]; resource?: ResourceTreeContext }) {
  if (fields.length === 0) return <p className="muted">This schema has no fields.</p>;
  // Links as AppLink writes them, on the page's cluster, under the base path.
  const link = (href: string) => sitePath(inRequestCluster(href));
  const html = fieldListHtml(fields, { link, ...(resource ? { resourceHref: resource.resourceHref } : {}) });
  return (
    <div className="field-tree" {...(resource ? { 'data-explain': '' } : {})}>
      <FieldTreeTools {...(resource ? { explain: resource.explain } : {})} />
      <StaticHtml html={html} />
    </div>
  );
}
