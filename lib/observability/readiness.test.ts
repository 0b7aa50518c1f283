import { describe, expect, it } from 'vitest';
import type { ApiModel } from '../model/types';
import type { Source, SourceStatus } from '../sources/types';
import { readiness } from './readiness';

const model = {} as ApiModel;
function source(status: () => Promise<SourceStatus>): Source {
  return { name: 'prod', kind: 'live', status };
}
const base = { name: 'prod', kind: 'live' as const, location: 'https://10.0.0.1' };

describe('/readyz', () => {
  it('is not ready before the first load, nor while it takes longer than the wait', async () => {
    expect(await readiness(source(async () => ({ ...base, error: 'connection refused' })))).toEqual({
      ready: false,
      message: 'not ready: prod has not loaded: connection refused',
    });
    const slow = source(() => new Promise(() => undefined));
    expect(await readiness(slow, 20)).toEqual({ ready: false, message: 'not ready: prod is still loading' });
  });

  it('is ready when loaded, and when serving a last good copy while the cluster is away', async () => {
    expect((await readiness(source(async () => ({ ...base, model })))).ready).toBe(true);
    const stale = await readiness(source(async () => ({ ...base, model, stale: { since: 't1', lastGood: 't0', reason: 'connection refused' } })));
    expect(stale).toEqual({ ready: true, message: 'ready: prod serving documents last good at t0 (connection refused)' });
  });
});
