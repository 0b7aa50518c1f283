import { bodyText, type TransportResponse } from './transport';

/** The `metav1.Status` body kube-apiserver sends with error answers. */
export interface KubeStatus {
  kind: 'Status';
  apiVersion: 'v1';
  metadata: Record<string, never>;
  status: 'Failure' | 'Success';
  message: string;
  reason: string;
  code: number;
}

const REASONS: Record<number, string> = {
  400: 'BadRequest',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'NotFound',
  405: 'MethodNotAllowed',
  406: 'NotAcceptable',
  413: 'RequestEntityTooLarge',
  415: 'UnsupportedMediaType',
  429: 'TooManyRequests',
  500: 'InternalError',
  503: 'ServiceUnavailable',
  504: 'Timeout',
};

/** Builds the Status object kube-apiserver would send for `code`. */
export function kubeStatus(code: number, message: string): KubeStatus {
  return { kind: 'Status', apiVersion: 'v1', metadata: {}, status: 'Failure', message, reason: REASONS[code] ?? 'Unknown', code };
}

/**
 * A one-line explanation of a non-2xx answer: the Status message when the body
 * is a Status object, else the start of the body.
 */
export function describeFailure(response: TransportResponse): string {
  const text = bodyText(response).trim();
  try {
    const parsed = JSON.parse(text) as Partial<KubeStatus>;
    if (parsed && parsed.kind === 'Status' && typeof parsed.message === 'string') {
      return `HTTP ${response.status} ${parsed.reason ?? ''}: ${parsed.message}`.replace(/ :/, ':');
    }
  } catch {
    // not JSON: fall through to the raw text
  }
  const snippet = text.length > 200 ? `${text.slice(0, 200)}…` : text;
  return snippet ? `HTTP ${response.status}: ${snippet}` : `HTTP ${response.status}`;
}
