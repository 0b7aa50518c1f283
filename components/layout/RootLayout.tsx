import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { SiteHeader } from '@/components/layout/SiteHeader';
import { THEME_INIT_SCRIPT } from '@/components/layout/ThemeToggle.client';
import { getModel } from '@/lib/source';
import '@/app/globals.css';

export async function rootMetadata(): Promise<Metadata> {
  const model = await getModel();
  const version = model.kubernetesVersion ? `Kubernetes ${model.kubernetesVersion}` : 'Kubernetes';
  return {
    title: { default: `${version} API reference · Kube API Atlas`, template: `%s · ${version} · Kube API Atlas` },
    description: `Browsable API reference of ${model.source}: groups, versions, resources, verbs, HTTP operations and schemas.`,
  };
}

export async function RootLayout({ children }: { children: ReactNode }) {
  const model = await getModel();
  const label = [model.source, model.kubernetesVersion].filter(Boolean).join(' · ');
  return (
    <html lang="en" suppressHydrationWarning>
      <head>
        <script dangerouslySetInnerHTML={{ __html: THEME_INIT_SCRIPT }} />
      </head>
      <body>
        <SiteHeader sourceLabel={label} />
        <main>{children}</main>
        <footer className="site-footer">
          Kube API Atlas · {label} · discovery: {model.discoveryFormat}
          {model.openapiEncoding ? ` · OpenAPI: ${model.openapiEncoding}` : ''}
        </footer>
      </body>
    </html>
  );
}
