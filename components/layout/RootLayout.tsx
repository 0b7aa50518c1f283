import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { SiteHeader } from '@/components/layout/SiteHeader';
import { SourceFailure, StaleBanner } from '@/components/layout/SourceStatusBanner';
import { THEME_INIT_SCRIPT } from '@/components/layout/ThemeToggle.client';
import { getPrimaryStatus } from '@/lib/source';
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
        <SiteHeader sourceLabel={label} />
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
