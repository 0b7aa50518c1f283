/**
 * Runs `npm run export` (scripts/export.mjs) on a snapshot and times it:
 * the whole run, and each phase Next.js reports (compile, type check,
 * collecting page data — which loads the source and lists every page —
 * and generating the pages), from the lines it prints as they arrive.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { ROOT } from './next-server';

export interface ExportTiming {
  pages: number;
  files: number;
  megabytes: number;
  wallMs: number;
  compileMs?: number;
  typecheckMs?: number;
  /** From "Collecting page data" to the start of page generation. */
  collectMs?: number;
  /** Next.js's own "Generating static pages ... in X". */
  generateMs?: number;
}

/** "36.8s", "2.1min", "850ms" → ms. */
export function parseDuration(text: string): number | undefined {
  const match = /^([\d.]+)(ms|s|min)$/.exec(text);
  if (!match) return undefined;
  const value = Number(match[1]);
  return match[2] === 'ms' ? value : match[2] === 's' ? value * 1000 : value * 60_000;
}

export function runExport(snapshot: string, out: string, env: Record<string, string> = {}): Promise<ExportTiming> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, [path.join(ROOT, 'scripts/export.mjs'), '--snapshot', snapshot, '--out', out], {
      cwd: ROOT,
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const timing: Partial<ExportTiming> = {};
    let collectStarted: number | undefined;
    let log = '';
    let pending = '';
    child.stdout.on('data', (chunk: Buffer) => {
      const now = performance.now();
      log += chunk.toString();
      pending += chunk.toString();
      const lines = pending.split('\n');
      pending = lines.pop() ?? '';
      for (const line of lines) {
        let m: RegExpExecArray | null;
        if ((m = /Compiled successfully in (\S+)/.exec(line))) timing.compileMs = parseDuration(m[1]!);
        if ((m = /Finished TypeScript in (\S+)/.exec(line))) timing.typecheckMs = parseDuration(m[1]!.replace(/\.+$/, ''));
        if (/Collecting page data/.test(line)) collectStarted = now;
        if (/Generating static pages .*\(0\//.test(line) && collectStarted !== undefined) timing.collectMs = now - collectStarted;
        if ((m = /Generating static pages .*\((\d+)\/\1\) in (\S+)/.exec(line))) timing.generateMs = parseDuration(m[2]!);
        if ((m = /^export: (\d+) pages, (\d+) files, ([\d.]+) MB/.exec(line))) {
          timing.pages = Number(m[1]);
          timing.files = Number(m[2]);
          timing.megabytes = Number(m[3]);
        }
      }
    });
    child.stderr.on('data', (chunk: Buffer) => (log += chunk.toString()));
    child.on('exit', (code) => {
      if (code !== 0 || timing.pages === undefined) return reject(new Error(`export of ${snapshot} failed (exit ${code}):\n${log.slice(-4000)}`));
      resolve({ ...(timing as ExportTiming), wallMs: performance.now() - started });
    });
  });
}
