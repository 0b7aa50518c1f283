import { describe, expect, it } from 'vitest';
import { findDeprecations } from '../model/deprecations';
import { embeddedModel } from '../../test-support/model';
import { allPagePaths } from './page-paths';
import { definitionPath, deprecationPath, kindPath, resourcePath, stylesheetPath, stylesheetVersion } from './urls';

describe('site URLs from model references', () => {
  it("a linked stylesheet's version is URL-safe", () => {
    const version = stylesheetVersion('sha256-+a/b+c/d+e/f+g/h==');
    expect(version).toBe('-a_b-c_d-e_f');
    expect(stylesheetPath('site', version)).toBe('/styles/site.css?v=-a_b-c_d-e_f');
    expect(encodeURIComponent(version)).toBe(version);
  });

  it('resource, definition and kind pages mirror the API paths', () => {
    expect(resourcePath({ group: '', version: 'v1', name: 'pods' })).toBe('/api/v1/pods');
    expect(resourcePath({ group: 'apps', version: 'v1', name: 'deployments' })).toBe('/apis/apps/v1/deployments');
    expect(definitionPath('io.k8s.api.core.v1.PodSpec', 'serviceAccount')).toBe('/definitions/io.k8s.api.core.v1.PodSpec#serviceAccount');
    expect(kindPath('Deployment')).toBe('/kinds/Deployment');
  });

  it('a deprecation links to its definition, its field, or the removed resource; every link is a page of the site', async () => {
    const model = await embeddedModel();
    const notices = findDeprecations(model);
    const links = new Map(notices.map((n) => [`${n.subject}:${n.definition}:${n.name ?? ''}`, deprecationPath(n)]));
    expect(links.get('definition:io.k8s.api.core.v1.ComponentStatus:')).toBe('/definitions/io.k8s.api.core.v1.ComponentStatus');
    expect(links.get('field:io.k8s.api.core.v1.PodSpec:serviceAccount')).toBe('/definitions/io.k8s.api.core.v1.PodSpec#serviceAccount');
    const pages = new Set(allPagePaths(model));
    for (const link of links.values()) expect(pages, link).toContain(link.split('#')[0]);
  });
});
