import type { LiveSettings, SourceConfig } from '../../config';
import type { LiveEndpoint } from './endpoint';
import { HttpTransport } from './http-transport';
import { inClusterEndpoint, kubeconfigEndpoint } from './kubeconfig';
import { urlEndpoint } from './url-endpoint';

export type LiveSourceConfig = Exclude<SourceConfig, { kind: 'snapshot' | 'crds' }>;

/** The endpoint a live source configuration names (kubeconfig, in-cluster or plain URL). */
export async function liveEndpoint(source: LiveSourceConfig, settings: Pick<LiveSettings, 'execTimeoutSeconds'>): Promise<LiveEndpoint> {
  switch (source.kind) {
    case 'kubeconfig':
      return kubeconfigEndpoint({
        ...(source.file ? { file: source.file } : {}),
        ...(source.context ? { context: source.context } : {}),
        ...(settings.execTimeoutSeconds !== undefined ? { execTimeoutSeconds: settings.execTimeoutSeconds } : {}),
      });
    case 'in-cluster':
      return inClusterEndpoint();
    case 'url':
      return urlEndpoint(source.url);
  }
}

/** An HTTP(S) Transport to the API server a live source configuration names. */
export async function openLiveTransport(
  source: LiveSourceConfig,
  settings: Pick<LiveSettings, 'timeoutSeconds' | 'retries' | 'execTimeoutSeconds' | 'limits'>,
): Promise<HttpTransport> {
  return new HttpTransport(await liveEndpoint(source, settings), {
    timeoutSeconds: settings.timeoutSeconds,
    retries: settings.retries,
    ...(settings.limits ? { limits: settings.limits } : {}),
  });
}
