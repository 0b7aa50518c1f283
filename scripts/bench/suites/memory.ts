/**
 * Model build in a fresh child process per sample, as a server pays for it
 * at start: snapshot → documents (the default negotiation: protobuf, else
 * JSON) → model, with the process's peak RSS. For Kubernetes 1.36 and the
 * generated cluster; the budgets table checks the generated cluster's time
 * and peak memory.
 */
import path from 'node:path';
import { median } from '../measure';
import { generatedScale, K8S_SCALE, openApiBytes, type Scale } from '../support/clusters';
import { runJsonChild } from '../support/json-child';
import type { BenchFact, BenchSuite } from '../types';

const child = path.join(import.meta.dirname, '../support/model-child.ts');

interface ChildResult {
  encoding: string;
  loadMs: number;
  buildMs: number;
  totalMs: number;
  peakRssMb: number;
  heapUsedMb: number;
}

function runChild(directory: string, json: boolean): Promise<ChildResult> {
  return runJsonChild<ChildResult>(child, [directory, ...(json ? ['json'] : [])]);
}

/** Facts `model build in a fresh process [scale]` (median total ms) and `peak RSS [scale]` (max MB). */
export const MEMORY_FIGURES = { total: 'model build in a fresh process (read + decode + build)', rss: 'peak RSS of that process' } as const;

/**
 * `json`: read /openapi/v2 as JSON even where protobuf is recorded. The growth
 * table compares the JSON rows (the generated cluster has no protobuf); the
 * default negotiation's row is what a server really pays at start.
 */
async function measure(scale: Scale, runs: number, size: number, json: boolean): Promise<BenchFact[]> {
  const results: ChildResult[] = [];
  for (let i = 0; i < runs; i++) results.push(await runChild(scale.directory, json));
  const encoding = results[0]!.encoding;
  const label = json ? `${scale.label}, JSON` : scale.label;
  const growth = json || encoding === 'json';
  const tag = (figure: string) => (growth ? { growth: { figure, scale: scale.label, size, sizeUnit: 'bytes of /openapi/v2 JSON' } } : {});
  return [
    {
      name: `${MEMORY_FIGURES.total} [${label}]`,
      value: Math.round(median(results.map((r) => r.totalMs))),
      unit: `ms (median of ${runs}; OpenAPI as ${encoding})`,
      ...tag(MEMORY_FIGURES.total),
    },
    { name: `  of which read + decode [${label}]`, value: Math.round(median(results.map((r) => r.loadMs))), unit: 'ms' },
    { name: `  of which buildModel [${label}]`, value: Math.round(median(results.map((r) => r.buildMs))), unit: 'ms' },
    {
      name: `${MEMORY_FIGURES.rss} [${label}]`,
      value: Math.round(Math.max(...results.map((r) => r.peakRssMb))),
      unit: `MB (max of ${runs})`,
      ...tag(MEMORY_FIGURES.rss),
    },
    { name: `  heap used after the build [${label}]`, value: Math.round(median(results.map((r) => r.heapUsedMb))), unit: 'MB' },
  ];
}

const suite: BenchSuite = {
  name: 'memory',
  order: 30,
  description: 'model build in a fresh child process per sample: time and peak RSS',
  async setup(context) {
    const runs = Math.max(1, Math.min(context.runs, 5));
    const generated = await generatedScale(context.crds, context.seed);
    const facts: BenchFact[] = [];
    facts.push(...(await measure(K8S_SCALE, runs, await openApiBytes(K8S_SCALE), false)));
    facts.push(...(await measure(K8S_SCALE, runs, await openApiBytes(K8S_SCALE), true)));
    facts.push(...(await measure(generated, runs, await openApiBytes(generated), false)));
    return { cases: [], facts };
  },
};

export default suite;
