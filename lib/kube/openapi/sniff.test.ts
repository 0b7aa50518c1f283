import { describe, expect, it } from 'vitest';
import { buildModel } from '../../model/build';
import { EMBEDDED_SNAPSHOT, memoryTransport, overrideTransport, readFixtureBytes } from '../../../test-support/fixtures';
import { openSnapshot } from '../../snapshot/read';
import { fetchApiDocuments } from '../documents';
import { OPENAPI_ENCODINGS } from './encodings';
import { fetchOpenApi } from './fetch';

const jsonBody = readFixtureBytes('kubernetes-1.36/openapi-v2.json');
const pbBody = readFixtureBytes('kubernetes-1.36/openapi-v2.pb');

/** A server like an older kube-openapi handler: the same bytes whatever is asked, with a Content-Type that says nothing. */
function sloppyServer(body: Uint8Array, contentType: string | undefined) {
  const headers: Record<string, string> = contentType === undefined ? {} : { 'content-type': contentType };
  return memoryTransport({ '/openapi/v2': () => ({ status: 200, headers, body }) });
}

describe('/openapi/v2 without a proper Content-Type: decided by the bytes', () => {
  const cases: Array<[string, Uint8Array, string | undefined, string]> = [
    ['JSON with no Content-Type', jsonBody, undefined, 'JSON'],
    ['JSON as text/plain (Go sniffing)', jsonBody, 'text/plain; charset=utf-8', 'JSON'],
    ['JSON as application/octet-stream', jsonBody, 'application/octet-stream', 'JSON'],
    ['protobuf with no Content-Type', pbBody, undefined, 'protobuf'],
    ['protobuf as application/octet-stream', pbBody, 'application/octet-stream', 'protobuf'],
  ];
  it.each(cases)('reads %s, and logs the decision', async (_name, body, contentType, encoding) => {
    const log: string[] = [];
    const result = await fetchOpenApi(sloppyServer(body, contentType), OPENAPI_ENCODINGS, (line) => log.push(line));
    expect(result.encoding).toBe(encoding);
    expect(result.fallbacks).toEqual([]);
    expect(Object.keys(result.document.definitions ?? {})).toHaveLength(771);
    const said = contentType === undefined ? 'no Content-Type' : `Content-Type "${contentType}"`;
    const by = encoding === 'JSON' ? 'the body starts with "{"' : 'the body does not start with "{"';
    expect(log).toEqual([`memory: /openapi/v2 answered with ${said}; ${by}: read as ${encoding}`]);
  });

  it('falls back with the reason when the sniffed encoding does not decode', async () => {
    const log: string[] = [];
    const garbage = new TextEncoder().encode('{"swagger": "2.0", "paths": ');
    const failure = fetchOpenApi(sloppyServer(garbage, undefined), OPENAPI_ENCODINGS, (line) => log.push(line));
    await expect(failure).rejects.toThrow(/no encoding could be read \(.*JSON: .*not valid JSON/);
    expect(log[0]).toMatch(/answered with no Content-Type; the body starts with "\{": read as JSON/);
  });

  it('keeps a sloppy source whole: the model has every schema and no "no schema" problem', async () => {
    const snapshot = await openSnapshot(EMBEDDED_SNAPSHOT);
    const transport = overrideTransport(snapshot, (path) => (path === '/openapi/v2' ? { status: 200, headers: {}, body: jsonBody } : undefined));
    const model = buildModel(await fetchApiDocuments(transport, { log: () => {} }));
    expect(Object.keys(model.definitions)).toHaveLength(771);
    expect(model.problems).toEqual([]);
    expect(model.groups.find((g) => g.name === 'apps')?.versions[0]?.resources.find((r) => r.name === 'deployments')?.definition).toBe(
      'io.k8s.api.apps.v1.Deployment',
    );
  });
});
