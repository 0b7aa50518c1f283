/**
 * The inputs of the scale suites: the embedded Kubernetes 1.36 snapshot and
 * a generated cluster with N CRDs on top of it (test-support/cluster/),
 * written once per bench process into a temporary directory that is
 * removed when the process exits. Always generated afresh: the generator is
 * deterministic, but its code may have changed since a previous run.
 */
import { rmSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { EMBEDDED_SNAPSHOT } from '../../../test-support/fixtures';
import { writeGeneratedCluster } from '../../../test-support/cluster/snapshot';
import { openSnapshot } from '../../../lib/snapshot/read';

export interface Scale {
  /** `1.36`, `1,000 CRDs`: the growth table's column. */
  label: string;
  /** Snapshot directory. */
  directory: string;
  /** The snapshot's name (a source name in compare URLs). */
  name: string;
}

export const K8S_SCALE: Scale = { label: '1.36', directory: EMBEDDED_SNAPSHOT, name: 'kubernetes-1.36' };

let temporary: string | undefined;
const generated = new Map<string, Promise<Scale>>();

/** A directory for this process's generated inputs and outputs, removed at exit. */
export async function benchTempDir(): Promise<string> {
  if (!temporary) {
    temporary = await mkdtemp(path.join(os.tmpdir(), 'kube-api-atlas-bench-'));
    const dir = temporary;
    process.on('exit', () => rmSync(dir, { recursive: true, force: true }));
  }
  return temporary;
}

export function crdsLabel(crds: number): string {
  return `${crds.toLocaleString('en-US')} CRDs`;
}

/** The generated cluster with `crds` CRDs (seed `seed`) as a snapshot, generated once per process. */
export function generatedScale(crds: number, seed: number): Promise<Scale> {
  const key = `${crds}-${seed}`;
  let scale = generated.get(key);
  if (!scale) {
    scale = (async () => {
      // The directory name is the source name the site shows (and uses in compare URLs): keep it the snapshot's name.
      const directory = path.join(await benchTempDir(), `generated-${crds}-crds-seed-${seed}`);
      const started = performance.now();
      const { manifest } = await writeGeneratedCluster(directory, { crds, seed });
      console.log(`  (generated ${manifest.name} in ${((performance.now() - started) / 1000).toFixed(1)} s)`);
      return { label: crdsLabel(crds), directory, name: manifest.name };
    })();
    generated.set(key, scale);
  }
  return scale;
}

/** Bytes of a scale's /openapi/v2 as JSON (the size the growth table compares scales by). */
export async function openApiBytes(scale: Scale): Promise<number> {
  const answer = await (await openSnapshot(scale.directory)).get('/openapi/v2', { accept: 'application/json' });
  return answer.body.length;
}
