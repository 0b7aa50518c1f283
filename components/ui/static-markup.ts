/**
 * Renders a tree of plain server components (functions of their props, no
 * hooks, no client components, nothing async) to an HTML string, for
 * StaticHtml: static sections of a page (operations, parameters) then go
 * into the page once, as HTML, instead of again as RSC payload. React's own
 * renderToStaticMarkup is not available where server components run.
 *
 * Deliberately small: it throws on what it does not support (a client
 * component, a promise, an event handler) rather than render it wrongly.
 * Text and attribute values are escaped; `dangerouslySetInnerHTML` is not
 * supported, so nothing reaches the page unescaped through here.
 */
import { Fragment, type ReactNode } from 'react';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text or attribute value, escaped for HTML. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

/**
 * Escapes text for an element's content (never an attribute value): `&`, `<`
 * and `>` are all a text node needs, and API descriptions are full of quotes
 * (`"Always"`), which escapeHtml would write as 6-byte entities.
 */
export function escapeText(text: string): string {
  return text.replace(/[&<>]/g, (c) => ESCAPES[c]!);
}

const ELEMENT = Symbol.for('react.transitional.element');
const LEGACY_ELEMENT = Symbol.for('react.element');
const CLIENT_REFERENCE = Symbol.for('react.client.reference');

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
const ATTRIBUTE_NAMES: Record<string, string> = { className: 'class', htmlFor: 'for', tabIndex: 'tabindex', colSpan: 'colspan', rowSpan: 'rowspan' };
/** Props that are React's, not the element's. */
const NOT_ATTRIBUTES = new Set(['children', 'key', 'ref', 'suppressHydrationWarning']);

interface Element {
  $$typeof: symbol;
  type: unknown;
  props: Record<string, unknown>;
}

function isElement(node: unknown): node is Element {
  return typeof node === 'object' && node !== null && ((node as Element).$$typeof === ELEMENT || (node as Element).$$typeof === LEGACY_ELEMENT);
}

function attributes(tag: string, props: Record<string, unknown>): string {
  let html = '';
  for (const [name, value] of Object.entries(props)) {
    if (NOT_ATTRIBUTES.has(name) || value === undefined || value === null || value === false) continue;
    if (name === 'dangerouslySetInnerHTML' || name === 'style' || typeof value === 'function' || typeof value === 'object')
      throw new Error(`renderStaticMarkup: <${tag} ${name}> is not supported in static markup`);
    const attribute = ATTRIBUTE_NAMES[name] ?? name;
    html += value === true ? ` ${attribute}` : ` ${attribute}="${escapeHtml(String(value))}"`;
  }
  return html;
}

function componentName(type: unknown): string {
  return typeof type === 'function' ? type.name || 'anonymous' : String(type);
}

/** The HTML of `node`. */
export function renderStaticMarkup(node: ReactNode): string {
  if (node === null || node === undefined || typeof node === 'boolean') return '';
  if (typeof node === 'string') return escapeText(node);
  if (typeof node === 'number' || typeof node === 'bigint') return String(node);
  if (Array.isArray(node)) return node.map((child: ReactNode) => renderStaticMarkup(child)).join('');
  if (!isElement(node)) throw new Error(`renderStaticMarkup: cannot render ${Object.prototype.toString.call(node)} (a promise or an iterable?)`);
  const { type, props } = node;
  if (type === Fragment) return renderStaticMarkup(props.children as ReactNode);
  if (typeof type === 'string') {
    const open = `<${type}${attributes(type, props)}>`;
    return VOID.has(type) ? open : `${open}${renderStaticMarkup(props.children as ReactNode)}</${type}>`;
  }
  if (typeof type === 'function' && (type as { $$typeof?: symbol }).$$typeof !== CLIENT_REFERENCE) {
    const rendered: unknown = (type as (props: Record<string, unknown>) => unknown)(props);
    if (rendered instanceof Promise) throw new Error(`renderStaticMarkup: ${componentName(type)} is async`);
    return renderStaticMarkup(rendered as ReactNode);
  }
  throw new Error(`renderStaticMarkup: ${componentName(type)} is a client component or not a plain component`);
}
