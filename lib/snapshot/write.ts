import { createHash } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { SNAPSHOT_FORMAT, type SnapshotEntry, type SnapshotManifest } from './manifest';
import { MANIFEST_FILE } from './read';

/** A strong ETag over the body bytes, in the quoted form servers send. */
export function etagOf(body: Uint8Array): string {
  return `"${createHash('sha256').update(body).digest('hex').slice(0, 32)}"`;
}

/** `/apis/apps/v1` → `apis__apps__v1`: a readable, collision-free file stem for a path. */
export function fileStemForPath(requestPath: string): string {
  const trimmed = requestPath.replace(/^\/+|\/+$/g, '');
  return (trimmed || 'root').replace(/\//g, '__').replace(/[^A-Za-z0-9._-]/g, '_');
}

/**
 * Collects recorded answers and writes them as a snapshot directory:
 * `manifest.json` plus one body file per answer under `bodies/`.
 */
export class SnapshotWriter {
  private readonly entries: SnapshotEntry[] = [];
  private readonly files = new Map<string, Uint8Array>();

  constructor(private readonly meta: Omit<SnapshotManifest, 'format' | 'entries'>) {}

  /**
   * Adds one answer. `variant` distinguishes representations of one path
   * (`aggregated-v2`, `legacy`, `protobuf`) and `extension` names the file type.
   */
  add(entry: Omit<SnapshotEntry, 'body' | 'etag'> & { etag?: string }, body: Uint8Array, variant: string, extension: string): void {
    const file = `bodies/${fileStemForPath(entry.path)}.${variant}.${extension}`;
    if (this.files.has(file)) throw new Error(`two answers recorded for ${entry.path} as ${variant}`);
    this.files.set(file, body);
    this.entries.push({ ...entry, etag: entry.etag ?? etagOf(body), body: file });
  }

  manifest(): SnapshotManifest {
    return { format: SNAPSHOT_FORMAT, ...this.meta, entries: [...this.entries] };
  }

  /** Writes the directory (created if missing). Existing body files are overwritten. */
  async write(directory: string): Promise<SnapshotManifest> {
    await mkdir(path.join(directory, 'bodies'), { recursive: true });
    for (const [file, body] of this.files) await writeFile(path.join(directory, file), body);
    const manifest = this.manifest();
    await writeFile(path.join(directory, MANIFEST_FILE), `${JSON.stringify(manifest, null, 2)}\n`);
    return manifest;
  }
}
