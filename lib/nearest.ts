import { distance } from 'fastest-levenshtein';

/**
 * Suggests known page paths for an unknown one: `/apis/apps/v1/deploymnets`
 * → `/apis/apps/v1/deployments`. Paths are compared whole and by their last
 * segment (a mistyped resource or definition name anywhere in the site), and
 * the closest few are returned, best first.
 */
export function nearestPaths(wanted: string, known: readonly string[], limit = 5): string[] {
  const target = normalize(wanted);
  const targetLast = lastSegment(target);
  const scored: Array<{ path: string; score: number }> = [];
  for (const path of known) {
    const candidate = normalize(path);
    const whole = distance(target, candidate) / Math.max(target.length, candidate.length, 1);
    const last = lastSegment(candidate);
    const tail = targetLast && last ? distance(targetLast, last) / Math.max(targetLast.length, last.length) : 1;
    // The tail matters most (it names the thing); the whole path breaks ties between versions.
    const score = Math.min(whole, tail * 0.7 + whole * 0.3);
    if (score <= 0.45) scored.push({ path, score });
  }
  return scored
    .sort((a, b) => a.score - b.score || a.path.length - b.path.length || a.path.localeCompare(b.path))
    .slice(0, limit)
    .map((s) => s.path);
}

function normalize(path: string): string {
  return path.toLowerCase().replace(/\/+$/, '') || '/';
}

function lastSegment(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

/**
 * A field view the static export did not pre-render (the resource page
 * already shows that field) falls back to the field's deep link:
 * `/apis/apps/v1/deployments/fields/spec.template` → `/apis/apps/v1/deployments#spec.template`.
 */
export function fieldViewFallback(wanted: string, known: readonly string[]): string | undefined {
  const match = /^(.*)\/fields\/([^/]+)\/?$/.exec(wanted);
  if (!match) return undefined;
  const [, resource = '', field = ''] = match;
  return known.includes(resource) && field ? `${resource}#${field}` : undefined;
}
