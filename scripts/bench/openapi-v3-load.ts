/**
 * `npx tsx scripts/bench/openapi-v3-load.ts [CRD_DIR]`: the kube-apiserver
 * double with Kubernetes 1.36 (v3 for built-in kinds derived from the real v2
 * document) and every CRD under CRD_DIR (default: ../shared/fixtures/crds,
 * 345 real CRDs) installed, loaded by the site's own code (HttpTransport +
 * DocumentCache + fetchApiDocuments + buildModel) with and without
 * /openapi/v3: cold and warm loads (requests, bytes on the wire, time;
 * medians of 5), what v3 mode shows of the CRD kinds that v2 mode lacks
 * (fields; facts by kind, each CEL rule counted, on the field and on its
 * list items and map values), and the zero-valued validations in the JSON
 * `/openapi/v2` that gnostic's proto3 protobuf message cannot carry.
 *
 * Warm: one `DocumentCache.revalidate()` round and a load from the cache, as
 * a refresh does. A v3 warm load revalidates the `/openapi/v3` discovery
 * document (a 304 when nothing changed) and never refetches a group-version
 * document: its hash URL is immutable, a change comes as a new URL.
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

/** The rules of an `x-kubernetes-validations` hint value, one fact each. */
function ruleFacts(key: string, value: string): string[] {
  try {
    const rules = JSON.parse(value) as unknown;
    if (Array.isArray(rules)) return rules.map((r) => `${key} ${JSON.stringify(r)}`);
  } catch {
    // not JSON: one fact
  }
  return [`${key} ${value}`];
}

/**
 * Facts a field shows beyond its name and type, as `KEY` or `KEY VALUE`: default, enum, format, each hint
 * of the field and of its inline list items and map values (`items.oneOf`), each CEL rule on its own.
 */
function facts(nodes: readonly FieldNode[], into: Map<string, Set<string>>): void {
  for (const node of nodes) {
    const set = new Set<string>();
    if (node.default !== undefined) set.add('default');
    if (node.format) set.add('format');
    if (node.enum) set.add('enum');
    for (const hint of [...(node.hints ?? []), ...(node.itemHints ?? [])]) {
      const key = hint.key.replace(/^(items\.|values\.)+/, '');
      if (key === 'x-kubernetes-validations') for (const fact of ruleFacts(hint.key, hint.value)) set.add(fact);
      else set.add(hint.key);
    }
    into.set(node.path, set);
    if (node.children) facts(node.children, into);
  }
}

/** Scalars of gnostic's Schema message (proto3: a zero value is not sent) that validate a value. */
const PROTO3_SCALAR_VALIDATIONS = [
  'multipleOf',
  'maximum',
  'exclusiveMaximum',
  'minimum',
  'exclusiveMinimum',
  'maxLength',
  'minLength',
  'pattern',
  'maxItems',
  'minItems',
  'uniqueItems',
  'maxProperties',
  'minProperties',
] as const;

/** Zero-valued (0, false, "") validations of every schema in a v2 document, by key: what its protobuf form drops. */
function zeroValuedValidations(document: { definitions?: Record<string, unknown> }): Map<string, number> {
  const counts = new Map<string, number>();
  const stack: unknown[] = Object.values(document.definitions ?? {});
  while (stack.length > 0) {
    const schema = stack.pop();
    if (typeof schema !== 'object' || schema === null || Array.isArray(schema)) continue;
    const record = schema as Record<string, unknown>;
    for (const key of PROTO3_SCALAR_VALIDATIONS) {
      const value = record[key];
      if (value === 0 || value === false || value === '') counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    const properties = record.properties;
    if (typeof properties === 'object' && properties !== null) stack.push(...Object.values(properties));
    stack.push(record.additionalProperties, ...(Array.isArray(record.items) ? record.items : [record.items]));
    if (Array.isArray(record.allOf)) stack.push(...(record.allOf as unknown[]));
  }
  return counts;
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
    facts(buildFieldTree(v2.model.definitions, name, { expandRepeats: true, maxDepth: 40, itemHints: true }), a);
    facts(buildFieldTree(v3.model.definitions, name, { expandRepeats: true, maxDepth: 40, itemHints: true }), b);
    for (const [field, shown] of b) {
      const before = a.get(field);
      if (!before) extraFields += 1;
      for (const fact of shown) {
        if (before?.has(fact)) continue;
        extraFacts += 1;
        // `x-kubernetes-validations {rule}` counts as x-kubernetes-validations (rules); `items.oneOf` as oneOf.
        const key = fact.split(' ')[0]!.replace(/^(items\.|values\.)+/, '');
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

const zeros = zeroValuedValidations(v2.model.openapi ?? {});
console.log(
  `zero-valued validations in the JSON /openapi/v2 (1.36 + ${crds.length} CRDs) that protobuf cannot carry: ${[...zeros.values()].reduce((a, b) => a + b, 0)}`,
);
console.log(
  [...zeros]
    .sort((x, y) => y[1] - x[1])
    .map(([k, n]) => `  ${k}: ${n}`)
    .join('\n'),
);
await server.close();
