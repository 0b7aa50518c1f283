/**
 * Kubernetes descriptions are plain text, but Swagger UI renders every
 * `description` as Markdown with HTML allowed (remarkable, then DOMPurify):
 * DOMPurify stops scripts, yet a CRD's description still becomes remote
 * images (loaded as soon as the tab opens, with the site as Referer),
 * links, headings, inputs and buttons. Escaping makes Markdown show the
 * text as written, in both the server build and the export.
 */

/** Every character Markdown may give a meaning to (CommonMark's escapable ASCII punctuation). */
const PUNCTUATION = /[\\!"#$%&'()*+,./:;<=>?@[\]^_`{|}~-]/g;

/**
 * `text` as Markdown that renders to exactly that text: each punctuation
 * character backslash-escaped (so no HTML, links, images, emphasis, lists,
 * headings or tables), and each line's leading indentation dropped (four
 * spaces would start a code block). Plain http(s) URLs are still linked by
 * Swagger UI's linkify, as the site's own pages link them.
 */
export function markdownText(text: string): string {
  return text
    .split('\n')
    .map((line) => line.replace(/^[ \t]+/, '').replace(PUNCTUATION, '\\$&'))
    .join('\n');
}

/** Values whose content is data, not prose: an example object's own `description` key stays as it is. */
const DATA_KEYS = new Set(['example', 'examples', 'default', 'enum']);

/** A copy of an OpenAPI document (or part) with every `description` string made Markdown text. */
export function withTextDescriptions<T>(value: T): T {
  if (Array.isArray(value)) return value.map((item: unknown) => withTextDescriptions(item)) as T;
  if (!value || typeof value !== 'object') return value;
  const copy: Record<string, unknown> = {};
  for (const [key, child] of Object.entries(value)) {
    if (key === 'description' && typeof child === 'string') copy[key] = markdownText(child);
    else if (DATA_KEYS.has(key) || key.startsWith('x-')) copy[key] = child;
    else copy[key] = withTextDescriptions(child);
  }
  return copy as T;
}
