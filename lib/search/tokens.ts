/**
 * Tokens of an identifier for the search index: the whole name, lowercased,
 * and its words, so that `autoscaler` finds HorizontalPodAutoscaler and
 * `k8s` finds `networking.k8s.io`:
 * `HorizontalPodAutoscaler` → horizontalpodautoscaler, horizontal, pod, autoscaler.
 */
export function identifierTokens(identifier: string): string[] {
  if (!identifier) return [];
  const tokens = new Set<string>([identifier.toLowerCase()]);
  for (const part of identifier.split(/[./\-_:]+/)) {
    if (!part) continue;
    tokens.add(part.toLowerCase());
    // Words of camelCase and PascalCase, keeping acronyms together: `podIPs` → pod, ips; `CSIDriver` → csi, driver.
    for (const word of part.match(/[A-Z]+(?![a-z])|[A-Z]?[a-z]+|\d+/g) ?? []) tokens.add(word.toLowerCase());
  }
  return [...tokens];
}
