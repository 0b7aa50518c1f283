import type { ReactNode } from 'react';
import { AppLink } from '@/components/ui/AppLink';
import type { ApiGroupVersion, ApiModel, ApiResource } from '@/lib/model/types';
import { FULL_SPEC_PATH, specSlicePath } from '@/lib/site/openapi-urls';
import { WATCH_SECONDS, type TryItMode } from '@/lib/try-it/policy';
import { inRequestCluster } from '@/lib/request-cluster';
import { OpenApiTabs } from './OpenApiTabs.client';

/**
 * What the OpenAPI tab's Try it out may send on a page: a mode, `off` when
 * the site serves a live cluster but ATLAS_TRY_IT is not set, or undefined
 * where there is no cluster to send to (a snapshot, the export).
 */
export type TryItOffer = TryItMode | undefined;

/** What Try it out does here, said before anyone presses Execute. */
function TryItNote({ mode, cluster }: { mode: TryItOffer; cluster: string }) {
  if (!mode) {
    return <p className="muted small">Try it out needs a live cluster: this site shows a recorded snapshot, so requests cannot be sent from here.</p>;
  }
  if (mode === 'off') {
    return (
      <p className="muted small" data-try-it-off="">
        Try it out is off on this site. It would send requests to <code>{cluster}</code> with the site&apos;s own identity (its service account or
        kubeconfig user), not yours, so the operator turns it on explicitly: <code>ATLAS_TRY_IT=read</code> (get, list, watch) or{' '}
        <code>ATLAS_TRY_IT=write</code>.
      </p>
    );
  }
  return (
    <div className={mode === 'write' ? 'callout callout-warning' : 'callout'}>
      <strong>Try it out</strong> sends requests to <code>{cluster}</code> through this site&apos;s server and acts with the site&apos;s identity (its
      service account or kubeconfig user), never your browser&apos;s credentials: you see what the site may see.{' '}
      {mode === 'write'
        ? 'Changes are enabled (ATLAS_TRY_IT=write): Execute really creates, updates, patches and deletes objects in the cluster.'
        : `Only get, list and watch are sent (a watch ends after ${WATCH_SECONDS} s); other operations are refused by the server.`}
    </div>
  );
}

/**
 * Wraps a group-version or resource page in "Reference | OpenAPI" tabs (the
 * OpenAPI tab: Swagger UI on the group-version's spec slice). The slice is
 * not in the page: the browser fetches its static file when the tab opens.
 * Pages of a source without a readable OpenAPI document get no tab.
 */
export function OpenApiTab({
  model,
  gv,
  resource,
  tryIt: mode,
  children,
}: {
  model: ApiModel;
  gv: ApiGroupVersion;
  resource?: ApiResource;
  /** What Try it out may send (the route decides it: lib/try-it/settings.ts); off or undefined: no Try it out here. */
  tryIt: TryItOffer;
  children: ReactNode;
}) {
  if (!model.openapi) return <>{children}</>;
  // The browser fetches the slice of the page's cluster.
  const specPath = inRequestCluster(specSlicePath(gv.group, gv.version));
  const note = (
    <>
      <p className="muted small openapi-downloads">
        Swagger UI on{' '}
        {resource ? (
          <>
            the operations of <code>{resource.name}</code> in{' '}
          </>
        ) : null}
        the <code>{gv.groupVersion}</code> slice of the cluster&apos;s OpenAPI document (its paths and the definitions they use). Download:{' '}
        <AppLink href={specPath} download={`openapi-v2-${gv.group || 'core'}-${gv.version}.json`}>
          {gv.groupVersion} slice (JSON)
        </AppLink>{' '}
        ·{' '}
        <AppLink href={FULL_SPEC_PATH} download="openapi-v2.json">
          full document
        </AppLink>
      </p>
      <TryItNote mode={mode} cluster={model.source} />
    </>
  );
  const panel = {
    specPath,
    ...(resource ? { resource: { group: resource.group, version: resource.version, name: resource.name } } : {}),
    ...(mode === 'read' || mode === 'write' ? { tryIt: { mode } } : {}),
  };
  return (
    <OpenApiTabs panel={panel} note={note}>
      {children}
    </OpenApiTabs>
  );
}
