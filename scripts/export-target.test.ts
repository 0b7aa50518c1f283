import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildDirFor, EXPORT_MARKER, publishExport, refusalToReplace } from './export-target.mjs';

const root = path.resolve(import.meta.dirname, '..');
let scratch: string;

beforeEach(async () => {
  scratch = await mkdtemp(path.join(os.tmpdir(), 'export-target-'));
});
afterEach(async () => {
  await rm(scratch, { recursive: true, force: true });
});

describe('where the export may write', () => {
  it('refuses a non-empty folder that is not an earlier export, and names it', async () => {
    await writeFile(path.join(scratch, 'thesis.tex'), 'years of work');
    expect(await refusalToReplace(scratch)).toMatch(new RegExp(`^${scratch} is not empty and is not an earlier export`));
  });

  it('accepts an absent, an empty, a marked and an unmarked earlier export', async () => {
    expect(await refusalToReplace(path.join(scratch, 'new'))).toBeUndefined();
    await mkdir(path.join(scratch, 'empty'));
    expect(await refusalToReplace(path.join(scratch, 'empty'))).toBeUndefined();
    await mkdir(path.join(scratch, 'marked'));
    await writeFile(path.join(scratch, 'marked', EXPORT_MARKER), '');
    await writeFile(path.join(scratch, 'marked', 'index.html'), '');
    expect(await refusalToReplace(path.join(scratch, 'marked'))).toBeUndefined();
    const old = path.join(scratch, 'old-export');
    await mkdir(path.join(old, '_next'), { recursive: true });
    for (const file of ['routes.json', 'search-index.json', '404.html']) await writeFile(path.join(old, file), '');
    expect(await refusalToReplace(old)).toBeUndefined();
  });

  it('refuses a file', async () => {
    await writeFile(path.join(scratch, 'file'), '');
    expect(await refusalToReplace(path.join(scratch, 'file'))).toMatch(/is not a folder/);
  });

  it('builds in a folder of its own, never out/ or the requested folder', () => {
    const dir = buildDirFor(root, 1234);
    expect(path.dirname(dir)).toBe(root);
    expect(path.basename(dir)).toBe('.export-build-1234');
  });

  it('publishing replaces an earlier export and marks the new one', async () => {
    const build = path.join(scratch, 'build');
    const out = path.join(scratch, 'site');
    await mkdir(build);
    await writeFile(path.join(build, 'index.html'), 'new');
    await mkdir(out);
    await writeFile(path.join(out, EXPORT_MARKER), '');
    await writeFile(path.join(out, 'stale.html'), 'old');
    await publishExport(build, out);
    expect((await readdir(out)).sort()).toEqual([EXPORT_MARKER, 'index.html']);
    expect(await readFile(path.join(out, 'index.html'), 'utf8')).toBe('new');
    expect(existsSync(build)).toBe(false);
  });
});

describe('npm run export -- --out DIR', () => {
  it('stops before building when DIR holds other files, leaving them and out/ as they were', async () => {
    await writeFile(path.join(scratch, 'notes.txt'), 'keep me');
    const outBefore = existsSync(path.join(root, 'out')) ? (await readdir(path.join(root, 'out'))).sort() : undefined;
    const run = promisify(execFile)(process.execPath, [path.join(root, 'scripts/export.mjs'), '--out', scratch], { cwd: root });
    const failure: { code?: number; stderr?: string } = await run.then(
      () => ({}),
      (error: { code?: number; stderr?: string }) => error,
    );
    expect(failure.code).toBe(2);
    expect(failure.stderr).toContain(`export: ${scratch} is not empty and is not an earlier export`);
    expect(await readdir(scratch)).toEqual(['notes.txt']);
    expect(await readFile(path.join(scratch, 'notes.txt'), 'utf8')).toBe('keep me');
    expect(existsSync(path.join(root, 'out')) ? (await readdir(path.join(root, 'out'))).sort() : undefined).toEqual(outBefore);
    expect((await readdir(root)).filter((name) => name.startsWith('.export-build-'))).toEqual([]);
  });
});
