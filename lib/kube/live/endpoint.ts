import type { RequestOptions } from 'node:https';

/**
 * One API server to talk to and how to authenticate to it: what the HTTP
 * transport needs, whichever way it was configured (kubeconfig, in-cluster
 * service account, plain URL).
 */
export interface LiveEndpoint {
  /** Server URL without credentials: `https://10.0.0.1:6443`, `http://127.0.0.1:8001`. */
  readonly server: URL;
  /** Who connects, for messages; never a secret: `context "kind-dev", user "alice"`. */
  readonly identity: string;
  /** Which certificate authority verifies the server, for TLS error messages. */
  readonly trust: string;
  /**
   * Options for one request: TLS material in an Agent, the Authorization
   * header. May run an exec credential plugin or read a token file, so it is
   * async; endpoints cache the result until `refreshCredentials()`.
   */
  requestOptions(): Promise<Pick<RequestOptions, 'agent' | 'headers' | 'auth'>>;
  /** Drops cached credentials, e.g. after a 401, so the next request asks the plugin or re-reads the token file. */
  refreshCredentials(): void;
}

/** `https://user:pw@host:6443/prefix/` → `https://host:6443/prefix`: a server URL safe to show. */
export function displayServer(url: URL): string {
  const copy = new URL(url.href);
  copy.username = '';
  copy.password = '';
  copy.search = '';
  copy.hash = '';
  return copy.href.replace(/\/+$/, '');
}
