/** Sizes of files in a static export, as a browser fetches them (raw, and gzipped as a host would serve them). */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

export interface FileSize {
  raw: number;
  gzip: number;
}

export const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;

export function exportFiles(dir: string) {
  async function sizeOf(urlPath: string): Promise<FileSize> {
    const bytes = await readFile(path.join(dir, decodeURIComponent(urlPath)));
    return { raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
  }
  async function sum(urlPaths: Iterable<string>): Promise<FileSize> {
    const total = { raw: 0, gzip: 0 };
    for (const urlPath of urlPaths) {
      const size = await sizeOf(urlPath);
      total.raw += size.raw;
      total.gzip += size.gzip;
    }
    return total;
  }
  return { sizeOf, sum };
}
