/**
 * Copied commands are pasted into shells. Field names, resource names,
 * kinds and groups come from the cluster (a CRD can name a field
 * `$(touch …)`), so each copied command is run here in bash, with kubectl
 * and curl replaced by functions printing their arguments: nothing may run
 * but them, and each must get its arguments exactly as the page means them.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { explainCommand, explainFor, verbExamples } from './kubectl';
import type { ApiModel, ApiResource } from './types';

const dir = mkdtempSync(path.join(tmpdir(), 'atlas-shell-'));
/** Relative (the shell runs in `dir`) and lower case: example object names are lower-cased. */
const marker = (n: number) => `pwned-${n}`;
/** Shell syntax that would create a marker file if the shell interpreted it. */
const payloads = (n: number) => [
  `$(touch ${marker(n)})`,
  `\`touch ${marker(n + 1)}\``,
  `x;touch ${marker(n + 2)}`,
  `x'$(touch ${marker(n + 3)})'`,
  `x"$(touch ${marker(n + 4)})"`,
  `x\ntouch ${marker(n + 5)}`,
  `x&&touch ${marker(n + 6)}`,
  `x|touch ${marker(n + 7)}`,
];

/** Runs `command` in bash with kubectl and curl as functions printing one argument per line (NUL-separated). */
function argumentsAsRun(command: string): string[] {
  const script = `kubectl() { printf 'kubectl\\0'; printf '%s\\0' "$@"; }\ncurl() { printf 'curl\\0'; printf '%s\\0' "$@"; }\n${command}\n`;
  const out = execFileSync('bash', ['-c', script], { cwd: dir, encoding: 'utf8' });
  return out.split('\0').slice(0, -1);
}

function hostileResource(name: string): ApiResource {
  return {
    group: `example.com`,
    version: 'v1',
    name,
    singular: name,
    kind: 'Demo',
    scope: 'Namespaced',
    verbs: ['get', 'list', 'watch', 'create', 'update', 'patch', 'delete', 'deletecollection'],
  } as unknown as ApiResource;
}

describe('copied commands are quoted for POSIX shells', () => {
  it('kubectl explain with hostile field paths runs no payload and passes the path as one argument', () => {
    const resource = hostileResource('demos');
    const model = { groups: [{ name: 'example.com', versions: [{ version: 'v1', preferred: true, resources: [resource] }] }] } as unknown as ApiModel;
    const parts = explainCommand(model, resource);
    payloads(0).forEach((payload) => {
      const command = explainFor(parts, `spec.${payload}`);
      expect(argumentsAsRun(command)).toEqual(['kubectl', 'explain', `demos.spec.${payload}`]);
    });
    // A plain path stays readable (no quotes where none are needed).
    expect(explainFor(parts, 'spec.replicas')).toBe('kubectl explain demos.spec.replicas');
    for (let n = 0; n < 8; n += 1) expect(existsSync(path.join(dir, marker(n))), marker(n)).toBe(false);
  });

  it('kubectl and curl examples with a hostile resource name run no payload', () => {
    payloads(10).forEach((payload, index) => {
      const resource = hostileResource(`demo${payload}`);
      const model = {
        groups: [
          { name: 'other', versions: [] },
          { name: 'example.com', versions: [{ version: 'v2', preferred: true, resources: [] }] },
        ],
      } as unknown as ApiModel;
      for (const example of verbExamples(model, resource)) {
        for (const command of [example.kubectl, example.curl]) {
          const args = argumentsAsRun(command);
          expect(args[0], `${example.verb} #${index}: ${command}`).toMatch(/^(kubectl|curl)$/);
          // The hostile name reaches the program whole, inside one argument (a URL, a file name, `demo….v2.example.com`).
          expect(
            args.some((a) => a.toLowerCase().includes(`demo${payload}`.toLowerCase())),
            `${example.verb} #${index}: ${command}`,
          ).toBe(true);
        }
      }
    });
    for (let n = 10; n < 18; n += 1) expect(existsSync(path.join(dir, marker(n))), marker(n)).toBe(false);
    // 128 bash processes: under 1 s on an idle machine, past the 30 s default when the machine is saturated.
  }, 120_000);
});
