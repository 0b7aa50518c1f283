import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../../test-support/fixtures';

const GENERATED = 'lib/kube/proto/generated/openapiv2.js';

describe('the generated protobuf code', () => {
  it('is what `npm run proto:generate` makes from openapiv2.proto now', async () => {
    // The same command as the npm script, writing to a temporary folder.
    const scripts = JSON.parse(await readFile(path.join(PROJECT_ROOT, 'package.json'), 'utf8')).scripts as Record<string, string>;
    const [command, ...args] = scripts['proto:generate']!.split(/\s+/);
    expect(command).toBe('pbjs');
    expect(args).toContain(GENERATED);
    const out = await mkdtemp(path.join(tmpdir(), 'atlas-proto-'));
    try {
      const target = path.join(out, 'openapiv2.js');
      await promisify(execFile)(
        path.join(PROJECT_ROOT, 'node_modules/.bin/pbjs'),
        args.map((arg) => (arg === GENERATED ? target : arg)),
        { cwd: PROJECT_ROOT },
      );
      for (const file of ['openapiv2.js', 'openapiv2.d.ts']) {
        const fresh = await readFile(path.join(out, file), 'utf8');
        const committed = await readFile(path.join(PROJECT_ROOT, 'lib/kube/proto/generated', file), 'utf8');
        // A boolean, not a 600 kB diff: run `npm run proto:generate` and commit.
        expect(fresh === committed, `${file} is stale: run npm run proto:generate`).toBe(true);
      }
    } finally {
      await rm(out, { recursive: true, force: true });
    }
  });
});
