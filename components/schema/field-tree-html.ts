/**
 * The schema tree as an HTML string: what FieldTree.tsx puts in the page
 * through StaticHtml, so the tree is in the page once (not again in the RSC
 * payload) and needs no hydration. Every text from the API server is
 * escaped here; this module is the one place that writes the tree's markup.
 *
 * The markup is lean on purpose (the Pod page inlines 300 fields): a field
 * is `li#PATH`, folding with `<details>` when it has children, with its
 * summary (name, type, required, deprecated) and a body (description,
 * hints, where its nested fields are); see fieldHtml. `kubectl explain` lines and copy
 * buttons are added in the browser (FieldTreeTools.client.tsx): they derive
 * from the path.
 */
import { parseValidationRules } from '@/lib/model/constraints';
import type { FieldNode } from '@/lib/model/schema';
import { shortDefinitionName } from '@/lib/model/schema-types';
import { definitionPath } from '@/lib/site/urls';
import { descriptionParagraphs } from '@/components/ui/description-text';
import { escapeHtml, escapeText } from '@/components/ui/static-markup';

export { escapeHtml };

export interface FieldTreeHtmlOptions {
  /** A site path as the page links it (base path, cluster prefix): AppLink's href. */
  link: (href: string) => string;
  /** The resource page's path; field views are at `${resourceHref}/fields/PATH`. Absent on definition pages. */
  resourceHref?: string;
}

/** Readable names for the schema hints the API server publishes. */
const HINT_LABELS: Record<string, string> = {
  'x-kubernetes-list-type': 'list type',
  'x-kubernetes-list-map-keys': 'list map keys',
  'x-kubernetes-map-type': 'map type',
  'x-kubernetes-patch-strategy': 'patch strategy',
  'x-kubernetes-patch-merge-key': 'patch merge key',
  'x-kubernetes-int-or-string': 'int or string',
  'x-kubernetes-preserve-unknown-fields': 'preserves unknown fields',
  'x-kubernetes-embedded-resource': 'embedded resource',
  'x-kubernetes-validations': 'validation rules',
  'x-kubernetes-unions': 'unions',
};

function code(text: string, className?: string): string {
  return className ? `<code class="${className}">${escapeText(text)}</code>` : `<code>${escapeText(text)}</code>`;
}

/**
 * A description's paragraphs as components/ui/Description renders them, but
 * without its wrapper and with bare links: the field body holds them.
 */
export function descriptionHtml(text: string | undefined): string {
  if (!text) return '';
  return descriptionParagraphs(text)
    .map(
      (pieces) =>
        `<p>${pieces
          .map((piece) => {
            if ('code' in piece) return code(piece.code);
            // rel: a description is the cluster's text, not the site's (no ranking, no referrer); the tree opens links in place.
            if ('url' in piece) return `<a rel="nofollow noreferrer" href="${escapeHtml(piece.url)}">${escapeText(piece.url)}</a>`;
            return escapeText(piece.text);
          })
          .join('')}</p>`,
    )
    .join('');
}

/** CEL rules as components/schema/Constraints renders them. */
function validationRulesHtml(value: string): string {
  const rules = parseValidationRules(value);
  if (!rules) return code(value);
  const items = rules.map((rule) => {
    if (typeof rule === 'string') return `<li>${code(rule)}</li>`;
    let item = code(rule.rule, 'cel-rule');
    if (rule.message) item += `<span class="cel-message"> — ${escapeText(rule.message)}</span>`;
    if (rule.messageExpression) item += `<span class="cel-message"> — message: ${code(rule.messageExpression)}</span>`;
    if (rule.reason) item += `<span class="muted small"> (${escapeText(rule.reason)})</span>`;
    if (rule.fieldPath) item += `<span class="muted small"> on ${code(rule.fieldPath)}</span>`;
    return `<li>${item}</li>`;
  });
  return `<ul class="validation-rules">${items.join('')}</ul>`;
}

function hintsHtml(node: FieldNode): string {
  const facts: Array<{ key: string; label: string; value: string }> = [];
  if (node.format) facts.push({ key: 'format', label: 'format', value: node.format });
  if (node.default !== undefined) facts.push({ key: 'default', label: 'default', value: node.default });
  for (const hint of node.hints ?? []) facts.push({ key: hint.key, label: HINT_LABELS[hint.key] ?? hint.key, value: hint.value });
  if (facts.length === 0 && !node.enum) return '';
  let html = '';
  for (const fact of facts) {
    const value = fact.key === 'x-kubernetes-validations' ? validationRulesHtml(fact.value) : code(fact.value);
    // The published key as a tooltip where the label is a translation of it.
    const title = fact.label === fact.key ? '' : ` title="${escapeHtml(fact.key)}"`;
    html += `<div><dt${title}>${escapeText(fact.label)}</dt><dd>${value}</dd></div>`;
  }
  if (node.enum) html += `<div><dt>enum</dt><dd class="enum">${node.enum.map((v) => code(v)).join('')}</dd></div>`;
  return `<dl class="hints">${html}</dl>`;
}

function anchor(href: string, text: string, attributes = ''): string {
  return `<a${attributes} href="${escapeHtml(href)}">${escapeText(text)}</a>`;
}

/** Where a field's nested fields are, when not here: a cycle, a repeat or past the page's budgets. */
function stopHtml(node: FieldNode, options: FieldTreeHtmlOptions): string {
  const stop = node.stop;
  if (!stop) return '';
  // The summary's type already links the field's own definition; name it here only when it is another.
  const definition =
    stop.definition && stop.definition !== node.definition
      ? anchor(options.link(definitionPath(stop.definition)), shortDefinitionName(stop.definition))
      : '';
  // The view that shows this field's own children at this path: the link a deep link below here follows (FieldTarget).
  const view =
    options.resourceHref !== undefined && stop.view !== undefined
      ? anchor(
          options.link(`${options.resourceHref}/fields/${stop.view}`),
          stop.view === node.path ? `open ${node.path}` : `the same as ${stop.view}`,
          ' data-view-link',
        )
      : '';
  if (stop.reason === 'limit') {
    if (view) return `<p class="field-stop">Nested fields: ${view}${definition ? ` (${definition})` : ''}.</p>`;
    return `<p class="field-stop">Nested fields: see ${definition || (node.definition ? 'its type' : 'the definition')}.</p>`;
  }
  const target = stop.path ? anchor(`#${stop.path}`, stop.path) : '<span>the top of this object</span>';
  return `<p class="field-stop">${stop.reason === 'cycle' ? '↻ Recursive: ' : ''}Same fields as ${target}${definition ? ` (${definition})` : ''}${view ? `: ${view}` : ''}.</p>`;
}

/** Name (a link to itself), type (a link to its definition, if any), required, deprecated. */
function summaryHtml(node: FieldNode, options: FieldTreeHtmlOptions): string {
  // A link inside <summary> navigates without toggling; FieldTarget opens the target.
  let html = anchor(`#${node.path}`, node.name);
  html += node.definition ? anchor(options.link(definitionPath(node.definition)), node.type) : code(node.type);
  if (node.required) html += '<b>required</b>';
  if (node.deprecated) html += '<span class="tag tag-deprecated">deprecated</span>';
  return html;
}

/**
 * `<li id=PATH>`: an object folds (`<details>`: summary, then its body),
 * a leaf is a summary `<div>` then its body. The body is the description's
 * paragraphs, the hints, where nested fields are when not here, and the
 * nested fields. No wrappers or classes the CSS can do without
 * (app/site.inline-css, "Field tree"): the Pod page has 300 fields.
 */
function fieldHtml(node: FieldNode, options: FieldTreeHtmlOptions): string {
  const children = node.children && node.children.length > 0 ? fieldListHtml(node.children, options) : '';
  const body = `${descriptionHtml(node.description)}${hintsHtml(node)}${stopHtml(node, options)}${children}`;
  const id = escapeHtml(node.path);
  return children
    ? `<li id="${id}"><details><summary>${summaryHtml(node, options)}</summary>${body}</details></li>`
    : `<li id="${id}"><div>${summaryHtml(node, options)}</div>${body}</li>`;
}

/** A list of fields, recursively, as `<ul class="fields">`. */
export function fieldListHtml(nodes: readonly FieldNode[], options: FieldTreeHtmlOptions): string {
  return `<ul class="fields">${nodes.map((node) => fieldHtml(node, options)).join('')}</ul>`;
}
