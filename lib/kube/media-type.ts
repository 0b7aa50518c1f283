/**
 * Media types kube-apiserver negotiates on, and a small parser for Accept and
 * Content-Type values. Discovery formats differ only in their `g`, `v` and
 * `as` parameters, so those parameters are part of a media type's identity.
 */

/** Aggregated discovery, `apidiscovery.k8s.io/v2` (Kubernetes 1.30+). */
export const ACCEPT_AGGREGATED_V2 = 'application/json;g=apidiscovery.k8s.io;v=v2;as=APIGroupDiscoveryList';
/** Aggregated discovery, `apidiscovery.k8s.io/v2beta1` (Kubernetes 1.26–1.32). */
export const ACCEPT_AGGREGATED_V2BETA1 = 'application/json;g=apidiscovery.k8s.io;v=v2beta1;as=APIGroupDiscoveryList';
export const ACCEPT_JSON = 'application/json';
/**
 * What kubectl sends for `/openapi/v2` as protobuf. Every server accepts the
 * `@` form; newer servers answer with the `.` form (see OPENAPI_V2_PROTOBUF_TYPES).
 */
export const ACCEPT_OPENAPI_V2_PROTOBUF = 'application/com.github.proto-openapi.spec.v2@v1.0+protobuf';
export const OPENAPI_V2_PROTOBUF_TYPES = [
  'application/com.github.proto-openapi.spec.v2.v1.0+protobuf',
  'application/com.github.proto-openapi.spec.v2@v1.0+protobuf',
];

/** The Accept header a discovery client sends: newest aggregated form first, legacy last. */
export const ACCEPT_DISCOVERY = [ACCEPT_AGGREGATED_V2, ACCEPT_AGGREGATED_V2BETA1, ACCEPT_JSON].join(',');

export interface MediaType {
  /** `type/subtype`, lower case. */
  essence: string;
  /** Parameters that select a representation (`g`, `v`, `as`); charset and q are left out. */
  params: Record<string, string>;
  /** The q value from an Accept header, 1 when absent. */
  q: number;
}

const IDENTITY_PARAMS = new Set(['g', 'v', 'as']);

/** Parses one media type such as `application/json;g=apidiscovery.k8s.io;v=v2;as=APIGroupDiscoveryList`. */
export function parseMediaType(value: string): MediaType {
  const [head = '', ...rest] = value.split(';');
  const params: Record<string, string> = {};
  let q = 1;
  for (const part of rest) {
    const eq = part.indexOf('=');
    if (eq < 0) continue;
    const key = part.slice(0, eq).trim().toLowerCase();
    const raw = part
      .slice(eq + 1)
      .trim()
      .replace(/^"(.*)"$/, '$1');
    if (key === 'q') {
      const parsed = Number(raw);
      q = Number.isFinite(parsed) ? parsed : 1;
    } else if (IDENTITY_PARAMS.has(key)) {
      params[key] = raw;
    }
  }
  return { essence: head.trim().toLowerCase(), params, q };
}

/** Parses an Accept header into media types, highest q first (stable for equal q). */
export function parseAccept(header: string): MediaType[] {
  return header
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part.length > 0)
    .map(parseMediaType)
    .filter((type) => type.q > 0)
    .map((type, index) => ({ type, index }))
    .sort((a, b) => b.type.q - a.type.q || a.index - b.index)
    .map(({ type }) => type);
}

function paramsKey(params: Record<string, string>): string {
  return Object.keys(params)
    .sort()
    .map((key) => `${key}=${params[key]}`)
    .join(';');
}

/**
 * True when a response of `contentType` satisfies the requested `wanted` type.
 * Identity parameters must match exactly: plain `application/json` does not
 * accept an aggregated discovery document, as in kube-apiserver.
 */
export function mediaTypeMatches(wanted: MediaType, contentType: string): boolean {
  const offered = parseMediaType(contentType);
  if (wanted.essence === '*/*') return true;
  const [wantedType, wantedSub] = wanted.essence.split('/');
  const [offeredType] = offered.essence.split('/');
  if (wantedSub === '*') return wantedType === offeredType;
  if (isOpenApiProtobuf(wanted.essence) && isOpenApiProtobuf(offered.essence)) return true;
  return wanted.essence === offered.essence && paramsKey(wanted.params) === paramsKey(offered.params);
}

/** Both spellings of the OpenAPI v2 protobuf content type name the same encoding. */
export function isOpenApiProtobuf(essence: string): boolean {
  return OPENAPI_V2_PROTOBUF_TYPES.includes(parseMediaType(essence).essence);
}

/** Which discovery format a Content-Type names. */
export function discoveryFormatOf(contentType: string): 'aggregated-v2' | 'aggregated-v2beta1' | 'legacy' | 'unknown' {
  const type = parseMediaType(contentType);
  if (type.essence !== 'application/json') return 'unknown';
  if (type.params.g === 'apidiscovery.k8s.io' && type.params.as === 'APIGroupDiscoveryList') {
    if (type.params.v === 'v2') return 'aggregated-v2';
    if (type.params.v === 'v2beta1') return 'aggregated-v2beta1';
    return 'unknown';
  }
  return Object.keys(type.params).length === 0 ? 'legacy' : 'unknown';
}
