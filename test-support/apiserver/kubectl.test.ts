/**
 * The double is only useful if it behaves like kube-apiserver: the real
 * kubectl (on this machine: v1.32) is pointed at it with a kubeconfig
 * (CA data + bearer token) and must discover, explain and list CRD kinds.
 */
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCrdYaml } from '../../lib/crd/parse';
import { fetchApiDocuments } from '../../lib/kube/documents';
import { HttpTransport } from '../../lib/kube/live/http-transport';
import { urlEndpoint } from '../../lib/kube/live/url-endpoint';
import { buildModel } from '../../lib/model/build';
import { buildFieldTree, findField } from '../../lib/model/schema';
import { countModel, findResource } from '../../lib/model/lookup';
import type { ApiModel } from '../../lib/model/types';
import { cachedFieldViewPlan, fieldHref } from '../../lib/site/field-views';
import { resourcePath } from '../../lib/site/urls';
import { kubectlRecursivePaths } from '../kubectl-paths';
import { landingField } from '../landing';
import { embeddedModel } from '../model';
import { CRDS, EMBEDDED_SNAPSHOT } from '../fixtures';
import { documentsFromSnapshot, generateTestPki, startApiServer, writeKubeconfig, type ApiServerDouble } from './index';

const run = promisify(execFile);
const KUBECTL = process.env.KUBECTL ?? '/usr/bin/kubectl';
const TOKEN = 'kubectl-test-token-0a1b2c3d';

let server: ApiServerDouble;
let kubeconfig: string;
let cacheDir: string;

async function kubectl(...args: string[]): Promise<string> {
  const { stdout } = await run(KUBECTL, ['--kubeconfig', kubeconfig, '--cache-dir', cacheDir, ...args], {
    env: { ...process.env, HOME: cacheDir },
    maxBuffer: 64 * 1024 * 1024,
  });
  return stdout;
}

beforeAll(async () => {
  const pki = generateTestPki();
  server = await startApiServer(await documentsFromSnapshot(EMBEDDED_SNAPSHOT), { pki });
  server.switches.tokens = { admin: TOKEN };
  const dir = await mkdtemp(path.join(tmpdir(), 'atlas-kubectl-'));
  cacheDir = path.join(dir, 'cache');
  kubeconfig = await writeKubeconfig(path.join(dir, 'config'), { server: server.url, pki, user: { token: TOKEN } });
});
afterAll(async () => {
  await server?.close();
});

// kubectl ships with the machine image (.ci/run installs Debian's where it is missing): a missing kubectl fails here.
describe(`real kubectl (${KUBECTL}) against the kube-apiserver double`, () => {
  it('kubectl api-resources lists what aggregated discovery serves', async () => {
    const out = await kubectl('api-resources', '--no-headers');
    expect(out).toMatch(/^deployments\s+deploy\s+apps\/v1\s+true\s+Deployment$/m);
    expect(out).toMatch(/^pods\s+po\s+v1\s+true\s+Pod$/m);
    expect(server.requests.some((r) => r.path === '/apis' && r.status === 200 && r.accept.includes('g=apidiscovery.k8s.io;v=v2'))).toBe(true);
    expect(server.requests.every((r) => r.user === 'admin')).toBe(true);
  });

  it('the site counts one resource per kubectl api-resources row, and resource-versions apart', async () => {
    const rows = (await kubectl('api-resources', '--no-headers')).trim().split('\n');
    const counts = countModel(await embeddedModel());
    expect(counts.resources).toBe(rows.length);
    expect(counts.resourceVersions).toBeGreaterThan(counts.resources);
  });

  it('kubectl explain reads /openapi/v2 as protobuf', async () => {
    const out = await kubectl('explain', 'deployment.spec.replicas', '--output=plaintext-openapiv2');
    expect(out).toMatch(/FIELD:\s+replicas <integer>/);
    expect(out).toMatch(/Number of desired pods/);
    expect(server.requests.some((r) => r.path === '/openapi/v2' && r.status === 200 && r.accept.includes('protobuf'))).toBe(true);
  });

  it('sees installed CRDs with their short names, and their lossy v2 schema in /openapi/v2', async () => {
    const file = path.join(CRDS, 'cert-manager/certificates.cert-manager.io.yaml');
    server.installCrds(parseCrdYaml(readFileSync(file, 'utf8'), file));
    const out = await kubectl('api-resources', '--api-group=cert-manager.io', '--no-headers');
    expect(out.trim()).toMatch(/^certificates\s+cert,certs\s+cert-manager\.io\/v1\s+true\s+Certificate$/);
    // The double has no protobuf encoder, so with CRDs it serves /openapi/v2 as JSON only: read it as kubectl would.
    const raw = JSON.parse(await kubectl('get', '--raw', '/openapi/v2')) as { definitions: Record<string, { properties?: Record<string, unknown> }> };
    expect(Object.keys(raw.definitions['io.cert-manager.v1.Certificate']?.properties ?? {}).sort()).toEqual([
      'apiVersion',
      'kind',
      'metadata',
      'spec',
      'status',
    ]);
  });
});

describe(`real kubectl (${KUBECTL}) against the double serving /openapi/v3 (built-in kinds derived from the real v2 document; CRDs as apiextensions-apiserver publishes them)`, () => {
  let v3: ApiServerDouble;
  let v3Kubeconfig: string;
  beforeAll(async () => {
    v3 = await startApiServer(await documentsFromSnapshot(EMBEDDED_SNAPSHOT), { openApiV3: true });
    v3.installCrds(
      ['cert-manager/issuers.cert-manager.io.yaml', 'velero/backups.velero.io.yaml'].flatMap((file) =>
        parseCrdYaml(readFileSync(path.join(CRDS, file), 'utf8'), file),
      ),
    );
    const dir = await mkdtemp(path.join(tmpdir(), 'atlas-kubectl-v3-'));
    v3Kubeconfig = await writeKubeconfig(path.join(dir, 'config'), { server: v3.url, user: { token: 'unused' } });
  });
  afterAll(async () => {
    await v3?.close();
  });
  const explain = async (...args: string[]) =>
    (await run(KUBECTL, ['--kubeconfig', v3Kubeconfig, '--cache-dir', path.join(path.dirname(v3Kubeconfig), 'cache'), 'explain', ...args])).stdout;

  it('kubectl explain reads the group-version document by its hash URL, and lists the fields the site shows', async () => {
    const out = await explain('issuers.spec.venafi');
    expect(out).toMatch(/^GROUP:\s+cert-manager\.io$/m);
    expect(out).toMatch(/^FIELD:\s+venafi <Object>$/m);
    const fetched = v3.requests.filter((r) => r.path === '/openapi/v3/apis/cert-manager.io/v1').map((r) => `${r.status} ${r.search}`);
    expect(fetched).toEqual([expect.stringMatching(/^200 \?hash=[0-9A-F]{128}(&timeout=\d+s)?$/)]);
    // The site's model over the same server: the same fields under spec.venafi.
    const transport = new HttpTransport(urlEndpoint(v3.url), { timeoutSeconds: 5, retries: 0 });
    const model = buildModel(await fetchApiDocuments(transport, { log: () => {} }));
    const venafi = findField(buildFieldTree(model.definitions, 'io.cert-manager.v1.Issuer'), 'spec.venafi');
    const siteFields = (venafi?.children ?? []).map((c) => `${c.name} <${c.type === 'object' ? 'Object' : c.type}>`);
    const kubectlFields = [...out.matchAll(/^ {2}(\w+)\s+<([^>]+)>/gm)].map((m) => `${m[1]} <${m[2]}>`);
    expect(kubectlFields.length).toBeGreaterThan(2);
    expect(kubectlFields).toEqual(siteFields);
  });

  /**
   * The dotted paths `kubectl explain --recursive` prints: under FIELDS:,
   * each field is indented two spaces per level below its parent.
   */
  function recursivePaths(out: string): string[] {
    const lines = out.split('\n');
    const start = lines.findIndex((line) => line.startsWith('FIELDS:'));
    const paths: string[] = [];
    const stack: string[] = [];
    for (const line of lines.slice(start + 1)) {
      const match = /^( +)([^\s<]+)\s+<[^>]*>/.exec(line);
      if (!match) continue;
      const level = match[1]!.length / 2 - 1;
      stack.length = level;
      stack.push(match[2]!);
      paths.push(stack.join('.'));
    }
    return paths;
  }

  it('kubectl explain --recursive prints exactly the paths the site shows, each at its own place: Pod, Deployment and two CRDs (over v3)', async () => {
    const transport = new HttpTransport(urlEndpoint(v3.url), { timeoutSeconds: 30, retries: 0 });
    const model: ApiModel = buildModel(await fetchApiDocuments(transport, { log: () => {} }));
    const cases: Array<[string, string, string, string]> = [
      ['pods', '', 'v1', 'pods'],
      ['deployments', 'apps', 'v1', 'deployments'],
      ['issuers', 'cert-manager.io', 'v1', 'issuers'],
      ['backups', 'velero.io', 'v1', 'backups'],
    ];
    for (const [name, group, version, plural] of cases) {
      const printed = recursivePaths(await explain(name, '--recursive', `--api-version=${group ? `${group}/` : ''}${version}`));
      const resource = findResource(model, group, version, plural)!;
      const views = cachedFieldViewPlan(model, resource).views;
      expect(printed.length, name).toBeGreaterThan(40);
      // The same paths in the same order as the site's own derivation from the schema it read ...
      expect(printed, name).toEqual(kubectlRecursivePaths(model.definitions, resource.definition!));
      // ... and every one of them lands on the site at that path (page or field view).
      const lost = printed.filter((p) => landingField(model, resource, fieldHref(resourcePath(resource), views, p))?.path !== p);
      expect(lost, name).toEqual([]);
    }
    // velero's nullable spec.labelSelector has fields only v3 publishes; kubectl (reading v3) prints them.
    expect(recursivePaths(await explain('backups', '--recursive'))).toContain('spec.labelSelector.matchExpressions.key');
  }, 120_000);

  it('kubectl explain of a built-in kind works from the derived v3 document', async () => {
    const out = await explain('deployment.spec.replicas');
    expect(out).toMatch(/FIELD:\s+replicas <integer>/);
    expect(v3.requests.some((r) => r.path === '/openapi/v3/apis/apps/v1' && r.status === 200)).toBe(true);
  });
});
