import { describeError } from '../errors';
import { parseJson } from '../kube/json-reader';
import {
  ACCEPT_AGGREGATED_V2,
  ACCEPT_AGGREGATED_V2BETA1,
  ACCEPT_JSON,
  ACCEPT_OPENAPI_V2_PROTOBUF,
  discoveryFormatOf,
  isOpenApiProtobuf,
  parseMediaType,
} from '../kube/media-type';
import { OPENAPI_V3_PATH, parseOpenApiV3Discovery } from '../kube/openapi/v3';
import { describeFailure } from '../kube/status';
import { bodyText, contentTypeOf, type Transport, type TransportResponse } from '../kube/transport';
import type { SnapshotManifest } from './manifest';
import { SnapshotWriter } from './write';

export interface RecordOptions {
  meta: Omit<SnapshotManifest, 'format' | 'entries'>;
  /** Parallel requests for the legacy group-version documents. */
  concurrency?: number;
  log?: (line: string) => void;
}

export interface RecordResult {
  writer: SnapshotWriter;
  /** Requests that did not give a recordable answer, one line each. */
  skipped: string[];
}

/**
 * Records a live server into a snapshot: both discovery forms where served
 * (aggregated v2, else v2beta1; and the legacy documents /api, /api/V,
 * /apis, /apis/G, /apis/G/V), /openapi/v2 as JSON and as protobuf where
 * served (the bytes are recorded as sent; no decoder is needed), and
 * /version, and /openapi/v3 where served (the discovery document and every
 * group-version document at the hash URL it lists, so a replay asks for
 * exactly what was recorded). Bodies are kept byte for byte, with the server's ETags. A
 * group-version that answers with an error is recorded with that error, so
 * the replay shows the same warning the live site did.
 */
type Add = (path: string, accept: string, response: TransportResponse, variant: string, extension: string) => void;

/**
 * `/openapi/v3` and its group-version documents, as served. Nothing is
 * recorded for a server without it: a snapshot never holds a v3 document the
 * server did not send.
 */
async function recordOpenApiV3(transport: Transport, add: Add, skipped: string[], log: (line: string) => void): Promise<void> {
  const discovery = await transport.get(OPENAPI_V3_PATH, { accept: ACCEPT_JSON });
  if (discovery.status !== 200) {
    skipped.push(`${OPENAPI_V3_PATH}: ${describeFailure(discovery)}`);
    return;
  }
  let listing: Array<{ name: string; url: string }>;
  try {
    listing = parseOpenApiV3Discovery(parseJson(bodyText(discovery), discovery.source), discovery.source);
  } catch (error) {
    skipped.push(`${OPENAPI_V3_PATH}: ${describeError(error)}`);
    return;
  }
  add(OPENAPI_V3_PATH, ACCEPT_JSON, discovery, 'json', 'json');
  for (const { url } of listing) {
    const response = await transport.get(url, { accept: ACCEPT_JSON });
    // Recorded whatever the answer (a 503 from an aggregated server replays as the same warning).
    if (response.status !== 200) log(`${url}: ${describeFailure(response)} (recorded as is)`);
    add(url, ACCEPT_JSON, response, 'json', 'json');
  }
}

export async function recordSnapshot(transport: Transport, options: RecordOptions): Promise<RecordResult> {
  const log = options.log ?? (() => {});
  const writer = new SnapshotWriter(options.meta);
  const skipped: string[] = [];
  const add = (path: string, accept: string, response: TransportResponse, variant: string, extension: string) => {
    const etag = response.headers.etag;
    writer.add(
      { path, accept, status: response.status, contentType: contentTypeOf(response), ...(etag ? { etag } : {}) },
      response.body,
      variant,
      extension,
    );
  };

  // Aggregated discovery: ask for each form explicitly and keep the newest served.
  for (const root of ['/api', '/apis']) {
    for (const [accept, variant] of [
      [ACCEPT_AGGREGATED_V2, 'aggregated-v2'],
      [ACCEPT_AGGREGATED_V2BETA1, 'aggregated-v2beta1'],
    ] as const) {
      const response = await transport.get(root, { accept });
      if (response.status === 200 && discoveryFormatOf(contentTypeOf(response)) === variant) {
        add(root, accept, response, variant, 'json');
        break;
      }
      skipped.push(`${root} as ${variant}: ${response.status === 200 ? `answered ${contentTypeOf(response)}` : describeFailure(response)}`);
    }
  }

  // Legacy discovery: the roots, then every group and group-version they list.
  const legacy: Array<{ path: string; response: TransportResponse }> = [];
  const fetchLegacy = async (path: string) => {
    const response = await transport.get(path, { accept: ACCEPT_JSON });
    if (response.status !== 200) log(`${path}: ${describeFailure(response)} (recorded as is)`);
    legacy.push({ path, response });
    return response;
  };
  const apiRoot = await fetchLegacy('/api');
  const apisRoot = await fetchLegacy('/apis');
  const paths: string[] = [];
  if (apiRoot.status === 200) {
    const versions = (parseJson(bodyText(apiRoot), apiRoot.source) as { versions?: string[] }).versions ?? [];
    paths.push(...versions.map((v) => `/api/${v}`));
  }
  if (apisRoot.status === 200) {
    const groups =
      (parseJson(bodyText(apisRoot), apisRoot.source) as { groups?: Array<{ name: string; versions: Array<{ version: string }> }> }).groups ?? [];
    for (const group of groups) paths.push(`/apis/${group.name}`, ...group.versions.map((v) => `/apis/${group.name}/${v.version}`));
  }
  const queue = [...paths];
  const worker = async () => {
    for (let next = queue.shift(); next; next = queue.shift()) {
      try {
        await fetchLegacy(next);
      } catch (error) {
        skipped.push(`${next}: ${describeError(error)}`);
      }
    }
  };
  await Promise.all(Array.from({ length: options.concurrency ?? 8 }, worker));
  // Shortest paths first, as the embedded snapshot lists them: /api, /api/v1, /apis, /apis/G, /apis/G/V.
  legacy.sort((a, b) => a.path.split('/').length - b.path.split('/').length || a.path.localeCompare(b.path));
  for (const { path, response } of legacy) add(path, ACCEPT_JSON, response, 'legacy', 'json');

  const json = await transport.get('/openapi/v2', { accept: ACCEPT_JSON });
  if (json.status === 200 && parseMediaType(contentTypeOf(json)).essence === 'application/json')
    add('/openapi/v2', ACCEPT_JSON, json, 'json', 'json');
  else skipped.push(`/openapi/v2 as JSON: ${describeFailure(json)}`);
  const protobuf = await transport.get('/openapi/v2', { accept: ACCEPT_OPENAPI_V2_PROTOBUF });
  if (protobuf.status === 200 && isOpenApiProtobuf(contentTypeOf(protobuf)))
    add('/openapi/v2', ACCEPT_OPENAPI_V2_PROTOBUF, protobuf, 'protobuf', 'pb');
  else skipped.push(`/openapi/v2 as protobuf: ${protobuf.status === 200 ? `answered ${contentTypeOf(protobuf)}` : describeFailure(protobuf)}`);

  await recordOpenApiV3(transport, add, skipped, log);

  const version = await transport.get('/version', { accept: ACCEPT_JSON });
  if (version.status === 200) add('/version', ACCEPT_JSON, version, 'json', 'json');
  else skipped.push(`/version: ${describeFailure(version)}`);

  for (const line of skipped) log(`not recorded: ${line}`);
  return { writer, skipped };
}
