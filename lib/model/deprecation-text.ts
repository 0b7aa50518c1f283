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

/**
 * Where the generated list of enum values starts. Kubernetes' API generator
 * appends one line per value (` - "Unknown" means … Deprecated: …`); those
 * lines describe values, not the field, so they never deprecate it.
 */
const ENUM_VALUES = /^\s*Possible enum values:/m;

/** The part of a description about its subject itself: without the generated enum-value lines. */
export function ownText(text: string): string {
  const at = text.search(ENUM_VALUES);
  return at < 0 ? text : text.slice(0, at);
}

/** True when a description says its subject is deprecated (not merely mentioning the word, nor one of its enum values). */
export function saysDeprecated(text: string): boolean {
  const own = ownText(text);
  return DEPRECATED.some((pattern) => pattern.test(own));
}
