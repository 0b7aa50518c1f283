import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { OpenAPIV2 } from 'openapi-types';
import { Remarkable } from 'remarkable';
import { linkify } from 'remarkable/linkify';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { HOSTILE_CRDS_DIR } from '../../test-support/hostile';
import { embeddedModel } from '../../test-support/model';
import { groupVersionSlice, refsIn } from './slice';
import { swaggerViewSpec } from './swagger-view';

const doc = (await embeddedModel()).openapi!;
const apps = groupVersionSlice(doc, 'apps', 'v1');

describe('the document Swagger UI gets', () => {
  it('has no Authorize dialog and no per-operation https scheme; without a target, nowhere to send requests', () => {
    const view = swaggerViewSpec(apps);
    expect(view.security).toBeUndefined();
    expect(view.securityDefinitions).toBeUndefined();
    expect(view.host).toBeUndefined();
    const schemes = Object.values(view.paths).flatMap((item) => Object.values(item ?? {}).map((op) => (op as { schemes?: unknown }).schemes));
    expect(schemes.filter((s) => s !== undefined)).toEqual([]);
    expect(Object.keys(view.paths)).toEqual(Object.keys(apps.paths));
    // The slice itself is untouched (objects are shared with the model).
    expect(apps.paths['/apis/apps/v1/namespaces/{namespace}/deployments']?.get?.schemes).toEqual(['https']);
    expect(apps.securityDefinitions).toBeDefined();
  });

  it('on a resource page: that resource only, the definitions it reaches, requests to the site /try-it', () => {
    const view = swaggerViewSpec(apps, {
      resource: { group: 'apps', version: 'v1', name: 'deployments' },
      target: { scheme: 'http', host: 'localhost:3000', basePath: '/try-it' },
    });
    expect(Object.keys(view.paths)).toHaveLength(8);
    expect(Object.keys(view.definitions ?? {})).toContain('io.k8s.api.apps.v1.Deployment');
    expect(Object.keys(view.definitions ?? {})).not.toContain('io.k8s.api.apps.v1.DaemonSet');
    expect(view).toMatchObject({ schemes: ['http'], host: 'localhost:3000', basePath: '/try-it' });
    for (const ref of refsIn(view))
      expect(ref.replace(/^#\/(definitions|parameters)\//, '') in { ...view.definitions, ...view.parameters }).toBe(true);
  });
});

/** Every `description` string in a parsed document. */
function descriptionsIn(value: unknown, out: string[] = []): string[] {
  if (Array.isArray(value)) for (const item of value) descriptionsIn(item, out);
  else if (value && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) {
      if (key === 'description' && typeof child === 'string') out.push(child);
      else descriptionsIn(child, out);
    }
  }
  return out;
}

/** Swagger UI 5's Markdown for Swagger 2.0 descriptions: remarkable with HTML on, linkify, breaks. */
function renderLikeSwaggerUi(text: string): string {
  const md = new Remarkable({ html: true, typographer: true, breaks: true, linkTarget: '_blank' }).use(linkify);
  md.core.ruler.disable(['replacements', 'smartquotes']);
  return md.render(text);
}

const decode = (html: string) =>
  html
    .replace(/<[^>]*>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');

describe('descriptions reach Swagger UI as text', () => {
  const hostile = [
    'Tracks you: <img src="https://tracker.example/pixel.png"> and ![pixel](https://tracker.example/md.png)',
    'Links: <a href="https://evil.example/">click</a>, [docs](https://evil.example/md) and [x](javascript:alert(1))',
    '# Heading\nSetext heading\n---\n<h2>html heading</h2>',
    'Forms: <input value="x"> <button>press</button> <form action="https://evil.example"><textarea></textarea></form>',
    '*emphasis* __strong__ `code` > quote\n- item\n1. item\n    indented code\n| a | b |\n|---|---|\n| 1 | 2 |',
    'Entities &lt;b&gt; &amp; &copy; and a backslash \\ and \\* stay as typed.',
    'More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names#names',
    ...descriptionsIn(parse(readFileSync(path.join(HOSTILE_CRDS_DIR, 'markup.yaml'), 'utf8'))),
  ];
  const slice = {
    swagger: '2.0',
    info: { title: 't', version: 'v', description: hostile[0]! },
    paths: { '/apis/x/v1/things': { get: { description: hostile[1]!, responses: { '200': { description: hostile[2]! } } } } },
    definitions: Object.fromEntries(
      hostile.map((text, i) => [`d${i}`, { description: text, properties: { f: { type: 'string', description: text } } }]),
    ),
  } as unknown as OpenAPIV2.Document;

  it('renders no image, heading, form control or link of the description’s own making; the text reads as typed', () => {
    const view = swaggerViewSpec(slice);
    const rendered = descriptionsIn(view);
    expect(rendered.length).toBe(3 + 2 * hostile.length);
    for (const [i, text] of descriptionsIn(view).entries()) {
      const html = renderLikeSwaggerUi(text);
      expect(html, `#${i}`).not.toMatch(/<(img|h[1-6]|input|button|form|textarea|iframe|svg|script|table|ul|ol|blockquote|pre|em|strong|code)\b/i);
      // The only links are plain http(s) URLs written out in the text (linkify), as the site's own pages link them.
      for (const [, href] of html.matchAll(/<a href="([^"]*)"/g)) expect(href, `#${i}`).toMatch(/^https?:\/\/[^\s"<>]+$/);
    }
    for (const [i, original] of hostile.entries()) {
      const escaped = (view.definitions?.[`d${i}`] as { description: string }).description;
      expect(decode(renderLikeSwaggerUi(escaped)).replace(/\s+/g, ' ').trim(), `#${i}`).toBe(original.replace(/\s+/g, ' ').trim());
    }
    // The slice given is not changed (its objects are shared with the model).
    expect((slice.definitions?.d0 as { description: string }).description).toBe(hostile[0]);
  });
});
