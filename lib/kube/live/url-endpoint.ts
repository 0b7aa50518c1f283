import http from 'node:http';
import https from 'node:https';
import { AtlasError } from '../../errors';
import type { LiveEndpoint } from './endpoint';

/**
 * A server reached by URL with no credentials of our own: `kubectl proxy`
 * (`http://127.0.0.1:8001`), which authenticates on our behalf, or any
 * endpoint that needs none. HTTPS URLs are verified against the system's CAs.
 */
export function urlEndpoint(url: string): LiveEndpoint {
  let server: URL;
  try {
    server = new URL(url);
  } catch (cause) {
    throw new AtlasError('ATLAS_SERVER_URL', `is not a URL: ${JSON.stringify(url)}`, { cause });
  }
  if (server.protocol !== 'http:' && server.protocol !== 'https:')
    throw new AtlasError('ATLAS_SERVER_URL', `must be an http:// or https:// URL, got ${server.protocol}`);
  if (server.username || server.password)
    throw new AtlasError('ATLAS_SERVER_URL', 'must not carry credentials; use a kubeconfig (ATLAS_KUBECONFIG) for authenticated access');
  // Keep-alive: one connection serves the whole discovery walk.
  const agent = server.protocol === 'https:' ? new https.Agent({ keepAlive: true }) : new http.Agent({ keepAlive: true });
  return {
    server,
    identity: 'no credentials (plain URL)',
    trust: server.protocol === 'https:' ? "the system's trusted certificate authorities" : 'none (plain HTTP)',
    requestOptions: async () => ({ agent }),
    refreshCredentials() {},
  };
}
