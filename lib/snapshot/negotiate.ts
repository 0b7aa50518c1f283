import { mediaTypeMatches, parseAccept } from '../kube/media-type';
import type { SnapshotEntry } from './manifest';

/**
 * Picks the recorded answer a server would send for `accept`: the first
 * requested media type (by q, then order) that some entry's content type
 * satisfies wins. Entries that recorded an error status only answer when no
 * successful representation matches, so a snapshot can record a 406 too.
 */
export function selectEntry(candidates: readonly SnapshotEntry[], accept: string): SnapshotEntry | undefined {
  const wanted = parseAccept(accept || '*/*');
  const ok = candidates.filter((entry) => entry.status < 400);
  for (const type of wanted) {
    const hit = ok.find((entry) => mediaTypeMatches(type, entry.contentType));
    if (hit) return hit;
  }
  return candidates.find((entry) => entry.status >= 400 && entry.accept === accept);
}
