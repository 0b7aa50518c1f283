/**
 * `decodeURIComponent` that never throws: a malformed %-escape (from a
 * hand-edited or hostile address: `#spec.%E0%A4%A`, `/apis/%zz`) is kept as
 * written. For the client components that read `location`.
 */
export function decodeUriText(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
