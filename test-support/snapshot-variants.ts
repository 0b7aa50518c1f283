/**
 * Variants of the embedded snapshot that differ only in how `/openapi/v2` is
 * recorded, for tests of the fallbacks between JSON and protobuf (unit tests,
 * and the e2e server that must render a correct site from a broken JSON answer).
 * Written with the real SnapshotWriter, so they are snapshots like any other.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { isOpenApiProtobuf } from '../lib/kube/media-type';
import type { SnapshotEntry } from '../lib/snapshot/manifest';
import { openSnapshot } from '../lib/snapshot/read';
import { SnapshotWriter } from '../lib/snapshot/write';
import { EMBEDDED_SNAPSHOT } from './fixtures';

export type OpenApiVariant =
  /** `/openapi/v2` as JSON only: a protobuf request gets 406. */
  | 'json-only'
  /** `/openapi/v2` as protobuf only: a JSON request gets 406. */
  | 'protobuf-only'
  /** Both, but the protobuf body is garbage under the protobuf content type. */
  | 'corrupt-protobuf'
  /** Both, with the protobuf body still gzip-compressed (a transport that did not inflate it). */
  | 'gzip-protobuf'
  /** Both, but the JSON body is cut short under the JSON content type: the default (JSON first) falls back to protobuf. */
  | 'corrupt-json';

/** Deterministic non-protobuf bytes: a valid first field, then noise that breaks a length. */
export const GARBAGE_PROTOBUF = Uint8Array.from([
  0x0a,
  0x03,
  0x32,
  0x2e,
  0x30,
  0x42,
  0xff,
  0xff,
  0x7f,
  ...Array.from({ length: 64 }, (_, i) => (i * 37) % 256),
]);

function isProtobufEntry(entry: SnapshotEntry): boolean {
  return entry.path === '/openapi/v2' && isOpenApiProtobuf(entry.contentType);
}

function isJsonOpenApiEntry(entry: SnapshotEntry): boolean {
  return entry.path === '/openapi/v2' && !isOpenApiProtobuf(entry.contentType);
}

/** `bodies/apis__apps.legacy.json` → `['legacy', 'json']`: the writer's variant and extension. */
function variantOf(body: string): [string, string] {
  const parts = path.basename(body).split('.');
  return [parts.at(-2) ?? 'body', parts.at(-1) ?? 'bin'];
}

/**
 * Writes the embedded snapshot, changed as `variant` says, into `directory`.
 * The snapshot keeps the embedded one's name, so models compare equal.
 */
export async function writeOpenApiVariant(directory: string, variant: OpenApiVariant): Promise<void> {
  const source = await openSnapshot(EMBEDDED_SNAPSHOT);
  const { name, description, recordedAt } = source.manifest;
  const writer = new SnapshotWriter({
    name,
    description: `${description ?? ''} Variant for tests: ${variant}.`,
    ...(recordedAt ? { recordedAt } : {}),
  });
  for (const entry of source.manifest.entries) {
    if (variant === 'json-only' && isProtobufEntry(entry)) continue;
    if (variant === 'protobuf-only' && isJsonOpenApiEntry(entry)) continue;
    let body: Uint8Array = new Uint8Array(await readFile(path.join(EMBEDDED_SNAPSHOT, entry.body)));
    if (isProtobufEntry(entry) && variant === 'corrupt-protobuf') body = GARBAGE_PROTOBUF;
    if (isProtobufEntry(entry) && variant === 'gzip-protobuf') body = new Uint8Array(gzipSync(body));
    if (isJsonOpenApiEntry(entry) && variant === 'corrupt-json') body = body.slice(0, 4096);
    const [file, extension] = variantOf(entry.body);
    writer.add({ path: entry.path, accept: entry.accept, status: entry.status, contentType: entry.contentType }, body, file, extension);
  }
  await writer.write(directory);
}
