/**
 * An export of one source alone (ATLAS_SOURCES=''): the `/c/NAME` and compare
 * routes have no page to list, which Next.js refuses in an export; they list
 * a placeholder (NO_CLUSTER, NO_COMPARISON_RANGE) that renders not-found, and
 * scripts/export.mjs removes the placeholder cluster's folder. Slow (a whole
 * export); it needs none of e2e/run.mjs's builds.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { before, describe, it } from 'node:test';
import { PROJECT_ROOT } from '../test-support/fixtures';

const out = path.join(PROJECT_ROOT, 'e2e/.artifacts/single-source-export');

function exportAlone(): Promise<{ code: number | null; output: string }> {
  const env: NodeJS.ProcessEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: '1', ATLAS_SOURCES: '' };
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['scripts/export.mjs', '--out', out], { cwd: PROJECT_ROOT, env });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('exit', (code) => resolve({ code, output }));
  });
}

describe('the export of a single source', () => {
  let result: { code: number | null; output: string };

  before(async () => {
    await rm(out, { recursive: true, force: true });
    result = await exportAlone();
  });

  it('finishes, with the site and without the placeholder cluster', async () => {
    assert.equal(result.code, 0, result.output.slice(-4000));
    assert.match(await readFile(path.join(out, 'apis/apps/v1/deployments/index.html'), 'utf8'), /<h1><bdi>Deployment<\/bdi>/);
    assert.equal(existsSync(path.join(out, 'c')), false, 'no /c/ folder: there is no other cluster');
    // The clusters page lists the one cluster.
    const clusters = await readFile(path.join(out, 'clusters/index.html'), 'utf8');
    assert.doesNotMatch(clusters, /href="\/c\//);
  });
});
