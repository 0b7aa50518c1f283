import path from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { HttpTransport } from '../kube/live/http-transport';
import { urlEndpoint } from '../kube/live/url-endpoint';
import { documentsFromSnapshot, startApiServer, type ApiServerDouble, type DocumentSet } from '../../test-support/apiserver';
import { EMBEDDED_SNAPSHOT, PROJECT_ROOT } from '../../test-support/fixtures';
import { ClusterPool, type PoolEntry } from './cluster-pool';
import { LiveSource } from './live-source';
import { SnapshotSource } from './snapshot-source';

const SNAPSHOT_128 = path.join(PROJECT_ROOT, 'snapshots/kubernetes-1.28');

let documents: DocumentSet;
const servers: ApiServerDouble[] = [];
let clock = 1_000_000;

beforeAll(async () => {
  documents = await documentsFromSnapshot(EMBEDDED_SNAPSHOT);
});
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

/** Snapshot clusters named `names`, all of the 1.28 snapshot, counting how often each is opened. */
function snapshotEntries(names: readonly string[], opened: string[]): PoolEntry[] {
  return names.map((name) => ({
    name,
    open: () => {
      opened.push(name);
      return new SnapshotSource(name, SNAPSHOT_128);
    },
  }));
}

/** A live cluster at `url`; `asked` records each status() call the pool makes. */
function liveEntry(name: string, url: string, asked: string[] = []): PoolEntry {
  return {
    name,
    open: () => {
      const source = new LiveSource(name, {
        refreshSeconds: 30,
        location: url,
        connect: async () => new HttpTransport(urlEndpoint(url), { timeoutSeconds: 2, retries: 0 }),
        fetch: { log: () => {} },
        now: () => clock,
      });
      return {
        name,
        kind: 'live',
        status: () => {
          asked.push(name);
          return source.status();
        },
      };
    },
  };
}

async function apiServer(): Promise<ApiServerDouble> {
  const server = await startApiServer(documents);
  servers.push(server);
  return server;
}

const primary = () => new SnapshotSource('kubernetes-1.36', EMBEDDED_SNAPSHOT);
const options = { maxLoaded: 2, retryFailedAfterMs: 30_000, now: () => clock };

describe('the cluster pool', () => {
  it('loads each cluster on first use only, and holds at most maxLoaded models besides the primary', async () => {
    const opened: string[] = [];
    const pool = new ClusterPool(snapshotEntries(['a', 'b', 'c'], opened), primary(), options);
    expect(pool.names()).toEqual(['a', 'b', 'c', 'kubernetes-1.36']);
    expect(opened).toEqual([]);
    expect(pool.known('a')).toEqual({ name: 'a', health: { state: 'unknown' } });

    expect((await pool.status('a'))?.model?.groups.length).toBe(22);
    await pool.status('a');
    await pool.status('b');
    expect(opened).toEqual(['a', 'b']);
    await pool.status('a'); // a is now the most recently used, b the least
    await pool.status('c');
    expect(pool.loadedNames()).toEqual(['kubernetes-1.36', 'a', 'c']);
    // b was dropped: asking again opens (and loads) a fresh source; a stays.
    await pool.status('b');
    await pool.status('c');
    expect(opened).toEqual(['a', 'b', 'c', 'b']);
    expect(await pool.status('nope')).toBeUndefined();
  });

  it('keeps every cluster summary after its model is dropped, so the matrices need no reload', async () => {
    const opened: string[] = [];
    const pool = new ClusterPool(snapshotEntries(['a', 'b', 'c'], opened), primary(), { ...options, maxLoaded: 1 });
    const all = await pool.allServed();
    expect(all.map((c) => [c.name, c.health.state, c.served?.groupVersions.length])).toEqual([
      ['a', 'ok', 30],
      ['b', 'ok', 30],
      ['c', 'ok', 30],
      ['kubernetes-1.36', 'ok', 36],
    ]);
    expect(pool.loadedNames()).toEqual(['kubernetes-1.36', 'c']);
    await pool.allServed();
    expect(opened).toEqual(['a', 'b', 'c']);
  });

  it('says which cluster is down or refuses the credentials, and the others keep working', async () => {
    const up = await apiServer();
    const refusing = await apiServer();
    refusing.switches.tokens = { alice: 'secret' };
    const gone = await apiServer();
    const goneUrl = gone.url;
    await gone.close();
    const pool = new ClusterPool([liveEntry('up', up.url), liveEntry('refusing', refusing.url), liveEntry('gone', goneUrl)], primary(), {
      ...options,
      maxLoaded: 5,
    });
    const all = await pool.allServed();
    const byName = new Map(all.map((c) => [c.name, c]));
    expect(byName.get('up')).toMatchObject({ health: { state: 'ok' }, served: { kubernetesVersion: 'v1.36.0' } });
    expect(byName.get('refusing')?.health.state).toBe('forbidden');
    expect(byName.get('refusing')?.health.detail).toMatch(/401/);
    expect(byName.get('refusing')?.served).toBeUndefined();
    expect(byName.get('gone')?.health.state).toBe('down');
    expect(byName.get('gone')?.health.detail).toMatch(/ECONNREFUSED|refused/i);
    expect(byName.get('kubernetes-1.36')?.health.state).toBe('ok');
  });

  it('shows a failing aggregated group-version as degraded on a cluster that is otherwise ok', async () => {
    const server = await apiServer();
    server.setUnavailable('batch/v1');
    const pool = new ClusterPool([liveEntry('batch-down', server.url)], primary(), options);
    const cluster = (await pool.allServed()).find((c) => c.name === 'batch-down')!;
    expect(cluster.health).toEqual({ state: 'ok', detail: 'one group-version not answering: batch/v1' });
    const batch = cluster.served?.groupVersions.find((gv) => gv.group === 'batch');
    expect(batch?.degraded).toBe('discovery marks this group-version stale');
    expect(cluster.served?.groupVersions.find((gv) => gv.group === 'apps')?.degraded).toBeUndefined();
  });

  it('marks a cluster stale when it stops answering after a load, and does not ask a failed cluster again too soon', async () => {
    const server = await apiServer();
    const url = server.url;
    const asked: string[] = [];
    const pool = new ClusterPool([liveEntry('flaky', url), liveEntry('never', 'http://127.0.0.1:1', asked)], primary(), options);
    await pool.allServed();
    await server.close();
    clock += 31_000;
    const flaky = (await pool.allServed()).find((c) => c.name === 'flaky')!;
    expect(flaky.health.state).toBe('stale');
    expect(flaky.served?.kubernetesVersion).toBe('v1.36.0');

    const never = () => pool.known('never').health;
    expect(never().state).toBe('down');
    expect(asked).toEqual(['never', 'never']);
    clock += 1_000;
    await pool.allServed();
    expect(asked).toHaveLength(2);
    // Its own pages still try.
    await pool.status('never');
    expect(asked).toHaveLength(3);
    clock += 30_000;
    await pool.allServed();
    expect(asked).toHaveLength(4);
    expect(pool.known('never').health.state).toBe('down');
  });
});
