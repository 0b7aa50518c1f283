import { describe, expect, it } from 'vitest';
import { checkRequest } from './request-checks';

describe('checks before routing', () => {
  it('sends paths with malformed %-escapes to the 404 page (Next.js answered a plain 500)', () => {
    for (const path of ['/apis/%E0%A4%A/v1', '/apis/apps/v1/%zz', '/api/v1/pods/fields/spec.%C0', '/definitions/%']) {
      expect(checkRequest('GET', path)?.kind, path).toBe('not-found');
    }
    expect(checkRequest('GET', '/apis/apps/v1/deployments/fields/spec.%24ref')).toBeUndefined();
  });

  it('answers 405 to writes to pages and files, but lets Try it out take any method', () => {
    for (const method of ['POST', 'PUT', 'DELETE', 'PATCH', 'TRACE']) {
      expect(checkRequest(method, '/apis/apps/v1/deployments')).toEqual({
        kind: 'method-not-allowed',
        reason: `${method} is not allowed here: the site's pages and files answer GET and HEAD`,
      });
      expect(checkRequest(method, '/search-index.json')?.kind).toBe('method-not-allowed');
      expect(checkRequest(method, '/try-it/api/v1/namespaces')).toBeUndefined();
    }
    expect(checkRequest('GET', '/')).toBeUndefined();
    expect(checkRequest('HEAD', '/api/v1')).toBeUndefined();
  });
});
