import type { RequestTransport, Transport, TransportRequest, TransportResponse } from '../kube/transport';
import { observeDocument } from './metrics';

/**
 * Wraps a source's transport so every document request is counted and timed
 * per source (`atlas_document_requests_total`, `…_duration_seconds`).
 * Try it out's request() passes through unmeasured: it is not a document load.
 */
export function instrumentTransport(transport: Transport | RequestTransport, source: string): Transport | RequestTransport {
  const get = async (path: string, request: TransportRequest): Promise<TransportResponse> => {
    const started = performance.now();
    try {
      const response = await transport.get(path, request);
      const outcome = response.status === 304 ? 'not_modified' : response.status >= 400 ? 'http_error' : 'ok';
      observeDocument(source, path, outcome, (performance.now() - started) / 1000);
      return response;
    } catch (error) {
      observeDocument(source, path, 'failed', (performance.now() - started) / 1000);
      throw error;
    }
  };
  const measured: Transport = { description: transport.description, get };
  return 'request' in transport ? { ...measured, request: (request) => transport.request(request) } : measured;
}
