import { AtlasError } from '../errors';

/**
 * A snapshot is a directory of recorded API server answers. `manifest.json`
 * lists each recorded request (path + Accept) with the answer's status,
 * content type, ETag and the file holding its body, relative to the manifest.
 * Replaying negotiates on the recorded content types exactly as a server does.
 */
export const SNAPSHOT_FORMAT = 'kube-api-atlas.snapshot/v1';

export interface SnapshotEntry {
  /** Request path, as sent to the server: `/apis`, `/apis/apps/v1`, `/openapi/v2`. */
  path: string;
  /** The Accept header the request was recorded with. */
  accept: string;
  /** HTTP status of the recorded answer. */
  status: number;
  /** Content-Type of the recorded answer (selects the entry when replaying). */
  contentType: string;
  /** ETag of the recorded answer, if the server sent one. */
  etag?: string;
  /** Body file, relative to the snapshot directory. */
  body: string;
}

export interface SnapshotManifest {
  format: typeof SNAPSHOT_FORMAT;
  /** Short name shown in the UI: `kubernetes-1.36`. */
  name: string;
  /** Where the answers came from, in words. */
  description?: string;
  /** ISO 8601 time of recording. */
  recordedAt?: string;
  /** Server the snapshot was recorded from, with credentials removed. */
  server?: string;
  entries: SnapshotEntry[];
}

function fail(source: string, message: string): never {
  throw new AtlasError(source, `invalid snapshot manifest: ${message}`);
}

function requireString(source: string, where: string, value: unknown): string {
  if (typeof value !== 'string' || value.length === 0) fail(source, `${where} must be a non-empty string`);
  return value;
}

/**
 * Checks a parsed manifest and returns it typed. Each problem names the entry
 * that has it, so a hand-edited manifest is easy to fix.
 */
export function validateManifest(source: string, value: unknown): SnapshotManifest {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) fail(source, 'not a JSON object');
  const raw = value as Record<string, unknown>;
  if (raw.format !== SNAPSHOT_FORMAT) fail(source, `"format" must be "${SNAPSHOT_FORMAT}", found ${JSON.stringify(raw.format)}`);
  const name = requireString(source, '"name"', raw.name);
  if (!Array.isArray(raw.entries)) fail(source, '"entries" must be an array');
  const entries = raw.entries.map((entry: unknown, index): SnapshotEntry => {
    const where = `entries[${index}]`;
    if (typeof entry !== 'object' || entry === null) fail(source, `${where} must be an object`);
    const e = entry as Record<string, unknown>;
    const path = requireString(source, `${where}.path`, e.path);
    if (!path.startsWith('/')) fail(source, `${where}.path must start with "/"`);
    const body = requireString(source, `${where}.body`, e.body);
    if (body.startsWith('/') || body.split(/[\\/]/).includes('..')) fail(source, `${where}.body must stay inside the snapshot directory`);
    if (typeof e.status !== 'number' || !Number.isInteger(e.status) || e.status < 100 || e.status > 599) {
      fail(source, `${where}.status must be an HTTP status code`);
    }
    if (e.etag !== undefined && typeof e.etag !== 'string') fail(source, `${where}.etag must be a string`);
    return {
      path,
      accept: requireString(source, `${where}.accept`, e.accept),
      status: e.status,
      contentType: typeof e.contentType === 'string' ? e.contentType : fail(source, `${where}.contentType must be a string`),
      ...(typeof e.etag === 'string' ? { etag: e.etag } : {}),
      body,
    };
  });
  return {
    format: SNAPSHOT_FORMAT,
    name,
    ...(typeof raw.description === 'string' ? { description: raw.description } : {}),
    ...(typeof raw.recordedAt === 'string' ? { recordedAt: raw.recordedAt } : {}),
    ...(typeof raw.server === 'string' ? { server: raw.server } : {}),
    entries,
  };
}
