/**
 * Support for the property-based (fuzz) tests, `*.fuzz.test.ts`, which run
 * with fast-check in the normal `npm test`:
 *
 * - `ownErrorsOnly(fn)`: runs a parser on hostile input; it may return or
 *   throw, but a throw must be the project's own AtlasError (DecodeError,
 *   TransportError), never a TypeError or RangeError from deep inside.
 * - `bounded(label, fn)`: runs one case under a hang guard. A watchdog
 *   thread (it runs even while this thread is stuck in a synchronous loop)
 *   kills the test process when a case runs past its limit, printing the
 *   case, so a hang fails the run instead of stalling it until CI's timeout.
 *   The limit is generous: a guard against hangs, not a speed test.
 * - `FUZZ_RUNS`: case counts scale with `FUZZ_RUNS_FACTOR` (default 1), so a
 *   longer hunt is `FUZZ_SEED=random FUZZ_RUNS_FACTOR=20 npx vitest run fuzz`
 *   (the seed is fixed otherwise: test-support/fuzz-seed.ts).
 */
import { Worker } from 'node:worker_threads';
import { AtlasError } from '../lib/errors';

/** Per-case limit of the hang guard. */
export const CASE_LIMIT_MS = 10_000;

const factor = Number(process.env.FUZZ_RUNS_FACTOR ?? '1');

/** Cases for a property: `base` times FUZZ_RUNS_FACTOR. */
export function runs(base: number): number {
  return Math.max(1, Math.round(base * (Number.isFinite(factor) && factor > 0 ? factor : 1)));
}

const LABEL_BYTES = 2048;
let guard: { deadline: Float64Array; label: Uint8Array } | undefined;

/** Starts the watchdog thread once per test process. */
function watchdog(): NonNullable<typeof guard> {
  if (guard) return guard;
  const deadline = new Float64Array(new SharedArrayBuffer(8));
  const label = new Uint8Array(new SharedArrayBuffer(LABEL_BYTES + 2));
  const source = `
    const { workerData } = require('node:worker_threads');
    const { writeSync } = require('node:fs');
    const deadline = new Float64Array(workerData.deadline);
    const label = new Uint8Array(workerData.label);
    setInterval(() => {
      const until = deadline[0];
      if (until > 0 && Date.now() > until) {
        const length = label[0] | (label[1] << 8);
        const text = Buffer.from(label.subarray(2, 2 + length)).toString('utf8');
        writeSync(2, '\\nfuzz hang guard: a case ran past its limit, killing the test process. The case: ' + text + '\\n');
        process.kill(process.pid, 'SIGKILL');
      }
    }, 50);
  `;
  const worker = new Worker(source, { eval: true, workerData: { deadline: deadline.buffer, label: label.buffer } });
  worker.unref();
  guard = { deadline, label };
  return guard;
}

function setLabel(target: Uint8Array, text: string): void {
  const bytes = Buffer.from(text.length > LABEL_BYTES / 2 ? `${text.slice(0, LABEL_BYTES / 2)}…` : text, 'utf8').subarray(0, LABEL_BYTES);
  target[0] = bytes.length & 0xff;
  target[1] = bytes.length >> 8;
  target.set(bytes, 2);
}

/** Runs `fn` under the hang guard; `label` (lazily built) describes the case if it hangs. */
export function bounded<T>(label: () => string, fn: () => T, limitMs = CASE_LIMIT_MS): T {
  const { deadline, label: buffer } = watchdog();
  setLabel(buffer, label());
  deadline[0] = Date.now() + limitMs;
  try {
    return fn();
  } finally {
    deadline[0] = 0;
  }
}

/** Async variant of `bounded` (the guard still catches a synchronous hang inside). */
export async function boundedAsync<T>(label: () => string, fn: () => Promise<T>, limitMs = CASE_LIMIT_MS): Promise<T> {
  const { deadline, label: buffer } = watchdog();
  setLabel(buffer, label());
  deadline[0] = Date.now() + limitMs;
  try {
    return await fn();
  } finally {
    deadline[0] = 0;
  }
}

/**
 * Runs `fn`; returns `{ value }` or `{ error }` when it threw an AtlasError.
 * Anything else thrown is rethrown with the input named, failing the property.
 */
export function ownErrorsOnly<T>(fn: () => T, describe: () => string = () => ''): { value: T } | { error: AtlasError } {
  try {
    return { value: fn() };
  } catch (error) {
    if (error instanceof AtlasError) return { error };
    throw new Error(`not the project's own error type: ${String(error)}${describe() ? ` (input: ${describe()})` : ''}`, { cause: error });
  }
}

/** Async variant of ownErrorsOnly. */
export async function ownErrorsOnlyAsync<T>(fn: () => Promise<T>, describe: () => string = () => ''): Promise<{ value: T } | { error: AtlasError }> {
  try {
    return { value: await fn() };
  } catch (error) {
    if (error instanceof AtlasError) return { error };
    throw new Error(`not the project's own error type: ${String(error)}${describe() ? ` (input: ${describe()})` : ''}`, { cause: error });
  }
}

/** A short preview of an input for failure messages. */
export function preview(value: unknown, length = 300): string {
  let text: string;
  try {
    text =
      value instanceof Uint8Array
        ? `${value.length} bytes: ${Buffer.from(value.subarray(0, 64)).toString('hex')}`
        : (JSON.stringify(value) ?? String(value));
  } catch {
    text = String(value);
  }
  return text.length > length ? `${text.slice(0, length)}… (${text.length} chars)` : text;
}
