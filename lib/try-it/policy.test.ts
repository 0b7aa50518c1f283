import { describe, expect, it } from 'vitest';
import { embeddedModel } from '../../test-support/model';
import { decide, submitMethods, WATCH_SECONDS } from './policy';

const doc = (await embeddedModel()).openapi!;
const allowed = (mode: 'read' | 'write', method: string, path: string, search = '') => {
  const decision = decide(doc, mode, method, path, search);
  if (!decision.allow) throw new Error(`refused: ${decision.message}`);
  return decision;
};
const refused = (mode: 'off' | 'read' | 'write', method: string, path: string, search = '') => {
  const decision = decide(doc, mode, method, path, search);
  if (decision.allow) throw new Error(`allowed: ${method} ${path}`);
  return decision;
};

describe('Try it out: what the site sends to a live cluster', () => {
  it('reads by default: get, list, and watch cut to a few seconds', () => {
    expect(allowed('read', 'GET', '/apis/apps/v1/namespaces/default/deployments/web')).toMatchObject({
      action: 'get',
      template: '/apis/apps/v1/namespaces/{namespace}/deployments/{name}',
      watch: false,
    });
    expect(allowed('read', 'GET', '/api/v1/namespaces', '?limit=5').upstreamPath).toBe('/api/v1/namespaces?limit=5');
    const watch = allowed('read', 'GET', '/api/v1/namespaces/default/pods', '?watch=true&timeoutSeconds=3600');
    expect(watch).toMatchObject({
      action: 'list',
      watch: true,
      upstreamPath: `/api/v1/namespaces/default/pods?watch=true&timeoutSeconds=${WATCH_SECONDS}`,
    });
    expect(allowed('read', 'GET', '/api/v1/pods', '?watch=1&timeoutSeconds=2').upstreamPath).toBe('/api/v1/pods?watch=1&timeoutSeconds=2');
    expect(allowed('read', 'GET', '/api/v1/pods', '?watch=1&timeoutSeconds=0.2').upstreamPath).toBe('/api/v1/pods?watch=1&timeoutSeconds=1');
    expect(allowed('read', 'GET', '/apis/apps/v1/watch/namespaces/default/deployments')).toMatchObject({
      action: 'watchlist',
      watch: true,
      upstreamPath: `/apis/apps/v1/watch/namespaces/default/deployments?timeoutSeconds=${WATCH_SECONDS}`,
    });
    expect(allowed('read', 'GET', '/api/v1/pods', '?watch=false').watch).toBe(false);
    expect(allowed('read', 'GET', '/apis/apps/v1/').action).toBe('get'); // discovery
  });

  it('refuses changes unless writing is enabled, and says how to enable it', () => {
    const refusal = refused('read', 'DELETE', '/apis/apps/v1/namespaces/default/deployments/web');
    expect(refusal).toMatchObject({ status: 403 });
    expect(refusal.message).toMatch(
      /only get, list and watch.*DELETE \/apis\/apps\/v1\/namespaces\/\{namespace\}\/deployments\/\{name\} is "delete".*ATLAS_TRY_IT=write/,
    );
    refused('read', 'POST', '/api/v1/namespaces');
    refused('read', 'PATCH', '/api/v1/namespaces/default');
    refused('read', 'PUT', '/api/v1/namespaces/default/configmaps/x');
    refused('read', 'DELETE', '/api/v1/namespaces/default/pods');
    expect(allowed('write', 'DELETE', '/apis/apps/v1/namespaces/default/deployments/web').action).toBe('delete');
    expect(allowed('write', 'POST', '/api/v1/namespaces').action).toBe('post');
    expect(allowed('write', 'DELETE', '/api/v1/namespaces/default/pods').action).toBe('deletecollection');
  });

  it('never connects (exec, attach, port-forward, proxies), whatever the mode and method', () => {
    for (const mode of ['read', 'write'] as const) {
      expect(refused(mode, 'GET', '/api/v1/namespaces/default/pods/web/exec', '?command=sh').message).toMatch(/exec, attach, port-forward, proxy/);
      expect(refused(mode, 'GET', '/api/v1/nodes/node-1/proxy/configz').message).toMatch(/connects/);
      expect(refused(mode, 'GET', '/api/v1/namespaces/default/services/web/proxy/a/b/c').message).toMatch(/connects/);
    }
  });

  it('refuses paths that are not API operations or could escape the API path', () => {
    expect(refused('read', 'GET', '/version')).toMatchObject({ status: 400 });
    expect(refused('read', 'GET', '/api/v1/namespaces/../../../etc')).toMatchObject({ status: 400 });
    expect(refused('read', 'GET', '/api/v1/namespaces/%2e%2e/x')).toMatchObject({ status: 400 });
    expect(refused('read', 'GET', '/api/v1/namespaces/a%2Fb')).toMatchObject({ status: 400 });
    expect(refused('read', 'GET', '/api/v1//namespaces')).toMatchObject({ status: 400 });
    expect(refused('read', 'GET', '/apis/example.com/v1/widgets')).toMatchObject({ status: 404 });
    expect(refused('read', 'HEAD', '/api/v1/namespaces')).toMatchObject({ status: 405 });
    expect(refused('off', 'GET', '/api/v1/namespaces')).toMatchObject({ status: 404 });
    expect(refused('read', 'GET', '/api/v1/namespaces/default/pods/web/log', '?follow=true').message).toMatch(/follow=true/);
  });

  it('reads follow and watch as kube-apiserver reads query booleans: only 0 and false (any case) are false', () => {
    const logs = '/api/v1/namespaces/default/pods/web/log';
    // runtime.Convert_Slice_string_To_bool: a present parameter is true unless it is "0" or "false" in any case.
    for (const search of ['?follow', '?follow=', '?follow=f', '?follow=F', '?follow=no', '?follow=TRUE', '?follow=1&follow=false']) {
      expect(refused('read', 'GET', logs, search).message, search).toMatch(/follow=true/);
    }
    for (const search of ['', '?follow=0', '?follow=false', '?follow=FALSE', '?follow=fAlSe', '?follow=false&follow=true']) {
      expect(allowed('read', 'GET', logs, search).watch, search).toBe(false);
    }
    for (const search of ['?watch', '?watch=', '?watch=f', '?watch=no']) {
      expect(allowed('read', 'GET', '/api/v1/pods', search), search).toMatchObject({
        watch: true,
        upstreamPath: expect.stringContaining(`timeoutSeconds=${WATCH_SECONDS}`),
      });
    }
    for (const search of ['?watch=0', '?watch=False', '?watch=false&watch=true']) {
      expect(allowed('read', 'GET', '/api/v1/pods', search).watch, search).toBe(false);
    }
  });

  it('rejects each way a path could leave the API: encoded slashes, dots and backslashes, .., backslashes, absolute URLs, @host', () => {
    const rejected: Array<[string, string]> = [
      ['encoded slash', '/api/v1/namespaces/a%2Fb/pods'],
      ['encoded slash, lower case', '/api/v1/namespaces/a%2fb/pods'],
      ['encoded dot segment', '/api/v1/namespaces/%2e%2e/pods'],
      ['encoded backslash', '/api/v1/namespaces/a%5Cb/pods'],
      ['double encoding', '/api/v1/namespaces/a%252Fb/pods'],
      ['dot-dot segment', '/api/v1/namespaces/../../../version'],
      ['dot segment', '/api/v1/./namespaces'],
      ['backslash', '/api/v1/namespaces\\..\\secrets'],
      ['absolute URL', '/http://evil.example/api/v1/namespaces'],
      ['absolute URL inside', '/api/v1/namespaces/http:%2F%2Fevil.example'],
      ['protocol-relative', '//evil.example/api/v1/namespaces'],
      ['@host', '/api/v1/namespaces/x@evil.example/pods'],
      ['encoded @host', '/api/v1/namespaces/x%40evil.example/pods'],
      ['empty segment', '/api/v1//namespaces'],
      ['not under /api or /apis', '/version'],
      ['control character', '/api/v1/namespaces/a%00b/pods'],
    ];
    for (const [why, path] of rejected) expect(refused('read', 'GET', path), why).toMatchObject({ status: 400 });
  });

  it('offers Swagger UI the methods of the mode', () => {
    expect(submitMethods('off')).toEqual([]);
    expect(submitMethods('read')).toEqual(['get']);
    expect(submitMethods('write')).toEqual(['get', 'post', 'put', 'patch', 'delete']);
  });
});
