import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LOOPBACK_HOSTS, readConfig, readServingConfig } from './config';
import { PRODUCT_VERSION } from './product';

describe('configuration from the environment', () => {
  it('serves the embedded snapshot when nothing is configured, even with a KUBECONFIG around', () => {
    const config = readConfig({ KUBECONFIG: '/home/me/.kube/config' });
    expect(config.sources).toEqual([{ kind: 'snapshot', name: 'kubernetes-1.36', directory: expect.stringMatching(/snapshots\/kubernetes-1\.36$/) }]);
    expect(config.live).toEqual({
      refreshSeconds: 30,
      timeoutSeconds: 10,
      retries: 3,
      execTimeoutSeconds: 30,
      limits: { openapiBytes: 512 * 1024 * 1024, documentBytes: 64 * 1024 * 1024 },
    });
  });

  it('picks a kubeconfig and context, in-cluster, or a plain URL', () => {
    expect(readConfig({ ATLAS_KUBECONFIG: 'kc.yaml', ATLAS_CONTEXT: 'prod' }).sources[0]).toEqual({
      kind: 'kubeconfig',
      name: 'prod',
      file: path.resolve('kc.yaml'),
      context: 'prod',
    });
    expect(readConfig({ ATLAS_SOURCE: 'kubeconfig' }).sources[0]).toEqual({ kind: 'kubeconfig', name: 'current-context' });
    expect(readConfig({ ATLAS_IN_CLUSTER: '1' }).sources[0]).toEqual({ kind: 'in-cluster', name: 'in-cluster' });
    expect(readConfig({ ATLAS_SERVER_URL: 'http://127.0.0.1:8001' }).sources[0]).toEqual({
      kind: 'url',
      name: '127.0.0.1:8001',
      url: 'http://127.0.0.1:8001',
    });
    expect(
      readConfig({
        ATLAS_REFRESH_SECONDS: '5',
        ATLAS_TIMEOUT_SECONDS: '2.5',
        ATLAS_RETRIES: '0',
        ATLAS_EXEC_TIMEOUT_SECONDS: '4',
        ATLAS_MAX_OPENAPI_MB: '1024',
        ATLAS_MAX_DOCUMENT_MB: '0.5',
      }).live,
    ).toEqual({
      refreshSeconds: 5,
      timeoutSeconds: 2.5,
      retries: 0,
      execTimeoutSeconds: 4,
      limits: { openapiBytes: 1024 * 1024 * 1024, documentBytes: 512 * 1024 },
    });
  });

  it('keeps 4 clusters loaded besides the primary unless ATLAS_LOADED_CLUSTERS says otherwise', () => {
    expect(readConfig({}).loadedClusters).toBe(4);
    expect(readConfig({ ATLAS_LOADED_CLUSTERS: '10' }).loadedClusters).toBe(10);
    expect(() => readConfig({ ATLAS_LOADED_CLUSTERS: '0' })).toThrow(/ATLAS_LOADED_CLUSTERS: must be a positive number/);
  });

  it('turns Try it out off by default (it acts with the site identity); reading and writing are explicit opt-ins', () => {
    expect(readConfig({}).tryIt).toBe('off');
    expect(readConfig({ ATLAS_TRY_IT: 'read' }).tryIt).toBe('read');
    expect(readConfig({ ATLAS_TRY_IT: 'off' }).tryIt).toBe('off');
    expect(readConfig({ ATLAS_TRY_IT: 'write' }).tryIt).toBe('write');
    expect(() => readConfig({ ATLAS_TRY_IT: 'yes' })).toThrow(/ATLAS_TRY_IT: must be off, read or write, got "yes"/);
  });

  it('listens on loopback and accepts only loopback Host names unless told otherwise', () => {
    expect(readServingConfig({})).toEqual({ listenHost: '127.0.0.1', allowedHosts: LOOPBACK_HOSTS, tryItPerMinute: 60, logFormat: 'text' });
    expect(readServingConfig({ ATLAS_LISTEN_HOST: '0.0.0.0' }).allowedHosts).toBe('any');
    expect(readServingConfig({ ATLAS_LISTEN_HOST: '0.0.0.0', ATLAS_ALLOWED_HOSTS: 'Atlas.Example.com, atlas.atlas.svc' }).allowedHosts).toEqual([
      'atlas.example.com',
      'atlas.atlas.svc',
    ]);
    expect(readServingConfig({ ATLAS_ALLOWED_HOSTS: '*' }).allowedHosts).toBe('any');
    expect(readServingConfig({ ATLAS_LOG_FORMAT: 'json', ATLAS_TRY_IT_PER_MINUTE: '5' })).toMatchObject({ logFormat: 'json', tryItPerMinute: 5 });
    expect(() => readServingConfig({ ATLAS_LOG_FORMAT: 'xml' })).toThrow(/ATLAS_LOG_FORMAT: must be text or json, got "xml"/);
  });

  it('reads the sources to compare with from ATLAS_SOURCES', () => {
    const config = readConfig({
      ATLAS_SOURCES: 'old=snapshots/kubernetes-1.28, url:http://127.0.0.1:8001 ,staging=kubeconfig:staging,snapshot:/data/prod',
    });
    expect(config.sources.slice(1)).toEqual([
      { kind: 'snapshot', name: 'old', directory: path.resolve('snapshots/kubernetes-1.28') },
      { kind: 'url', name: '127.0.0.1:8001', url: 'http://127.0.0.1:8001' },
      { kind: 'kubeconfig', name: 'staging', context: 'staging' },
      { kind: 'snapshot', name: 'prod', directory: '/data/prod' },
    ]);
    expect(config.snapshotsRoot).toBeUndefined();
    expect(readConfig({ ATLAS_EXPORT: '1', ATLAS_SOURCES: 'url:http://x:1,snapshots/kubernetes-1.28' }).sources.map((s) => s.kind)).toEqual([
      'snapshot',
      'snapshot',
    ]);
    expect(readConfig({}).snapshotsRoot).toBe(path.resolve('snapshots'));
    expect(() => readConfig({ ATLAS_SOURCES: 'x=kubeconfig:' })).toThrow(/ATLAS_SOURCES: "x=kubeconfig:" names no context/);
  });

  it('builds static exports from snapshots only', () => {
    expect(readConfig({ ATLAS_EXPORT: '1', ATLAS_SERVER_URL: 'http://127.0.0.1:8001' }).sources[0]?.kind).toBe('snapshot');
  });

  it('says clearly what is wrong', () => {
    expect(() => readConfig({ ATLAS_SERVER_URL: 'http://x:1', ATLAS_IN_CLUSTER: '1' })).toThrow(
      /more than one live source is configured \(url, in-cluster\)/,
    );
    expect(() => readConfig({ ATLAS_REFRESH_SECONDS: 'soon' })).toThrow(/ATLAS_REFRESH_SECONDS: must be a non-negative number/);
    expect(() => readConfig({ ATLAS_SERVER_URL: 'not a url' })).toThrow(/ATLAS_SERVER_URL: is not a URL/);
    expect(() => readConfig({ ATLAS_SOURCE: 'cloud' })).toThrow(/ATLAS_SOURCE: must be snapshot, kubeconfig, in-cluster or url/);
  });

  it('names the version package.json has', () => {
    expect(PRODUCT_VERSION).toBe(JSON.parse(readFileSync(path.join(import.meta.dirname, '../package.json'), 'utf8')).version);
  });
});
