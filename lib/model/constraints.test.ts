import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { crdOpenApiV3Schemas } from '../crd/openapi-v3';
import { parseCrdYaml } from '../crd/parse';
import { CRDS } from '../../test-support/fixtures';
import { parseValidationRules } from './constraints';
import { buildFieldTree, findField } from './schema';
import type { Schema } from './schema-types';

describe('CEL validation rules of the field tree', () => {
  it('reads the real cert-manager Issuer rule with its message, as published in v3', () => {
    const file = path.join(CRDS, 'cert-manager/issuers.cert-manager.io.yaml');
    const definitions = crdOpenApiV3Schemas(parseCrdYaml(readFileSync(file, 'utf8'), file)[0]!, 'v1') as Record<string, Schema>;
    const venafi = findField(buildFieldTree(definitions, 'io.cert-manager.v1.Issuer'), 'spec.venafi')!;
    const hint = venafi.hints!.find((h) => h.key === 'x-kubernetes-validations')!;
    expect(parseValidationRules(hint.value)).toEqual([
      {
        rule: '(has(self.tpp) ? 1 : 0) + (has(self.cloud) ? 1 : 0) + (has(self.ngts) ? 1 : 0) == 1',
        message: 'exactly one of tpp, cloud, or ngts must be configured',
      },
    ]);
  });

  it('keeps messageExpression, reason and fieldPath, and entries that are not rules as text', () => {
    const value = JSON.stringify([
      { rule: 'self.a <= self.b', messageExpression: "'a is ' + string(self.a)", reason: 'FieldValueInvalid', fieldPath: '.a', message: '' },
      { message: 'no rule' },
    ]);
    expect(parseValidationRules(value)).toEqual([
      { rule: 'self.a <= self.b', messageExpression: "'a is ' + string(self.a)", reason: 'FieldValueInvalid', fieldPath: '.a' },
      '{"message":"no rule"}',
    ]);
    expect(parseValidationRules('not json')).toBeUndefined();
    expect(parseValidationRules('{"rule":"x"}')).toBeUndefined();
  });
});

describe('one of these shapes (real Istio VirtualService CRD, v3)', () => {
  it('labels each oneOf alternative by what it requires, including not and anyOf', () => {
    const file = path.join(CRDS, 'istio/virtualservices.networking.istio.io.yaml');
    const definitions = crdOpenApiV3Schemas(parseCrdYaml(readFileSync(file, 'utf8'), file)[0]!, 'v1') as Record<string, Schema>;
    const body = findField(buildFieldTree(definitions, 'io.istio.networking.v1.VirtualService'), 'spec.http.directResponse.body')!;
    expect(body.hints).toContainEqual({
      key: 'oneOf',
      value: 'not (any of (requires string | requires bytes)) | requires string | requires bytes',
    });
  });
});
