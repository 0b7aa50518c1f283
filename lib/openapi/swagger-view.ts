/**
 * What Swagger UI is given on a page: a group-version slice, narrowed to
 * one resource on a resource page, and shaped so that "Try it out" can only
 * talk to the site's own `/try-it/` route. Pure; runs in the browser, in the
 * chunk that loads with the OpenAPI tab.
 */
import type { OpenAPIV2 } from 'openapi-types';
import { withTextDescriptions } from './markdown-text';
import { isResourcePath, sliceDocument } from './slice';

export interface SwaggerViewOptions {
  /** Narrow to this resource's paths (collection, objects, subresources, watch). */
  resource?: { group: string; version: string; name: string };
  /** Where Try it out sends requests: the site's origin and its `/try-it` path. Absent: nowhere to send to. */
  target?: { scheme: 'http' | 'https'; host: string; basePath: string };
}

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch'] as const;

/** A path item whose operations carry no `schemes` (Kubernetes marks each `https`, which would point requests at the cluster's scheme). */
function withoutOperationSchemes(item: OpenAPIV2.PathItemObject): OpenAPIV2.PathItemObject {
  const copy: OpenAPIV2.PathItemObject = { ...item };
  for (const method of METHODS) {
    const operation = copy[method];
    if (operation?.schemes) {
      const rest = { ...operation };
      delete rest.schemes;
      copy[method] = rest;
    }
  }
  return copy;
}

/**
 * The document for Swagger UI. The cluster's security definitions are
 * dropped: the site's server adds the credentials, so Swagger UI must not
 * offer an "Authorize" dialog that would collect a token in the browser.
 * Descriptions are escaped so Swagger UI's Markdown shows them as text
 * (see markdown-text.ts).
 */
export function swaggerViewSpec(slice: OpenAPIV2.Document, options: SwaggerViewOptions = {}): OpenAPIV2.Document {
  const { resource, target } = options;
  const narrowed = resource ? sliceDocument(slice, (path) => isResourcePath(path, resource)) : slice;
  const view: OpenAPIV2.Document = { ...narrowed, paths: {} };
  for (const field of ['security', 'securityDefinitions', 'schemes', 'host', 'basePath'] as const) delete view[field];
  for (const [path, item] of Object.entries(narrowed.paths)) if (item) view.paths[path] = withoutOperationSchemes(item);
  if (target) {
    view.schemes = [target.scheme];
    view.host = target.host;
    view.basePath = target.basePath;
  }
  return withTextDescriptions(view);
}
