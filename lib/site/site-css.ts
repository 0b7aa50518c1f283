/**
 * The site's own stylesheets, as text, in page order: every page inlines
 * them (components/layout/SiteStyles.tsx) and the Content-Security-Policy
 * allows them by hash (lib/security/headers.ts). Swagger UI's styles are not
 * here: they load with its lazy chunk, on the OpenAPI tab only.
 */
import siteCss, { sha256 as siteCssHash } from '@/app/site.inline-css';
import clustersCss, { sha256 as clustersCssHash } from '@/components/clusters/clusters.inline-css';
import { stylesheetVersion } from './urls';

export interface InlineStylesheet {
  /** A short stable name (the element's data attribute). */
  name: string;
  css: string;
  /** 'sha256-…' of `css`. */
  hash: string;
  /** A short URL-safe digest of `css`: the cache-busting `?v=` of the sheet's URL when it is linked. */
  version: string;
}

function sheet(name: string, css: string, hash: string): InlineStylesheet {
  return { name, css, hash, version: stylesheetVersion(hash) };
}

export const SITE_STYLESHEETS: readonly InlineStylesheet[] = [sheet('site', siteCss, siteCssHash), sheet('clusters', clustersCss, clustersCssHash)];
