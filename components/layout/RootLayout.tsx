import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { SiteHeader, type HeaderClusters } from '@/components/layout/SiteHeader';
import { SourceFailure, StaleBanner } from '@/components/layout/SourceStatusBanner';
import { THEME_INIT_SCRIPT } from '@/components/layout/ThemeToggle.client';
import { getPool, getPrimaryStatus } from '@/lib/source';
import { healthOf } from '@/lib/sources/health';
import type { SourceStatus } from '@/lib/sources/types';
import '@/app/globals.css';

export async function rootMetadata(): Promise<Metadata> {
  const { model, location } = await getPrimaryStatus();
  if (!model) return { title: `Cannot load the API from ${location} · Kube API Atlas` };
  const version = model.kubernetesVersion ? `Kubernetes ${model.kubernetesVersion}` : 'Kubernetes';
  return {
    title: { default: `${version} API reference · Kube API Atlas`, template: `%s · ${version} · Kube API Atlas` },
    description: `Browsable API reference of ${model.source}: groups, versions, resources, verbs, HTTP operations and schemas.`,
  };
}

/** Every cluster for the header's switcher, as far as known now: nothing is loaded for it. */
function headerClusters(primary: SourceStatus): HeaderClusters {
  const pool = getPool();
  return {
    primary: pool.primaryName,
    clusters: pool.names().map((name) => ({ name, health: name === primary.name ? healthOf(primary) : pool.known(name).health })),
  };
}

export async function RootLayout({ children }: { children: ReactNode }) {
  const status = await getPrimaryStatus();
  const model = status.model;
  const label = model ? [model.source, model.kubernetesVersion].filter(Boolean).join(' · ') : status.location;
  return (
    <html lang="en" suppressHydrationWarning>
      <head>
        <script dangerouslySetInnerHTML={{ __html: THEME_INIT_SCRIPT }} />
      </head>
      <body>
        <SiteHeader sourceLabel={label} clusters={headerClusters(status)} />
        <main>
          {/* Without a model the page itself cannot render: show why instead. */}
          {model ? (
            <>
              <StaleBanner status={status} />
              {children}
            </>
          ) : (
            <SourceFailure status={status} />
          )}
        </main>
        <footer className="site-footer">
          Kube API Atlas · {label}
          {model ? ` · discovery: ${model.discoveryFormat}` : ''}
          {model?.openapiEncoding ? ` · OpenAPI: ${model.openapiEncoding}` : ''}
        </footer>
      </body>
    </html>
  );
}
