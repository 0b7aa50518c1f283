/**
 * Run as a child process by the memory suite: loads a snapshot's documents
 * (as a server does at start: read, negotiate, decode), builds the model,
 * and prints one JSON line with the times and the process's peak RSS. A
 * fresh process per sample, so the peak is this work's and nothing else's.
 *
 * node --import tsx scripts/bench/support/model-child.ts SNAPSHOT_DIR [json]
 *
 * With `json`, /openapi/v2 is read as JSON only (to compare scales that
 * do not all have protobuf recorded).
 */
import { fetchApiDocuments } from '../../../lib/kube/documents';
import { jsonEncoding } from '../../../lib/kube/openapi/encodings';
import { buildModel } from '../../../lib/model/build';
import { openSnapshot } from '../../../lib/snapshot/read';

const [directory, encoding] = process.argv.slice(2);
if (!directory) throw new Error('usage: model-child.ts SNAPSHOT_DIR');
const rssBefore = process.memoryUsage().rss;
const started = performance.now();
const documents = await fetchApiDocuments(await openSnapshot(directory), {
  log: () => {},
  ...(encoding === 'json' ? { openApiEncodings: [jsonEncoding] } : {}),
});
const loaded = performance.now();
const model = buildModel(documents);
const built = performance.now();
const mb = (bytes: number) => bytes / 1024 / 1024;
console.log(
  JSON.stringify({
    encoding: documents.openapiEncoding,
    groups: model.groups.length,
    loadMs: loaded - started,
    buildMs: built - loaded,
    totalMs: built - started,
    rssBeforeMb: mb(rssBefore),
    // maxRSS is in KiB.
    peakRssMb: process.resourceUsage().maxRSS / 1024,
    heapUsedMb: mb(process.memoryUsage().heapUsed),
  }),
);
