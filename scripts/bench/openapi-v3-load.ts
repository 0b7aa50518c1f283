/**
 * `npx tsx scripts/bench/openapi-v3-load.ts [CRD_DIR]`: the kube-apiserver
 * double with Kubernetes 1.36 (v3 for built-in kinds derived from the real v2
 * document) and every CRD under CRD_DIR (default: ../shared/fixtures/crds,
 * 345 real CRDs) installed, loaded by the site's own code (HttpTransport +
 * DocumentCache + fetchApiDocuments + buildModel) with and without
 * /openapi/v3: cold and warm loads (requests, bytes on the wire, time;
 * medians of 5), and what v3 mode shows of the CRD kinds that v2 mode lacks.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { crdDefinitionName } from '../../lib/crd/openapi-v2';
import { parseCrdYaml } from '../../lib/crd/parse';
import type { CustomResourceDefinition } from '../../lib/crd/types';
import { fetchApiDocuments } from '../../lib/kube/documents';
import { HttpTransport } from '../../lib/kube/live/http-transport';
import { urlEndpoint } from '../../lib/kube/live/url-endpoint';
import { buildModel } from '../../lib/model/build';
import { buildFieldTree, type FieldNode } from '../../lib/model/schema';
import type { ApiModel } from '../../lib/model/types';
import { DocumentCache } from '../../lib/sources/document-cache';
import { documentsFromSnapshot, startApiServer } from '../../test-support/apiserver';
import { EMBEDDED_SNAPSHOT, PROJECT_ROOT } from '../../test-support/fixtures';
import { median } from './measure';

const dir = process.argv[2] ?? path.join(PROJECT_ROOT, '../shared/fixtures/crds');
function yamlFiles(root: string): string[] {
  return readdirSync(root).flatMap((name) => {
    const full = path.join(root, name);
    if (statSync(full).isDirectory()) return yamlFiles(full);
    return /\.(ya?ml|json)$/.test(name) ? [full] : [];
  });
}
const crds: CustomResourceDefinition[] = yamlFiles(dir).flatMap((file) => parseCrdYaml(readFileSync(file, 'utf8'), file));

const server = await startApiServer(await documentsFromSnapshot(EMBEDDED_SNAPSHOT), { openApiV3: true });
server.installCrds(crds);
const RUNS = Number(process.env.RUNS ?? 5);

interface Load {
  requests: number;
  bytes: number;
  ms: number;
}
async function measure(v3: boolean): Promise<{ cold: Load[]; warm: Load[]; model: ApiModel }> {
  const cold: Load[] = [];
  const warm: Load[] = [];
  let model: ApiModel | undefined;
  for (let run = 0; run < RUNS; run++) {
    const cache = new DocumentCache(new HttpTransport(urlEndpoint(server.url), { timeoutSeconds: 60, retries: 0 }));
    const load = async (): Promise<Load> => {
      const from = server.requests.length;
      const started = performance.now();
      model = buildModel(await fetchApiDocuments(cache, { log: () => {}, openApiV3: v3 }));
      const ms = performance.now() - started;
      const requests = server.requests.slice(from);
      return { requests: requests.length, bytes: requests.reduce((sum, r) => sum + r.bytes, 0), ms };
    };
    cold.push(await load());
    // Warm: what a refresh costs: one revalidation round, then the load from the cache.
    const from = server.requests.length;
    const started = performance.now();
    await cache.revalidate();
    await load();
    const requests = server.requests.slice(from);
    const statuses = new Map<string, number>();
    for (const r of requests)
      statuses.set(
        `${r.path.startsWith('/openapi/v3/') ? '/openapi/v3/*' : r.path} ${r.status}`,
        (statuses.get(`${r.path.startsWith('/openapi/v3/') ? '/openapi/v3/*' : r.path} ${r.status}`) ?? 0) + 1,
      );
    if (run === 0) console.log(`  ${v3 ? 'v3' : 'v2'} warm requests: ${[...statuses].map(([k, n]) => `${k} ×${n}`).join(', ') || 'none'}`);
    warm.push({ requests: requests.length, bytes: requests.reduce((sum, r) => sum + r.bytes, 0), ms: performance.now() - started });
  }
  return { cold, warm, model: model! };
}

const summary = (loads: Load[]) =>
  `${median(loads.map((l) => l.requests))} requests, ${(median(loads.map((l) => l.bytes)) / 1024 / 1024).toFixed(2)} MB on the wire, ${median(loads.map((l) => l.ms)).toFixed(0)} ms`;

/** Facts a field shows beyond its name and type: default, enum, format, each hint. */
function facts(nodes: readonly FieldNode[], into: Map<string, Set<string>>): void {
  for (const node of nodes) {
    const set = new Set<string>();
    if (node.default !== undefined) set.add('default');
    if (node.format) set.add('format');
    if (node.enum) set.add('enum');
    for (const hint of node.hints ?? []) set.add(hint.key);
    into.set(node.path, set);
    if (node.children) facts(node.children, into);
  }
}

const v2 = await measure(false);
const v3 = await measure(true);
console.log(`${crds.length} CRDs from ${dir}`);
console.log(`v2 only  cold: ${summary(v2.cold)}; warm: ${summary(v2.warm)}`);
console.log(`v3 + v2  cold: ${summary(v3.cold)}; warm: ${summary(v3.warm)}`);

let extraFields = 0;
let extraFacts = 0;
const byKey = new Map<string, number>();
for (const crd of crds) {
  for (const version of crd.spec.versions) {
    if (!version.served) continue;
    const name = crdDefinitionName({ group: crd.spec.group, version: version.name, kind: crd.spec.names.kind });
    if (!v2.model.definitions[name] || !v3.model.definitions[name]) continue;
    const a = new Map<string, Set<string>>();
    const b = new Map<string, Set<string>>();
    facts(buildFieldTree(v2.model.definitions, name, { expandRepeats: true, maxDepth: 40 }), a);
    facts(buildFieldTree(v3.model.definitions, name, { expandRepeats: true, maxDepth: 40 }), b);
    for (const [field, shown] of b) {
      const before = a.get(field);
      if (!before) extraFields += 1;
      for (const key of shown) {
        if (before?.has(key)) continue;
        extraFacts += 1;
        byKey.set(key, (byKey.get(key) ?? 0) + 1);
      }
    }
  }
}
console.log(`v3 mode shows ${extraFields} fields and ${extraFacts} field facts (defaults, validations, hints) that v2 mode lacks:`);
console.log(
  [...byKey]
    .sort((x, y) => y[1] - x[1])
    .map(([k, n]) => `  ${k}: ${n}`)
    .join('\n'),
);
await server.close();
