/**
 * The removals table against the embedded snapshots: what it says was
 * removed is not served by 1.36, what was removed after 1.28 was still
 * served by 1.28, and every non-alpha resource 1.28 serves that 1.36 does
 * not is in the table or named below as absent from the migration guide.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { embeddedModel, embeddedModel128 } from '../../test-support/model';
import { KNOWN_REMOVALS, knownRemoval } from './known-removals';
import type { ApiModel } from './types';

/** Removed between 1.28 and 1.36 without a section in the deprecation guide (see the comment in known-removals.ts). */
const NOT_IN_GUIDE = [
  'admissionregistration.k8s.io/v1beta1 validatingadmissionpolicies',
  'admissionregistration.k8s.io/v1beta1 validatingadmissionpolicybindings',
  'authentication.k8s.io/v1beta1 selfsubjectreviews',
];

const served = (model: ApiModel) =>
  new Set(
    model.groups.flatMap((g) =>
      g.versions.flatMap((v) => v.resources.filter((r) => !r.name.includes('/')).map((r) => `${v.groupVersion} ${r.name}`)),
    ),
  );
const minor = (release: string) => Number(release.replace(/^v1\./, ''));

let v128: Set<string>;
let v136: Set<string>;
beforeAll(async () => {
  v128 = served(await embeddedModel128());
  v136 = served(await embeddedModel());
});

describe('known removals (deprecation guide, v1.16–v1.32; no sections for v1.33–v1.36)', () => {
  it('1.36 serves none of the removed resources', () => {
    for (const removal of KNOWN_REMOVALS)
      for (const resource of removal.resources)
        expect(v136.has(`${removal.groupVersion} ${resource}`), `${removal.groupVersion} ${resource}`).toBe(false);
  });

  it('what was removed after 1.28 was still served by 1.28, what was removed by then was not', () => {
    const later = KNOWN_REMOVALS.filter((r) => minor(r.removedIn) > 28);
    expect(later.map((r) => `${r.groupVersion} ${r.removedIn}`)).toEqual([
      'flowcontrol.apiserver.k8s.io/v1beta2 v1.29',
      'flowcontrol.apiserver.k8s.io/v1beta3 v1.32',
    ]);
    for (const removal of KNOWN_REMOVALS)
      for (const resource of removal.resources)
        expect(v128.has(`${removal.groupVersion} ${resource}`), `${removal.groupVersion} ${resource}`).toBe(minor(removal.removedIn) > 28);
  });

  it('every beta or GA resource 1.28 serves and 1.36 does not has a removal, or is named as absent from the guide', () => {
    const gone = [...v128].filter((key) => !v136.has(key) && !/\/v\d+alpha\d+ /.test(key));
    const unexplained = gone.filter((key) => {
      const [groupVersion = '', resource = ''] = key.split(' ');
      return !knownRemoval(groupVersion, resource) && !NOT_IN_GUIDE.includes(key);
    });
    expect(unexplained).toEqual([]);
    expect(gone.filter((key) => NOT_IN_GUIDE.includes(key)).sort()).toEqual(NOT_IN_GUIDE);
  });

  it("the newest removal is the guide's newest section, v1.32", () => {
    expect(Math.max(...KNOWN_REMOVALS.map((r) => minor(r.removedIn)))).toBe(32);
  });
});
