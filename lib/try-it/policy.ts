/**
 * What "Try it out" may send to a live cluster: the pure decision the site's
 * server makes for every request before it adds the cluster's credentials.
 *
 * A request is matched to an operation of the cluster's own OpenAPI document
 * (path template and method) and judged by the operation's
 * `x-kubernetes-action`, so "read-only" means Kubernetes' get, list and
 * watch, not merely the HTTP method: a GET that `connect`s (exec, attach,
 * port-forward, the pod/service/node proxies) is refused in every mode.
 */
import type { OpenAPIV2 } from 'openapi-types';
import type { TryItMode } from '../config';

export type { TryItMode };

/** Kubernetes actions that only read. */
export const READ_ACTIONS: ReadonlySet<string> = new Set(['get', 'list', 'watch', 'watchlist']);
/** Actions `ATLAS_TRY_IT=write` adds. */
export const WRITE_ACTIONS: ReadonlySet<string> = new Set(['post', 'put', 'patch', 'delete', 'deletecollection']);
/** A watch is cut to this many seconds (`timeoutSeconds`), so its events come back as one answer. */
export const WATCH_SECONDS = 5;

export type Decision =
  | { allow: true; action: string; template: string; watch: boolean; upstreamPath: string }
  | { allow: false; status: 400 | 403 | 404 | 405; message: string };

interface Matcher {
  template: string;
  pattern: RegExp;
  item: OpenAPIV2.PathItemObject;
  literals: number;
}

const matchers = new WeakMap<OpenAPIV2.Document, Matcher[]>();

/** `/api/v1/namespaces/{namespace}/pods/{name}` → a RegExp; `{path}` (the proxies' rest) spans slashes. */
function compile(template: string): RegExp {
  const source = template
    .split('/')
    .map((segment) => {
      const param = /^\{(\w+)\}$/.exec(segment);
      if (!param) return segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      return param[1] === 'path' ? '.+' : '[^/]+';
    })
    .join('/');
  return new RegExp(`^${source}$`);
}

/** The document's path templates, most literal segments first (`…/{name}/status` before `…/{name}/{path}`). */
function matchersOf(doc: OpenAPIV2.Document): Matcher[] {
  let list = matchers.get(doc);
  if (!list) {
    list = Object.entries(doc.paths ?? {})
      .filter(([template]) => template.startsWith('/api'))
      .map(([template, item]) => ({
        template,
        pattern: compile(template),
        item,
        literals: template.split('/').filter((s) => s && !s.startsWith('{')).length,
      }))
      .sort((a, b) => b.literals - a.literals);
    matchers.set(doc, list);
  }
  return list;
}

/**
 * Percent-encoded `/`, `.`, `\\`, `@` and `%` (double encoding) and control
 * characters could walk out of the API path, or change the host, wherever the
 * path is decoded on the way to the server; a Kubernetes name never needs them.
 */
function unsafePath(pathname: string): boolean {
  if (!/^\/apis?\//.test(pathname)) return true;
  if (/%(2f|2e|5c|40|25|[01][0-9a-f]|7f)/i.test(pathname) || /[\\@\u0000-\u001f\u007f]/.test(pathname)) return true;
  if (/^[a-z][a-z0-9+.-]*:/i.test(pathname.slice(1))) return true;
  const segments = pathname.split('/').slice(1);
  // An empty segment only as the trailing slash of discovery paths (`/apis/apps/v1/`).
  return segments.some((segment, i) => segment === '.' || segment === '..' || (segment === '' && i !== segments.length - 1));
}

/**
 * A query boolean as kube-apiserver reads it (apimachinery's
 * runtime.Convert_Slice_string_To_bool, first value only): absent is false,
 * `0` and `false` in any case are false, anything else (`?follow`,
 * `?follow=`, `?follow=f`) is true.
 */
export function queryBoolean(query: URLSearchParams, name: string): boolean {
  const value = query.get(name);
  if (value === null) return false;
  return !(value === '0' || value.toLowerCase() === 'false');
}

function refuseAction(mode: TryItMode, method: string, template: string, action: string): Decision {
  if (action === 'connect') {
    return {
      allow: false,
      status: 403,
      message: `${method} ${template} connects to a pod, service or node (exec, attach, port-forward, proxy); Try it out does not send such requests`,
    };
  }
  if (mode === 'read') {
    return {
      allow: false,
      status: 403,
      message: `Try it out on this site sends only get, list and watch requests; ${method} ${template} is "${action || 'unknown'}". The site's operator can allow changes with ATLAS_TRY_IT=write`,
    };
  }
  return { allow: false, status: 403, message: `${method} ${template} ("${action || 'unknown'}") is not an operation Try it out sends` };
}

/**
 * Decides one request: `pathname` as the browser sent it (still
 * percent-encoded), `search` with its `?`. An allowed watch gets
 * `timeoutSeconds` of at most WATCH_SECONDS; a followed log is refused, as
 * it would never end.
 */
export function decide(doc: OpenAPIV2.Document, mode: TryItMode, method: string, pathname: string, search: string): Decision {
  if (mode === 'off') return { allow: false, status: 404, message: 'Try it out is off on this site (ATLAS_TRY_IT=off)' };
  if (unsafePath(pathname)) return { allow: false, status: 400, message: `${pathname} is not a Kubernetes API path` };
  const matcher = matchersOf(doc).find((m) => m.pattern.test(pathname));
  if (!matcher) return { allow: false, status: 404, message: `no operation of the cluster's OpenAPI document has the path ${pathname}` };
  const operation = matcher.item[method.toLowerCase() as 'get'] as (OpenAPIV2.OperationObject & { 'x-kubernetes-action'?: unknown }) | undefined;
  if (!operation) return { allow: false, status: 405, message: `the cluster's OpenAPI document has no ${method} ${matcher.template}` };
  // Only the discovery documents (`/apis/apps/v1/`) have no action: plain reads.
  const action = typeof operation['x-kubernetes-action'] === 'string' ? operation['x-kubernetes-action'] : method === 'GET' ? 'get' : '';
  const allowed = READ_ACTIONS.has(action) || (mode === 'write' && WRITE_ACTIONS.has(action));
  if (!allowed) return refuseAction(mode, method, matcher.template, action);

  const query = new URLSearchParams(search);
  if (queryBoolean(query, 'follow'))
    return { allow: false, status: 400, message: 'follow=true streams without end; Try it out shows finished answers only (leave follow unset)' };
  const watch = action === 'watch' || action === 'watchlist' || (action === 'list' && queryBoolean(query, 'watch'));
  if (watch) {
    const asked = Number(query.get('timeoutSeconds'));
    query.set(
      'timeoutSeconds',
      String(Number.isFinite(asked) && asked > 0 ? Math.min(Math.max(1, Math.floor(asked)), WATCH_SECONDS) : WATCH_SECONDS),
    );
  }
  const rest = query.toString();
  return { allow: true, action, template: matcher.template, watch, upstreamPath: rest ? `${pathname}?${rest}` : pathname };
}

/** HTTP methods Swagger UI may offer "Try it out" for in a mode (the server decides per operation regardless). */
export function submitMethods(mode: TryItMode): string[] {
  if (mode === 'off') return [];
  return mode === 'write' ? ['get', 'post', 'put', 'patch', 'delete'] : ['get'];
}
