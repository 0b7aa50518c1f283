/**
 * `decodeURIComponent` that never throws: a malformed %-escape (from a
 * hand-edited or hostile address: `#spec.%E0%A4%A`, `/apis/%zz`) is kept as
 * written. The one percent-decoder of the project: route params, the client
 * components that read `location`, and `$ref` JSON pointers all use it.
 */
export function decodeUriText(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
