/**
 * Every site URL is built here (and in compare-paths.ts, openapi-urls.ts and
 * field-views.ts, which plan those pages): the model holds references
 * (group, version, resource, definition, field path), pages turn them into
 * links with these functions. Paths mirror the API server's, so a resource
 * page's path is the API path of its collection.
 */
import type { DeprecationNotice } from '../model/deprecations';
import { groupPath, groupVersionPath } from '../model/paths';

export { groupPath, groupVersionPath };

/** The fixed pages of the site. */
export const SITE_PAGES = {
  home: '/',
  namedGroups: '/apis',
  definitions: '/definitions',
  endpoints: '/endpoints',
  kinds: '/kinds',
  compare: '/compare',
  clusters: '/clusters',
  served: '/served',
  deprecations: '/deprecations',
  parameters: '/parameters',
} as const;

/** The JSON files the browser fetches: every page path (the 404 page's suggestions) and the search index. */
export const ROUTES_JSON_PATH = '/routes.json';
export const SEARCH_INDEX_PATH = '/search-index.json';
/** Every cluster's health and served summary, for the header's cluster switcher. */
export const CLUSTERS_JSON_PATH = '/clusters.json';

/** The server build's Try it out proxy (app/try-it/): `/try-it/api/v1/namespaces/default/pods`. */
export const TRY_IT_PATH = '/try-it';

/** The file name of a site stylesheet (lib/site/site-css.ts) under /styles: `site.css`. */
export function stylesheetFile(name: string): string {
  return `${name}.css`;
}

/** A sheet's `?v=` from its CSP hash ('sha256-…'): the digest's first 12 characters in base64url (no `+` or `/` to escape). */
export function stylesheetVersion(hash: string): string {
  return hash
    .replace(/^sha256-/, '')
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .slice(0, 12);
}

/** A site stylesheet as a file (app/styles/[file]), `?v=` its content hash so a new build gets the new one. */
export function stylesheetPath(name: string, version: string): string {
  return `/styles/${stylesheetFile(name)}?v=${version}`;
}

/** Where an operation parameter is described: its entry in the site's one parameter list. */
export function parameterPath(anchorId: string): string {
  return `${SITE_PAGES.parameters}#${anchorId}`;
}

/** The site path of a resource page: mirrors the API path of its collection. */
export function resourcePath(resource: { group: string; version: string; name: string }): string {
  return `${groupVersionPath(resource.group, resource.version)}/${resource.name}`;
}

/** `/definitions/io.k8s.api.core.v1.PodSpec`, optionally with a field anchor. */
export function definitionPath(name: string, field?: string): string {
  return field === undefined ? `/definitions/${name}` : `/definitions/${name}#${field}`;
}

/** `/kinds/Deployment`. */
export function kindPath(kind: string): string {
  return `/kinds/${kind}`;
}

/** Where a deprecation is shown: the definition page (with the field anchor) or the removed resource's page. */
export function deprecationPath(notice: Pick<DeprecationNotice, 'subject' | 'definition' | 'name' | 'resource'>): string {
  if (notice.resource) return resourcePath(notice.resource);
  return definitionPath(notice.definition, notice.subject === 'field' ? notice.name : undefined);
}
