import { AppLink } from '@/components/ui/AppLink';
import { saysDeprecated } from '@/lib/model/deprecation-text';
import { knownRemoval, KNOWN_REMOVALS } from '@/lib/model/known-removals';
import type { ApiGroupVersion, ApiModel, ApiResource } from '@/lib/model/types';
import { SITE_PAGES } from '@/lib/site/urls';

/** The note a page shows when its facts were derived from OpenAPI because the source has no discovery. */
export function DerivedNote({ model }: { model: ApiModel }) {
  if (model.discoveryFormat !== 'openapi') return null;
  return (
    <div className="callout callout-info">
      This source has no discovery documents: groups, verbs and scopes come from its OpenAPI document, and short names and categories are unknown.
    </div>
  );
}

/** Deprecation and removal notes for a resource: what its schema says, and upstream removals of its group-version. */
export function ResourceLifecycle({ model, gv, resource }: { model: ApiModel; gv: ApiGroupVersion; resource: ApiResource }) {
  const description = resource.definition ? model.definitions[resource.definition]?.description : undefined;
  const deprecated = typeof description === 'string' && saysDeprecated(description);
  const removal = knownRemoval(gv.groupVersion, resource.name);
  if (!deprecated && !removal) return null;
  return (
    <div className="callout callout-warning" data-lifecycle="deprecated">
      {deprecated ? <p>The schema of {resource.kind} says it is deprecated (see the description above).</p> : null}
      {removal ? (
        <p>
          Upstream Kubernetes no longer serves {gv.groupVersion} {resource.name} as of {removal.removedIn}; use <code>{removal.replacement}</code>.
        </p>
      ) : null}
      <p className="small">
        <AppLink href={SITE_PAGES.deprecations}>All deprecations</AppLink>
      </p>
    </div>
  );
}

/** A group-version upstream removes in a later release. */
export function GroupVersionLifecycle({ gv }: { gv: ApiGroupVersion }) {
  const removals = KNOWN_REMOVALS.filter((r) => r.groupVersion === gv.groupVersion && gv.resources.some((res) => r.resources.includes(res.name)));
  if (removals.length === 0) return null;
  return (
    <div className="callout callout-warning" data-lifecycle="removed-upstream">
      {removals.map((r) => (
        <p key={r.removedIn + r.replacement}>
          Upstream Kubernetes {r.removedIn} no longer serves {gv.groupVersion}{' '}
          {r.resources.filter((name) => gv.resources.some((res) => res.name === name)).join(', ')}; use <code>{r.replacement}</code>.
        </p>
      ))}
    </div>
  );
}
