/** How the Kubernetes API documents word deprecation; shared by the schema tree and the deprecations list. */

/**
 * Phrases that mark the subject itself as deprecated. Case matters: "this
 * version … is deprecated." describes CRD versions, it does not deprecate the
 * field, and "the annotation is deprecated" is about something else.
 */
export const DEPRECATED = [
  /\b(?:Deprecated|DEPRECATED)\s*[:.]/,
  /(?:^|[.]\s+)Deprecated (?:in|since)\b/,
  /\bThis (?:API|field|type|resource) is deprecated\b/i,
  /\bdeprecated alias\b/i,
  /\bconsidered (?:as )?deprecated\b/i,
];

/** True when a description says its subject is deprecated (not merely mentioning the word). */
export function saysDeprecated(text: string): boolean {
  return DEPRECATED.some((pattern) => pattern.test(text));
}
