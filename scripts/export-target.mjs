/**
 * Where `npm run export` may write, and how it replaces an earlier export
 * without ever deleting a folder it did not create.
 *
 * Next.js writes the export into its distDir (which must lie inside the
 * project) and empties that folder first. So the export always builds into a
 * fresh folder of its own inside the project, marks the result, and only then
 * replaces the requested folder, and only when that folder is absent, empty,
 * or an earlier export.
 */
import { existsSync, statSync } from 'node:fs';
import { readdir, rename, rm, cp, writeFile } from 'node:fs/promises';
import path from 'node:path';

/** The file every export carries, so a later export knows the folder is its own to replace. */
export const EXPORT_MARKER = '.kube-api-atlas-export';

/** Files an export of this project always has: a folder with all of them is an export made before the marker existed. */
const EXPORT_SIGNATURE = ['routes.json', 'search-index.json', '404.html', '_next'];

/**
 * Why `dir` must not be replaced, or undefined when it may be: it does not
 * exist, is empty, or is an earlier export (marked, or with the signature).
 */
export async function refusalToReplace(dir) {
  if (!existsSync(dir)) return undefined;
  if (!statSync(dir).isDirectory()) return `${dir} exists and is not a folder`;
  const entries = await readdir(dir);
  if (entries.length === 0) return undefined;
  if (entries.includes(EXPORT_MARKER)) return undefined;
  if (EXPORT_SIGNATURE.every((name) => entries.includes(name))) return undefined;
  return `${dir} is not empty and is not an earlier export (it has no ${EXPORT_MARKER}); the export would replace it. Name a new or empty folder, or remove it yourself.`;
}

/** The folder Next.js builds into: new, inside the project, never the requested folder or out/. */
export function buildDirFor(root, pid = process.pid) {
  return path.join(root, `.export-build-${pid}`);
}

/** Marks a finished export and puts it where it was asked for, replacing an earlier export there. */
export async function publishExport(buildDir, outDir) {
  await writeFile(path.join(buildDir, EXPORT_MARKER), 'Written by `npm run export` (kube-api-atlas); a later export may replace this folder.\n');
  await rm(outDir, { recursive: true, force: true });
  try {
    await rename(buildDir, outDir);
  } catch {
    // Another file system: copy, then remove the build folder.
    await cp(buildDir, outDir, { recursive: true });
    await rm(buildDir, { recursive: true, force: true });
  }
}
