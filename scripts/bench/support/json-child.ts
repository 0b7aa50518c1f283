/**
 * Runs a bench script in a fresh Node process (with tsx, so it may import
 * the project's TypeScript) and returns the JSON of its last stdout line:
 * a measurement that must not share this process's heap or caches.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { ROOT } from './next-server';

export function runJsonChild<T>(script: string, args: readonly string[]): Promise<T> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', script, ...args], { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.on('error', reject);
    child.on('exit', (code) => {
      if (code !== 0) return reject(new Error(`${path.relative(ROOT, script)} ${args.join(' ')} exited with ${code}`));
      try {
        resolve(JSON.parse(out.trim().split('\n').at(-1)!) as T);
      } catch (error) {
        reject(new Error(`${path.relative(ROOT, script)} printed no JSON on its last line: ${String(error)}`));
      }
    });
  });
}
