import type { EndpointCategory } from './types';

/** Sorts a non-resource path into the section the endpoints page shows it in. */
export function endpointCategory(path: string, isDiscovery: boolean): EndpointCategory {
  if (isDiscovery) return 'discovery';
  if (path.startsWith('/openapi')) return 'openapi';
  if (path.startsWith('/version')) return 'version';
  if (/^\/(healthz|livez|readyz)/.test(path)) return 'health';
  if (path.startsWith('/logs')) return 'logs';
  if (path.startsWith('/.well-known/openid-configuration') || path.startsWith('/openid/')) return 'oidc';
  return 'other';
}

export const ENDPOINT_CATEGORY_TITLES: Record<EndpointCategory, string> = {
  discovery: 'Discovery documents',
  openapi: 'OpenAPI documents',
  version: 'Server version',
  health: 'Health checks',
  logs: 'Node logs',
  oidc: 'Service account issuer discovery (OIDC)',
  other: 'Other',
};
