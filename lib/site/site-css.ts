/**
 * The site's own stylesheets, as text, in page order: every page inlines
 * them (components/layout/SiteStyles.tsx) and the Content-Security-Policy
 * allows them by hash (lib/security/headers.ts). Swagger UI's styles are not
 * here: they load with its lazy chunk, on the OpenAPI tab only.
 */
import siteCss, { sha256 as siteCssHash } from '@/app/site.inline-css';
import clustersCss, { sha256 as clustersCssHash } from '@/components/clusters/clusters.inline-css';

export interface InlineStylesheet {
  /** A short stable name (the element's data attribute). */
  name: string;
  css: string;
  /** 'sha256-…' of `css`. */
  hash: string;
}

export const SITE_STYLESHEETS: readonly InlineStylesheet[] = [
  { name: 'site', css: siteCss, hash: siteCssHash },
  { name: 'clusters', css: clustersCss, hash: clustersCssHash },
];
