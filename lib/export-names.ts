/**
 * Which pages a static export can write. Each route segment becomes a
 * directory name, and names come from the cluster: a group named `..` made
 * Next.js abort the whole export ("Requested and resolved page mismatch"),
 * and a field path longer than a file name may be (255 bytes on Linux and
 * macOS) aborted it with ENAMETOOLONG. Such pages are skipped, with the
 * reason, and the rest is exported. Pure: no fs.
 */

/**
 * Longest segment written: 255 bytes less room for what Next.js adds to a
 * segment's own file names (`.html`, `.txt`, `.segments`, `__next.` prefixes).
 */
export const MAX_SEGMENT_BYTES = 200;

type Params = Record<string, string | string[] | undefined>;

const bytes = (text: string) => new TextEncoder().encode(text).length;

/** Why one segment value cannot be written, or undefined when it can. */
export function unexportableSegment(name: string, value: string): string | undefined {
  if (value === '.' || value === '..') return `${name} "${value}" is not a file name`;
  // Written as the segment or percent-encoded, whichever is longer.
  const size = Math.max(bytes(value), bytes(encodeURIComponent(value)));
  if (size > MAX_SEGMENT_BYTES) {
    const shown = value.length > 40 ? `${value.slice(0, 40)}…` : value;
    return `${name} "${shown}" is ${size} bytes, longer than a file name may be (${MAX_SEGMENT_BYTES})`;
  }
  return undefined;
}

/** generateStaticParams entries split into those the export can write and those it skips (with why). */
export function partitionExportable<T extends Params>(params: readonly T[]): { kept: T[]; skipped: Array<{ params: T; reason: string }> } {
  const kept: T[] = [];
  const skipped: Array<{ params: T; reason: string }> = [];
  for (const entry of params) {
    let reason: string | undefined;
    for (const [name, value] of Object.entries(entry)) {
      for (const segment of Array.isArray(value) ? value : value === undefined ? [] : [value]) {
        reason ??= unexportableSegment(name, segment);
      }
    }
    if (reason) skipped.push({ params: entry, reason });
    else kept.push(entry);
  }
  return { kept, skipped };
}
