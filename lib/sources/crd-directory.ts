/**
 * Reads every CRD manifest under a directory: `.yaml`, `.yml` and `.json`
 * files, in nested folders too (a chart's `crds/`, one folder per project),
 * in path order. Each file is read by lib/crd/manifests.ts; a file that
 * cannot be read or parsed is an error naming it, and the others still load.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { AtlasError } from '../errors';
import { readManifestText, type ManifestContents } from '../crd/manifests';

const MANIFEST_FILE = /\.(ya?ml|json)$/i;

export interface CrdDirectory extends ManifestContents {
  /** The directory as given. */
  directory: string;
  /** Manifest files read, relative to the directory's parent (`crds/cert-manager/certificates.yaml`), as the site shows them. */
  files: string[];
}

/** Every manifest file under `directory`, sorted; hidden folders (`.git`) are skipped. */
async function manifestFiles(directory: string): Promise<string[]> {
  const found: string[] = [];
  const walk = async (dir: string): Promise<void> => {
    const entries = await readdir(dir, { withFileTypes: true });
    for (const entry of entries) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (!entry.name.startsWith('.')) await walk(full);
      } else if (entry.isFile() && MANIFEST_FILE.test(entry.name)) {
        found.push(full);
      }
    }
  };
  await walk(directory);
  return found.sort();
}

/**
 * Reads the CRDs under `directory`. Files are named relative to its parent,
 * so a page says `CRD file my-crds/cert-manager.yaml`, never where the
 * directory sits on the machine that built the site.
 */
export async function readCrdDirectory(directory: string): Promise<CrdDirectory> {
  let files: string[];
  try {
    files = await manifestFiles(directory);
  } catch (cause) {
    throw new AtlasError(directory, `cannot read the CRD directory: ${(cause as Error).message}`, { cause });
  }
  const parent = path.dirname(path.resolve(directory));
  const out: CrdDirectory = { directory, files: [], crds: [], ignored: [], errors: [] };
  for (const file of files) {
    const shown = path.relative(parent, file);
    out.files.push(shown);
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch (cause) {
      out.errors.push({ file: shown, message: `${shown}: cannot be read: ${(cause as Error).message}` });
      continue;
    }
    const contents = readManifestText(text, shown);
    out.crds.push(...contents.crds);
    out.ignored.push(...contents.ignored);
    out.errors.push(...contents.errors);
  }
  return out;
}
