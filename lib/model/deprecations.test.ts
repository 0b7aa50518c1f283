import { describe, expect, it } from 'vitest';
import { embeddedModel, embeddedModel128 } from '../../test-support/model';
import { findDeprecations, noticeLabel, saysDeprecated } from './deprecations';

describe('deprecations the documents state', () => {
  it('finds deprecated APIs and fields in 1.36 with version and replacement', async () => {
    const notices = findDeprecations(await embeddedModel());
    const byLabel = new Map(notices.map((n) => [noticeLabel(n), n]));
    expect(byLabel.get('ComponentStatus')).toMatchObject({
      subject: 'definition',
      since: 'v1.19',
    });
    expect(byLabel.get('Endpoints')).toMatchObject({ since: 'v1.33', text: 'Deprecated: This API is deprecated in v1.33+.' });
    expect(byLabel.get('PodSpec.serviceAccount')).toMatchObject({
      subject: 'field',
      replacement: 'serviceAccountName',
    });
    expect(byLabel.get('Volume.gitRepo')).toMatchObject({ subject: 'field', text: 'Deprecated: GitRepo is deprecated.' });
    expect(byLabel.has('ObjectMeta.selfLink')).toBe(true);
  });

  it('does not flag text that only describes deprecation', async () => {
    const labels = findDeprecations(await embeddedModel()).map(noticeLabel);
    expect(labels).not.toContain('CustomResourceDefinitionVersion.deprecated');
    expect(labels).not.toContain('Container.readinessProbe');
    expect(saysDeprecated('deprecated indicates this version of the custom resource API is deprecated.')).toBe(false);
    expect(saysDeprecated('Deprecated: Use serviceAccountName instead.')).toBe(true);
  });

  it('marks resources in group-versions upstream removes, with the release and replacement', async () => {
    const removals = findDeprecations(await embeddedModel128()).filter((n) => n.subject === 'removal');
    expect(removals.map(noticeLabel)).toEqual([
      'flowcontrol.apiserver.k8s.io/v1beta3 flowschemas',
      'flowcontrol.apiserver.k8s.io/v1beta3 prioritylevelconfigurations',
      'flowcontrol.apiserver.k8s.io/v1beta2 flowschemas',
      'flowcontrol.apiserver.k8s.io/v1beta2 prioritylevelconfigurations',
    ]);
    expect(removals[0]).toMatchObject({ removedIn: 'v1.32', replacement: 'flowcontrol.apiserver.k8s.io/v1' });
  });

  it('reads past definitions and properties that are not schemas (found by the OpenAPI fuzzer)', async () => {
    const model = await embeddedModel();
    const definitions = {
      ...model.definitions,
      'example.v1.Null': null,
      'example.v1.Odd': { properties: { gone: null, text: 'a string', old: { description: 'Deprecated: use new instead.' } } },
    } as unknown as typeof model.definitions;
    const notices = findDeprecations({ ...model, definitions });
    expect(notices.filter((n) => n.definition.startsWith('example.')).map(noticeLabel)).toEqual(['Odd.old']);
    expect(notices.length).toBe(findDeprecations(model).length + 1);
  });
});
