import { describe, expect, it } from 'vitest';
import { compareVersionPriority, isBuiltInGroup, parseVersion, stabilityMeaning, stabilityOf } from './versions';

describe('version names', () => {
  it('parses stability as Kubernetes does', () => {
    expect(parseVersion('v1')).toEqual({ stability: 'stable', major: 1, minor: 0 });
    expect(parseVersion('v2beta3')).toEqual({ stability: 'beta', major: 2, minor: 3 });
    expect(parseVersion('v1alpha1')).toEqual({ stability: 'alpha', major: 1, minor: 1 });
    for (const name of ['v0', 'v1beta', 'v1gamma1', 'V1', 'v01', '2023-01-01', 'v1alpha01', '']) expect(stabilityOf(name), name).toBe('other');
  });

  it('orders by Kubernetes version priority: GA, then beta, then alpha, newest first, others last alphabetically', () => {
    const shuffled = ['v11alpha2', 'foo1', 'v10beta3', 'v10', 'v2', 'foo10', 'v1', 'v12alpha1', 'v3beta1', 'v1alpha1', 'v10alpha1', 'v1beta1'];
    // The example list from apimachinery's CompareKubeAwareVersionStrings documentation.
    expect([...shuffled].sort(compareVersionPriority)).toEqual([
      'v10',
      'v2',
      'v1',
      'v10beta3',
      'v3beta1',
      'v1beta1',
      'v12alpha1',
      'v11alpha2',
      'v10alpha1',
      'v1alpha1',
      'foo1',
      'foo10',
    ]);
  });

  it("states Kubernetes' alpha/beta policy only for Kubernetes' own groups", () => {
    expect(stabilityMeaning('resource.k8s.io', 'alpha')).toMatch(/Disabled by default.*short-lived test clusters/);
    expect(stabilityMeaning('', 'beta')).toMatch(/since Kubernetes 1\.24/);
    for (const group of ['argoproj.io', 'gateway.networking.k8s.io', 'metrics.k8s.io']) {
      expect(isBuiltInGroup(group)).toBe(false);
      for (const level of ['alpha', 'beta', 'stable'] as const) {
        const text = stabilityMeaning(group, level);
        expect(text).not.toMatch(/Disabled by default|short-lived|Kubernetes 1\.24|many subsequent versions/);
        expect(text).toMatch(/not part of Kubernetes.*publisher/);
      }
    }
  });
});
