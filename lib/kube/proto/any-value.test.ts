import { parseDocument } from 'yaml';
import { describe, expect, it } from 'vitest';
import { DecodeError } from '../../errors';
import { readFixtureBytes } from '../../../test-support/fixtures';
import { YamlValues, parseSimpleYaml } from './any-value';
import { decodeDocumentMessage } from './decode';

/** Every distinct `Any.yaml` text of the 1.36 document. */
function fixtureYamlTexts(): string[] {
  const texts = new Set<string>();
  const walk = (value: unknown): void => {
    if (typeof value !== 'object' || value === null) return;
    const yaml = (value as { yaml?: unknown }).yaml;
    if (typeof yaml === 'string') texts.add(yaml);
    Object.values(value).forEach(walk);
  };
  walk(decodeDocumentMessage(readFixtureBytes('kubernetes-1.36/openapi-v2.pb'), 'fixture'));
  return [...texts];
}

const library = (text: string): unknown => parseDocument(text).toJS();

describe('YAML values of gnostic Any', () => {
  it('the fast path agrees with the yaml library on every value of the 1.36 document', () => {
    const texts = fixtureYamlTexts();
    expect(texts.length).toBeGreaterThan(500);
    const fast = texts.filter((text) => parseSimpleYaml(text) !== undefined);
    // Most of them take the fast path; the rest go to the library.
    expect(fast.length).toBeGreaterThan(texts.length / 2);
    for (const text of fast) expect(parseSimpleYaml(text), text).toEqual(library(text));
  });

  const tricky = [
    'true\n',
    'True\n',
    'FALSE\n',
    'null\n',
    'Null\n',
    '~\n',
    'on\n',
    'yes\n',
    'no\n',
    'y\n',
    '1\n',
    '1e3\n',
    '.inf\n',
    '-a\n',
    'v1.2\n',
    'a/b.c_d-e\n',
    'a: b\n',
    'a: true\n',
    'a: null\n',
    'a: 1\n',
    'a: ""\n',
    'true: a\n',
    'null: a\n',
    'a: b\na: c\n',
    'a: b: c\n',
    'a:b\n',
    'a: b #c\n',
    '- a\n- b\n',
    '- 1\n',
    '- true\n',
    '- a: b\n',
    '-a\n',
    '"quoted"\n',
    "'single'\n",
    'a #comment\n',
    'a',
    '',
    '\n',
    'a\n\n',
    '[a, b]\n',
    '{a: b}\n',
  ];
  it.each(tricky)('the fast path takes %j only when it gives what the library gives', (text) => {
    const fast = parseSimpleYaml(text);
    if (fast !== undefined) expect(fast).toEqual(library(text));
  });

  it('gives each use its own copy of a cached object', () => {
    const values = new YamlValues('test');
    const first = values.parse('group: ""\nkind: Pod\nversion: v1\n', 'a') as Record<string, string>;
    first.kind = 'changed';
    expect(values.parse('group: ""\nkind: Pod\nversion: v1\n', 'b')).toEqual({ group: '', kind: 'Pod', version: 'v1' });
  });

  it('refuses YAML without a JSON equivalent, naming where it is', () => {
    const values = new YamlValues('test source');
    expect(() => values.parse('.nan\n', 'definitions["X"].default')).toThrow(DecodeError);
    expect(() => values.parse('!!binary aGk=\n', 'definitions["X"].example')).toThrow(
      /definitions\["X"\]\.example holds YAML that has no JSON equivalent/,
    );
    expect(() => values.parse('a: [1\n', 'x-a')).toThrow(/^test source: x-a is not valid YAML/);
  });
});
