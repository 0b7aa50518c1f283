import { describe, expect, it } from 'vitest';
import { buildFieldTree, countFields, type FieldNode } from '@/lib/model/schema';
import { PAGE_FIELD_BUDGET } from '@/lib/site/page-budgets';
import { embeddedModel } from '@/test-support/model';
import { descriptionHtml, escapeHtml, fieldListHtml } from './field-tree-html';

const link = (href: string) => `/base${href}`;

function field(overrides: Partial<FieldNode> & Pick<FieldNode, 'name'>): FieldNode {
  return { path: overrides.name, type: 'string', required: false, ...overrides };
}

describe('fieldListHtml', () => {
  it('folds objects with details/summary and shows leaves without, each field at its path', () => {
    const html = fieldListHtml(
      [
        field({
          name: 'spec',
          type: 'DeploymentSpec',
          definition: 'io.k8s.api.apps.v1.DeploymentSpec',
          required: true,
          children: [field({ name: 'replicas', path: 'spec.replicas', type: 'integer', format: 'int32' })],
        }),
      ],
      { link },
    );
    expect(html).toBe(
      '<ul class="fields"><li id="spec"><details><summary><a href="#spec">spec</a>' +
        '<a href="/base/definitions/io.k8s.api.apps.v1.DeploymentSpec">DeploymentSpec</a><b>required</b></summary>' +
        '<ul class="fields"><li id="spec.replicas"><div><a href="#spec.replicas">replicas</a><code>integer</code></div>' +
        '<dl class="hints"><div><dt>format</dt><dd><code>int32</code></dd></div></dl></li></ul></details></li></ul>',
    );
  });

  it('escapes every text from the API server: names, paths, types, descriptions, enum values, rules', () => {
    const hostile = '"><img src=x onerror=alert(1)><script>alert(1)</script>\'';
    const html = fieldListHtml(
      [
        field({
          name: hostile,
          path: hostile,
          type: hostile,
          description: `${hostile} \`${hostile}\``,
          enum: [hostile],
          default: hostile,
          hints: [{ key: 'x-kubernetes-validations', value: JSON.stringify([{ rule: hostile, message: hostile }]) }],
          stop: { reason: 'repeat', path: hostile, definition: hostile, view: hostile },
        }),
      ],
      { link, resourceHref: '/api/v1/pods' },
    );
    expect(html).not.toMatch(/<img|<script|onerror=alert\(1\)>/);
    expect(html).not.toContain(`"${hostile}`);
    expect(html).toContain(escapeHtml(hostile));
  });

  it('links a stop to the field view that shows it at its own path (data-view-link), or to the definition', () => {
    const html = fieldListHtml(
      [
        field({ name: 'a', type: 'A', definition: 'x.A', stop: { reason: 'limit', definition: 'x.A', view: 'a' } }),
        field({ name: 'b', type: 'A', definition: 'x.A', stop: { reason: 'repeat', definition: 'x.A', path: 'a', view: 'b' } }),
        field({ name: 'c', type: 'A', definition: 'x.A', stop: { reason: 'limit', definition: 'x.A' } }),
      ],
      { link, resourceHref: '/api/v1/pods' },
    );
    // The type in the summary links the definition; the stop line does not repeat it.
    expect(html).toContain('<a href="/base/definitions/x.A">A</a></div>');
    expect(html).toContain('Nested fields: <a data-view-link href="/base/api/v1/pods/fields/a">open a</a>.');
    expect(html).toContain('Same fields as <a href="#a">a</a>: <a data-view-link href="/base/api/v1/pods/fields/b">open b</a>.');
    expect(html).toContain('Nested fields: see its type.');
  });
});

describe('descriptionHtml', () => {
  it('renders paragraphs, code spans and http(s) links, and nothing else as markup', () => {
    expect(descriptionHtml('One `Always`.\n\nSee https://k8s.io/docs. <b>x</b> javascript:alert(1)')).toBe(
      '<p>One <code>Always</code>.</p><p>See <a rel="nofollow noreferrer" href="https://k8s.io/docs">https://k8s.io/docs</a>. &lt;b&gt;x&lt;/b&gt; javascript:alert(1)</p>',
    );
    expect(descriptionHtml(undefined)).toBe('');
  });
});

describe('the Pod tree as HTML', () => {
  it('stays lean: under 190 bytes of markup per field on top of its texts', async () => {
    const model = await embeddedModel();
    const fields = buildFieldTree(model.definitions, 'io.k8s.api.core.v1.Pod', { maxFields: PAGE_FIELD_BUDGET });
    const html = fieldListHtml(fields, { link, resourceHref: '/api/v1/pods' });
    // Texts: descriptions (as rendered, with their links), paths (id and self-link), names, types, enum values.
    const texts = (nodes: readonly FieldNode[]): number =>
      nodes.reduce(
        (sum, n) =>
          sum +
          Buffer.byteLength(descriptionHtml(n.description)) +
          2 * n.path.length +
          n.name.length +
          n.type.length +
          (n.enum ?? []).join('').length +
          (n.children ? texts(n.children) : 0),
        0,
      );
    const markup = Buffer.byteLength(html) - texts(fields);
    expect(markup / countFields(fields)).toBeLessThan(190);
  });
});
