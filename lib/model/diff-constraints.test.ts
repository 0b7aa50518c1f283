import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { crdOpenApiV3Schemas } from '../crd/openapi-v3';
import { parseCrdYaml } from '../crd/parse';
import { CRDS } from '../../test-support/fixtures';
import { diffFields } from './diff';
import { fieldFacts } from './flatten';
import type { Schema } from './schema-types';

const GATEWAY = 'io.k8s.networking.gateway.v1.Gateway';
const file = path.join(CRDS, 'gateway-api/gateways.gateway.networking.k8s.io.yaml');

/** The Gateway CRD's v1 schemas as its server publishes them in /openapi/v3 (defaults and CEL rules kept). */
function gatewaySchemas(): Record<string, Schema> {
  const [crd] = parseCrdYaml(readFileSync(file, 'utf8'), file);
  return crdOpenApiV3Schemas(crd!, 'v1') as Record<string, Schema>;
}

type Node = { properties?: Record<string, Node>; default?: unknown; 'x-kubernetes-validations'?: unknown[] } & Record<string, unknown>;
const at = (schemas: Record<string, Schema>, ...names: string[]) =>
  names.reduce<Node>((node, name) => node.properties![name]!, schemas[GATEWAY] as unknown as Node);

describe('comparing v3 schemas (real gateway-api Gateway CRD): a changed default, a new CEL rule, any changed constraint is a change', () => {
  it('sees an object default that changed', () => {
    const before = gatewaySchemas();
    const after = gatewaySchemas();
    expect(at(before, 'spec', 'allowedListeners', 'namespaces').default).toEqual({ from: 'None' });
    at(after, 'spec', 'allowedListeners', 'namespaces').default = { from: 'All' };
    const changes = diffFields(fieldFacts(before, GATEWAY), fieldFacts(after, GATEWAY));
    expect(changes).toEqual([
      expect.objectContaining({ path: 'spec.allowedListeners.namespaces', change: 'changed', details: ['default {"from":"None"} → {"from":"All"}'] }),
    ]);
  });

  it('sees a CEL rule added and one removed, by rule and message', () => {
    const before = gatewaySchemas();
    const after = gatewaySchemas();
    const spec = at(after, 'spec', 'addresses');
    const rules = (spec['x-kubernetes-validations'] ?? []) as Array<{ rule: string; message?: string }>;
    expect(rules.length).toBeGreaterThan(0);
    const [first, ...rest] = rules;
    spec['x-kubernetes-validations'] = [...rest, { rule: 'self.listeners.size() < 10', message: 'at most 9 listeners' }];
    const changes = diffFields(fieldFacts(before, GATEWAY), fieldFacts(after, GATEWAY));
    expect(changes).toEqual([
      expect.objectContaining({
        path: 'spec.addresses',
        change: 'changed',
        details: [
          `validation rules +"self.listeners.size() < 10" (at most 9 listeners) −"${first!.rule}"${first!.message ? ` (${first!.message})` : ''}`,
        ],
      }),
    ]);
  });

  it('sees nullable, oneOf/anyOf/not, bounds and list keys set, unset or changed, each named', () => {
    const before = gatewaySchemas();
    const after = gatewaySchemas();
    const listeners = at(after, 'spec', 'listeners');
    expect(listeners['x-kubernetes-list-map-keys']).toEqual(['name']);
    listeners['x-kubernetes-list-map-keys'] = ['name', 'port'];
    delete listeners.maxItems;
    at(after, 'spec', 'infrastructure').nullable = true;
    const addresses = at(after, 'spec', 'addresses') as Node & { items: Node };
    expect(addresses.items.oneOf).toHaveLength(2);
    addresses.items.oneOf = (addresses.items.oneOf as unknown[]).slice(0, 1);
    addresses['x-kubernetes-list-type'] = 'set';
    const changes = diffFields(fieldFacts(before, GATEWAY), fieldFacts(after, GATEWAY));
    expect(changes.map((c) => [c.path, c.change, c.details])).toEqual([
      [
        'spec.addresses',
        'changed',
        [
          // The items' one-of shapes (on each address, not on the list), before → after.
          'items.oneOf type = IPAddress; value any of (format ipv4 | format ipv6) | type not (= IPAddress) → type = IPAddress; value any of (format ipv4 | format ipv6)',
          'x-kubernetes-list-type atomic → set',
        ],
      ],
      ['spec.infrastructure', 'changed', ['nullable true']],
      ['spec.listeners', 'changed', ['no maxItems (was 64)', 'x-kubernetes-list-map-keys ["name"] → ["name","port"]']],
    ]);
  });

  it('sees a CEL rule added on the list items, and a changed reason or fieldPath of a rule', () => {
    const before = gatewaySchemas();
    const after = gatewaySchemas();
    const addresses = at(after, 'spec', 'addresses') as Node & { items: Node };
    const itemRules = addresses.items['x-kubernetes-validations'] as Array<Record<string, string>>;
    addresses.items['x-kubernetes-validations'] = [...itemRules, { rule: "self.type != ''", message: 'type must be set' }];
    const listenerRules = at(after, 'spec', 'listeners')['x-kubernetes-validations'] as Array<Record<string, string>>;
    listenerRules[0] = { ...listenerRules[0]!, reason: 'FieldValueForbidden', fieldPath: '.tls' };
    const changes = diffFields(fieldFacts(before, GATEWAY), fieldFacts(after, GATEWAY));
    expect(changes.map((c) => [c.path, c.details])).toEqual([
      ['spec.addresses', [`validation rules +items: "self.type != ''" (type must be set)`]],
      [
        'spec.listeners',
        [
          `validation rules +${JSON.stringify(listenerRules[0]!.rule)} (${listenerRules[0]!.message}) [reason FieldValueForbidden, fieldPath .tls] −${JSON.stringify(listenerRules[0]!.rule)} (${listenerRules[0]!.message})`,
        ],
      ],
    ]);
  });

  it('finds nothing when nothing changed', () => {
    expect(diffFields(fieldFacts(gatewaySchemas(), GATEWAY), fieldFacts(gatewaySchemas(), GATEWAY))).toEqual([]);
  });
});
