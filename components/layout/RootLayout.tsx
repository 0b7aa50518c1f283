import type { ReactNode } from 'react';
import { SiteHeader, type HeaderClusters } from '@/components/layout/SiteHeader';
import { SiteStyles } from '@/components/layout/SiteStyles';
import { SourceFailure, StaleBanner } from '@/components/layout/SourceStatusBanner';
import { THEME_INIT_SCRIPT } from '@/components/layout/ThemeToggle.client';
import { CopyTargets } from '@/components/ui/CopyTargets.client';
import { EARLY_ANCHOR_SCRIPT } from '@/components/layout/early-anchor-script.client';
import type { SourceStatus } from '@/lib/sources';

/** The frame of every page: header (with the clusters for its switcher), the primary source's status (or why it failed to load), footer. */
export function RootLayout({ status, clusters, children }: { status: SourceStatus; clusters?: HeaderClusters; children: ReactNode }) {
  const model = status.model;
  const label = model ? [model.source, model.kubernetesVersion].filter(Boolean).join(' · ') : status.location;
  return (
    <html lang="en" suppressHydrationWarning>
      <head>
        <SiteStyles />
        <script dangerouslySetInnerHTML={{ __html: THEME_INIT_SCRIPT }} />
        {/* Before the body: it watches the parser for the deep link's target. */}
        <script dangerouslySetInnerHTML={{ __html: EARLY_ANCHOR_SCRIPT }} />
      </head>
      <body>
        <SiteHeader sourceLabel={label} {...(clusters ? { clusters } : {})} />
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
        {/* The one listener for every server-rendered Copy button (CopyTargetButton), on whatever page renders one. */}
        <CopyTargets />
      </body>
    </html>
  );
}
