/**
 * npm run generate:cluster -- --out DIR [--crds 1000] [--seed 1]
 * npm run generate:cluster -- --out DIR/hostile-crds --hostile [--previous]
 *
 * Writes a generated cluster as a snapshot directory: Kubernetes 1.36 plus
 * N generated CRDs (test-support/cluster/), published as kube-apiserver
 * publishes CRDs. Deterministic: the same --crds and --seed write the same
 * bytes. Serve it (ATLAS_SNAPSHOT=DIR npm start) or export it
 * (npm run export -- --snapshot DIR). The benchmarks generate their own.
 *
 * --hostile writes the hostile-content snapshot instead (test-support/hostile.ts:
 * 1.36 with the CRDs of e2e/fixtures/hostile-crds; --previous: their older
 * release, to compare with). The source is named after the directory.
 */
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { writeGeneratedCluster } from '../test-support/cluster/snapshot';
import { writeHostileSnapshot } from '../test-support/hostile';

const { values } = parseArgs({
  options: {
    out: { type: 'string' },
    crds: { type: 'string', default: '1000' },
    seed: { type: 'string', default: '1' },
    hostile: { type: 'boolean', default: false },
    previous: { type: 'boolean', default: false },
  },
});
if (!values.out) {
  console.error('generate:cluster: --out DIR is required');
  process.exit(2);
}
if (values.hostile) {
  const out = path.resolve(values.out);
  await rm(out, { recursive: true, force: true });
  const manifest = await writeHostileSnapshot(out, { variant: values.previous ? 'previous' : 'current' });
  console.log(`wrote ${path.relative(process.cwd(), out) || '.'}: ${manifest.name}, ${manifest.entries.length} recorded answers`);
  process.exit(0);
}
const crds = Number(values.crds);
const seed = Number(values.seed);
if (!Number.isInteger(crds) || crds < 1 || !Number.isInteger(seed)) {
  console.error('generate:cluster: --crds must be a positive integer and --seed an integer');
  process.exit(2);
}
const out = path.resolve(values.out);
const started = performance.now();
await rm(out, { recursive: true, force: true });
const { manifest, generated } = await writeGeneratedCluster(out, { crds, seed });
const versions = generated.crds.reduce((n, c) => n + c.spec.versions.filter((v) => v.served).length, 0);
console.log(
  `wrote ${path.relative(process.cwd(), out) || '.'}: ${manifest.name}, ${crds} CRDs (${versions} served versions) in ${new Set(generated.crds.map((c) => c.spec.group)).size} groups, ` +
    `${generated.aggregatedGroups.length} aggregated, ${manifest.entries.length} recorded answers, in ${((performance.now() - started) / 1000).toFixed(1)} s`,
);
