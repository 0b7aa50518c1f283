/**
 * The static export survives names that cannot be file names (issue 17,
 * item 8), reproduced with a real snapshot: the embedded 1.36 plus a CRD of
 * group `..` and one whose field view's path is 265 bytes
 * (test-support/bad-names.ts). The real `npm run export` runs on it: it must
 * finish, list what it skipped, and write every other page inside its folder.
 * Slow (a whole export); it needs none of e2e/run.mjs's builds.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { before, describe, it } from 'node:test';
import { DOTS_GROUP, LONG_FIELD, LONG_FIELD_PATH, writeBadNamesSnapshot } from '../test-support/bad-names';
import { PROJECT_ROOT } from '../test-support/fixtures';

const artifacts = path.join(PROJECT_ROOT, 'e2e/.artifacts');
const snapshot = path.join(artifacts, 'snapshot-bad-names');
/** Inside a folder of its own, so a page written through `..` would land in `container`, where the test looks for it. */
const container = path.join(artifacts, 'bad-names-export');
const out = path.join(container, 'site');

/** Runs a command to its end: exit code and everything it printed. */
function run(command: string, args: string[]): Promise<{ code: number | null; output: string }> {
  const env: NodeJS.ProcessEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' };
  delete env.ATLAS_SOURCES;
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: PROJECT_ROOT, env });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('exit', (code) => resolve({ code, output }));
  });
}

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile()).map((e) => path.relative(dir, path.join(e.parentPath, e.name)));
}

describe('the export of a snapshot with names that cannot be files', () => {
  let result: { code: number | null; output: string };

  before(async () => {
    await rm(container, { recursive: true, force: true });
    await rm(snapshot, { recursive: true, force: true });
    await writeBadNamesSnapshot(snapshot);
    // As a user exporting a recorded cluster, with the default sources (the snapshots in snapshots/, under /c/NAME).
    // Not ATLAS_SOURCES='' (this snapshot alone): Next.js then refuses the empty /c/[cluster] routes.
    result = await run(process.execPath, ['scripts/export.mjs', '--snapshot', snapshot, '--out', out]);
  });

  it('finishes and lists the pages it skipped, with why', () => {
    assert.equal(result.code, 0, result.output.slice(-4000));
    const skipped = /export: skipped (\d+) pages? that cannot be written as files:\n((?: {2}.*\n?)+)/.exec(result.output);
    assert.ok(skipped, `no list of skipped pages in:\n${result.output.slice(-4000)}`);
    const lines = skipped[2]!.trim().split('\n');
    assert.equal(lines.length, Number(skipped[1]));
    // The `..` group's pages: its group page, its version, its resource, its OpenAPI slice.
    assert.ok(
      lines.some((l) => l.includes(`group "${DOTS_GROUP}" is not a file name`)),
      lines.join('\n'),
    );
    // The field view under a 260-byte name.
    assert.ok(
      lines.some((l) => l.includes(`path "${LONG_FIELD_PATH.slice(0, 40)}…"`) && /longer than a file name/.test(l)),
      lines.join('\n'),
    );
  });

  it('writes the rest of the site, and nothing outside its folder', async () => {
    const files = await filesUnder(out);
    for (const page of [
      'index.html',
      '404.html',
      'apis/apps/v1/deployments/index.html',
      'api/v1/pods/index.html',
      'apis/long.example.com/v1/longs/index.html',
      'kinds/Dots/index.html',
      'search-index.json',
    ]) {
      assert.ok(files.includes(page), `${page} is missing from the export`);
    }
    // The field view under the long name is not written (and did not abort the export).
    assert.ok(!files.some((f) => f.includes(LONG_FIELD)), 'a file under the 260-byte name was written');
    // Nothing written through `..`: no `/apis/../v1` landing in `apis/v1` or beside the site.
    assert.deepEqual(await readdir(container), ['site']);
    assert.equal(existsSync(path.join(out, 'apis/v1')), false);
    // The pages around them are whole.
    // Longs' page stops at spec (301 fields): spec's own view is written and lists them.
    assert.match(await readFile(path.join(out, 'apis/long.example.com/v1/longs/fields/spec/index.html'), 'utf8'), /field000/);
    assert.match(await readFile(path.join(out, 'apis/apps/v1/deployments/index.html'), 'utf8'), /<h1><bdi>Deployment<\/bdi>/);
  });
});
