/**
 * Search over what OpenAPI v3 adds, on real CRDs (test-data/crds) read from
 * the kube-apiserver double once over /openapi/v3 and once over /openapi/v2:
 * fields the v2 conversion drops (children of `nullable` objects) are found
 * in v3 mode, and CEL rules are found by the message an API error quotes
 * (or by their expression), at the field they apply to.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { crdClusterModelsV3AndV2 } from '../../test-support/model';
import { buildSearchIndex } from './build-index';
import type { SearchIndexData } from './index-data';
import { AtlasSearch } from './search';

const FILES = ['velero/backups.velero.io.yaml', 'cert-manager/issuers.cert-manager.io.yaml', 'gateway-api/httproutes.gateway.networking.k8s.io.yaml'];

let v3: AtlasSearch;
let v2: AtlasSearch;
let v3Data: SearchIndexData;
beforeAll(async () => {
  const models = await crdClusterModelsV3AndV2(FILES);
  // Through JSON, as the browser gets it.
  v3Data = JSON.parse(JSON.stringify(buildSearchIndex(models.v3))) as SearchIndexData;
  v3 = new AtlasSearch(v3Data);
  v2 = new AtlasSearch(JSON.parse(JSON.stringify(buildSearchIndex(models.v2))) as SearchIndexData);
}, 120_000);

const rules = (search: AtlasSearch, query: string) => search.search(query, 100).filter((r) => r.type === 'rule');

describe('search over OpenAPI v3 schemas of real CRDs', () => {
  it('finds fields only the v3 schema has: the children of a nullable object (velero Backup spec.labelSelector)', () => {
    const query = 'backup.spec.labelSelector.matchExpressions';
    expect(v3.search(query)[0]).toMatchObject({
      type: 'field',
      title: 'spec.labelSelector.matchExpressions',
      detail: 'Backup · velero.io/v1 · []object',
    });
    // The v2 conversion drops a nullable object's properties, so v2 mode cannot find it.
    expect(v2.search(query).filter((r) => r.title === 'spec.labelSelector.matchExpressions')).toEqual([]);
    expect(v3.search('backup.spec.hooks.resources.pre.exec.command')[0]).toMatchObject({ title: 'spec.hooks.resources.pre.exec.command' });
  });

  it('finds a CEL rule by its message, at the field that declares it (cert-manager Issuer spec.venafi)', () => {
    const found = rules(v3, 'exactly one of tpp, cloud, or ngts must be configured');
    expect(found[0]).toMatchObject({
      type: 'rule',
      title: 'exactly one of tpp, cloud, or ngts must be configured',
      detail: 'Issuer · cert-manager.io/v1 · spec.venafi',
    });
    expect(found[0]!.href).toMatch(/^\/apis\/cert-manager\.io\/v1\/issuers(\/fields\/[\w.]+)?#spec\.venafi$/);
  });

  it('a rule on an object shows on the field whose value it is; a rule on a list on the list (gateway-api HTTPRoute)', () => {
    const fraction = rules(v3, 'numerator must be less than or equal to denominator');
    expect(fraction.length).toBeGreaterThan(0);
    expect(fraction.every((r) => /^HTTPRoute · gateway\.networking\.k8s\.io\/v1(beta1)? · spec\.rules\..*fraction$/.test(r.detail))).toBe(true);
    // One result per kind and path: the preferred version only.
    expect(new Set(fraction.map((r) => r.detail.split(' · ')[2])).size).toBe(fraction.length);
    const parentRefs = rules(v3, 'sectionName must be specified when parentRefs includes 2 or more references to the same parent');
    expect(parentRefs.map((r) => r.detail)).toContain('HTTPRoute · gateway.networking.k8s.io/v1 · spec.parentRefs');
  });

  it('finds a rule by its CEL expression too', () => {
    expect(rules(v3, 'self.numerator <= self.denominator')[0]).toMatchObject({ title: 'numerator must be less than or equal to denominator' });
  });

  it('indexes each rule text once, and nothing for schemas without rules', () => {
    expect(v3Data.rules!.length).toBeGreaterThan(20);
    expect(new Set(v3Data.ruleTexts).size).toBe(v3Data.ruleTexts!.length);
    expect(rules(v3, 'zzzz qqqq')).toEqual([]);
  });
});
