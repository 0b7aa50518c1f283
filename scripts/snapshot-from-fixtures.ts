/**
 * Builds the embedded snapshots from the recorded documents in
 * `../shared/fixtures/`: `snapshots/kubernetes-1.36/` (discovery, OpenAPI as
 * JSON and protobuf, /version) and `snapshots/kubernetes-1.28/` (OpenAPI JSON
 * only: that release was recorded without discovery or /version).
 * Run: `npx tsx scripts/snapshot-from-fixtures.ts`.
 * The bodies are the fixture bytes unchanged; only 1.36's `/version` is
 * written here, because the fixtures do not include it.
 */
import { readFile, readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { ACCEPT_AGGREGATED_V2, ACCEPT_JSON, ACCEPT_OPENAPI_V2_PROTOBUF } from '../lib/kube/media-type';
import { SnapshotWriter } from '../lib/snapshot/write';

const root = path.resolve(import.meta.dirname, '..');
const fixtures = path.resolve(root, '../shared/fixtures/kubernetes-1.36');
const out = path.join(root, 'snapshots/kubernetes-1.36');
const fixtures128 = path.resolve(root, '../shared/fixtures/kubernetes-1.28');
const out128 = path.join(root, 'snapshots/kubernetes-1.28');

async function bytes(file: string): Promise<Uint8Array> {
  return new Uint8Array(await readFile(path.join(fixtures, file)));
}

/** `apis__apps__v1.json` → `/apis/apps/v1`. */
function pathOfLegacyFile(file: string): string {
  return `/${file
    .replace(/\.json$/, '')
    .split('__')
    .join('/')}`;
}

async function make128(): Promise<void> {
  const writer = new SnapshotWriter({
    name: 'kubernetes-1.28',
    description:
      'Kubernetes 1.28: /openapi/v2 as JSON from kube-apiserver v1.28 (../shared/fixtures/kubernetes-1.28). No discovery or /version was recorded for this release, so groups, verbs and scopes are derived from the OpenAPI document and short names are unknown.',
    recordedAt: '2026-11-21T00:00:00Z',
  });
  const body = new Uint8Array(await readFile(path.join(fixtures128, 'openapi-v2.json')));
  writer.add({ path: '/openapi/v2', accept: ACCEPT_JSON, status: 200, contentType: ACCEPT_JSON }, body, 'json', 'json');
  await rm(out128, { recursive: true, force: true });
  const manifest = await writer.write(out128);
  console.log(`wrote ${out128}: ${manifest.entries.length} entries`);
}

async function make136(): Promise<void> {
  const writer = new SnapshotWriter({
    name: 'kubernetes-1.36',
    description:
      'Kubernetes v1.36.0 as kube-apiserver serves it: aggregated and legacy discovery, /openapi/v2 as JSON and protobuf, /version. Made from ../shared/fixtures/kubernetes-1.36 (see its discovery/SOURCE.md).',
    recordedAt: '2026-11-21T00:00:00Z',
  });
  const aggregated = ACCEPT_AGGREGATED_V2;
  writer.add(
    { path: '/api', accept: aggregated, status: 200, contentType: aggregated },
    await bytes('discovery/aggregated_v2_core.json'),
    'aggregated-v2',
    'json',
  );
  writer.add(
    { path: '/apis', accept: aggregated, status: 200, contentType: aggregated },
    await bytes('discovery/aggregated_v2.json'),
    'aggregated-v2',
    'json',
  );

  const legacy = (await readdir(path.join(fixtures, 'discovery/legacy'))).filter((f) => f.endsWith('.json'));
  // Shortest paths first so the manifest reads top-down: /api, /api/v1, /apis, /apis/G, /apis/G/V.
  legacy.sort((a, b) => a.split('__').length - b.split('__').length || a.localeCompare(b));
  for (const file of legacy) {
    writer.add(
      { path: pathOfLegacyFile(file), accept: ACCEPT_JSON, status: 200, contentType: ACCEPT_JSON },
      await bytes(`discovery/legacy/${file}`),
      'legacy',
      'json',
    );
  }

  writer.add({ path: '/openapi/v2', accept: ACCEPT_JSON, status: 200, contentType: ACCEPT_JSON }, await bytes('openapi-v2.json'), 'json', 'json');
  writer.add(
    {
      path: '/openapi/v2',
      accept: ACCEPT_OPENAPI_V2_PROTOBUF,
      status: 200,
      contentType: 'application/com.github.proto-openapi.spec.v2.v1.0+protobuf',
    },
    await bytes('openapi-v2.pb'),
    'protobuf',
    'pb',
  );

  const version = {
    major: '1',
    minor: '36',
    emulationMajor: '1',
    emulationMinor: '36',
    minCompatibilityMajor: '1',
    minCompatibilityMinor: '35',
    gitVersion: 'v1.36.0',
    gitTreeState: 'clean',
    compiler: 'gc',
    platform: 'linux/amd64',
  };
  writer.add(
    { path: '/version', accept: ACCEPT_JSON, status: 200, contentType: ACCEPT_JSON },
    new TextEncoder().encode(`${JSON.stringify(version, null, 2)}\n`),
    'json',
    'json',
  );

  await rm(out, { recursive: true, force: true });
  const manifest = await writer.write(out);
  console.log(`wrote ${out}: ${manifest.entries.length} entries`);
}

await make136();
await make128();
