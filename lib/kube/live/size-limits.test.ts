import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { documentsFromSnapshot, startApiServer, type ApiServerDouble } from '../../../test-support/apiserver';
import { EMBEDDED_SNAPSHOT } from '../../../test-support/fixtures';
import { fetchApiDocuments } from '../documents';
import { HttpTransport } from './http-transport';
import { urlEndpoint } from './url-endpoint';

const MiB = 1024 * 1024;
let server: ApiServerDouble;

beforeAll(async () => {
  server = await startApiServer(await documentsFromSnapshot(EMBEDDED_SNAPSHOT));
});
afterAll(async () => {
  await server?.close();
});

/** Peak resident memory of this process so far, in bytes (getrusage's ru_maxrss). */
const peakRss = () => process.resourceUsage().maxRSS * 1024;

describe('document size limits', () => {
  it('a 2 MB gzip answer inflating to 2 GiB fails that document with a clear message, memory stays bounded, the rest loads', async () => {
    server.switches.gzipBomb = { path: '/openapi/v2', inflatedBytes: 2048 * MiB };
    const transport = new HttpTransport(urlEndpoint(server.url), {
      timeoutSeconds: 60,
      retries: 0,
      limits: { openapiBytes: 64 * MiB, documentBytes: 16 * MiB },
    });
    const before = peakRss();
    const documents = await fetchApiDocuments(transport, { log: () => {} });
    const growth = peakRss() - before;
    console.info(`gzip bomb (2 MB → 2 GiB): peak RSS grew by ${Math.round(growth / MiB)} MiB`);
    expect(documents.openapi).toBeUndefined();
    const problem = documents.problems.find((p) => p.source === '/openapi/v2');
    expect(problem?.message).toMatch(
      /GET http:\/\/127\.0\.0\.1:\d+\/openapi\/v2: the answer inflates to more than 64 MiB \(limit: ATLAS_MAX_OPENAPI_MB\)/,
    );
    // Discovery and /version are unaffected.
    expect(documents.discovery?.groups.length).toBeGreaterThan(10);
    expect(documents.version?.gitVersion).toBe('v1.36.0');
    expect(growth).toBeLessThan(256 * MiB);
  }, 120_000);

  it('a raw answer over the limit is cut off as it arrives', async () => {
    server.switches.gzipBomb = undefined;
    const transport = new HttpTransport(urlEndpoint(server.url), {
      timeoutSeconds: 10,
      retries: 0,
      limits: { openapiBytes: 64 * MiB, documentBytes: 4096 },
    });
    const error = await transport.get('/api/v1', { accept: 'application/json' }).catch((e: unknown) => e as Error);
    expect(String(error)).toMatch(/GET http:\/\/127\.0\.0\.1:\d+\/api\/v1: the answer is larger than 4 KiB \(limit: ATLAS_MAX_DOCUMENT_MB\)/);
  });
});
