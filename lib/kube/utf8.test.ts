import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runs } from '../../test-support/fuzz';
import { decodeUtf8 } from './utf8';

const reference = (bytes: Uint8Array) => new TextDecoder('utf-8', { fatal: false }).decode(bytes);
const utf8 = (text: string) => new TextEncoder().encode(text);

/** Bytes that exercise the cuts: ASCII runs, multi-byte characters, BOMs, lone lead and continuation bytes. */
const piece = fc.oneof(
  fc.string({ maxLength: 12 }).map(utf8),
  fc.string({ unit: 'grapheme', maxLength: 6 }).map(utf8),
  fc.constantFrom(utf8('\uFEFF'), utf8('é'), utf8('—'), utf8('😀'), utf8('\u202E')),
  fc.uint8Array({ maxLength: 6 }),
  fc.uint8Array({ minLength: 1, maxLength: 4 }).map((b) => b.map((x) => 0x80 | (x & 0x3f))),
  fc.constantFrom(0xc3, 0xe2, 0xf0, 0xf4, 0xed, 0xe0, 0xc0, 0xff).map((b) => new Uint8Array([b])),
);
const bytes = fc.array(piece, { maxLength: 24 }).map((parts) => Uint8Array.from(parts.flatMap((p) => [...p])));

describe('decodeUtf8', () => {
  it('decodes as TextDecoder does, wherever the chunks are cut (BOM, invalid and truncated sequences included)', () => {
    fc.assert(
      fc.property(bytes, fc.integer({ min: 1, max: 9 }), (input, chunk) => {
        expect(decodeUtf8(input, chunk)).toBe(reference(input));
      }),
      { numRuns: runs(2000) },
    );
  });

  it('decodes a real document and a view into a larger buffer', () => {
    const text = `\uFEFF{"a":"${'x'.repeat(40_000)}","b":"Ünïcödé — 😀 \uFEFF"}`;
    const padded = new Uint8Array(100_000);
    const encoded = utf8(text);
    padded.set(encoded, 7);
    const view = padded.subarray(7, 7 + encoded.length);
    expect(decodeUtf8(view)).toBe(reference(view));
    expect(decodeUtf8(view).startsWith('{')).toBe(true);
    expect(decodeUtf8(utf8('plain ascii'))).toBe('plain ascii');
    expect(decodeUtf8(new Uint8Array())).toBe('');
  });
});
