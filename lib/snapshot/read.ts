import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { AtlasError } from '../errors';
import { kubeStatus } from '../kube/status';
import type { Transport, TransportRequest, TransportResponse } from '../kube/transport';
import { validateManifest, type SnapshotEntry, type SnapshotManifest } from './manifest';
import { selectEntry } from './negotiate';

export const MANIFEST_FILE = 'manifest.json';

const encoder = new TextEncoder();

function statusResponse(code: number, message: string, source: string): TransportResponse {
  return {
    status: code,
    headers: { 'content-type': 'application/json' },
    body: encoder.encode(JSON.stringify(kubeStatus(code, message))),
    source,
  };
}

/** A Transport that replays a recorded snapshot directory. */
export class SnapshotTransport implements Transport {
  readonly description: string;
  private readonly byPath = new Map<string, SnapshotEntry[]>();

  constructor(
    readonly directory: string,
    readonly manifest: SnapshotManifest,
  ) {
    this.description = `snapshot ${manifest.name}`;
    for (const entry of manifest.entries) {
      const list = this.byPath.get(entry.path) ?? [];
      list.push(entry);
      this.byPath.set(entry.path, list);
    }
  }

  /** Every recorded request path, in manifest order. */
  paths(): string[] {
    return [...this.byPath.keys()];
  }

  async get(requestPath: string, request: TransportRequest): Promise<TransportResponse> {
    const where = `${this.description}: GET ${requestPath}`;
    const candidates = this.byPath.get(requestPath);
    if (!candidates) return statusResponse(404, `the snapshot has no recording of ${requestPath}`, where);
    const entry = selectEntry(candidates, request.accept);
    if (!entry) {
      const offered = candidates.map((c) => c.contentType).join(', ');
      return statusResponse(406, `the snapshot has ${requestPath} only as ${offered}, not as ${request.accept}`, where);
    }
    const file = path.join(this.directory, entry.body);
    const source = `${this.description}: ${entry.body}`;
    const headers: Record<string, string> = { 'content-type': entry.contentType };
    if (entry.etag) {
      headers.etag = entry.etag;
      if (request.ifNoneMatch === entry.etag) return { status: 304, headers, body: new Uint8Array(), source };
    }
    let body: Buffer;
    try {
      body = await readFile(file);
    } catch (cause) {
      throw new AtlasError(source, `cannot read the recorded body of GET ${requestPath}`, { cause });
    }
    return { status: entry.status, headers, body: new Uint8Array(body.buffer, body.byteOffset, body.byteLength), source };
  }
}

/** Reads and validates `DIR/manifest.json` and returns a Transport over it. */
export async function openSnapshot(directory: string): Promise<SnapshotTransport> {
  const file = path.join(directory, MANIFEST_FILE);
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (cause) {
    throw new AtlasError(file, 'cannot read the snapshot manifest (is this a snapshot directory?)', { cause });
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (cause) {
    throw new AtlasError(file, `the snapshot manifest is not valid JSON (${(cause as Error).message})`, { cause });
  }
  return new SnapshotTransport(directory, validateManifest(file, parsed));
}
