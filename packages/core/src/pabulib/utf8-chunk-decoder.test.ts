import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Utf8ChunkDecoder } from './utf8-chunk-decoder.js';

const encode = (text: string) => new TextEncoder().encode(text);

describe('Utf8ChunkDecoder', () => {
  it('decodes any text cut into any chunks (property)', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme', maxLength: 40 }),
        fc.nat({ max: 7 }),
        (text, size) => {
          const bytes = encode(text);
          const decoder = new Utf8ChunkDecoder();
          let out = '';
          const step = size + 1;
          for (let i = 0; i < bytes.length; i += step) {
            const part = decoder.decode(bytes.subarray(i, i + step));
            if (typeof part !== 'string') throw new Error('unexpected error');
            out += part;
          }
          expect(decoder.end()).toBeNull();
          expect(out).toBe(text);
        },
      ),
    );
  });

  it('keeps a byte-order mark and reports the first byte that is not UTF-8', () => {
    expect(new Utf8ChunkDecoder().decode(Uint8Array.of(0xef, 0xbb, 0xbf, 0x41))).toBe('\uFEFFA');
    const cases: [number[], number, number][] = [
      [[0x41, 0xe9, 0x0a], 1, 0xe9], // Latin-1 é
      [[0x41, 0x80], 1, 0x80], // stray continuation byte
      [[0xc0, 0xaf], 0, 0xc0], // overlong '/'
      [[0x41, 0xed, 0xa0, 0x80], 1, 0xed], // a UTF-16 surrogate
      [[0xf4, 0x90, 0x80, 0x80], 0, 0xf4], // beyond U+10FFFF
      [[0x41, 0xc5, 0x41], 1, 0xc5], // a lead byte without its continuation
    ];
    for (const [bytes, offset, byte] of cases) {
      expect(new Utf8ChunkDecoder().decode(Uint8Array.from(bytes)), bytes.join(',')).toEqual({
        offset,
        byte,
      });
    }
  });

  it('keeps a U+FFFD written in the file (only a byte that is not UTF-8 is an error)', () => {
    expect(new Utf8ChunkDecoder().decode(encode('a\uFFFDb'))).toBe('a\uFFFDb');
    expect(new Utf8ChunkDecoder().decode(Uint8Array.of(0xef, 0xbf, 0xbd, 0xff, 0x41))).toEqual({
      offset: 3,
      byte: 0xff,
    });
  });

  it('reports a character cut at the end of the input', () => {
    const decoder = new Utf8ChunkDecoder();
    expect(decoder.decode(Uint8Array.of(0x7a, 0xc5))).toBe('z');
    expect(decoder.end()).toEqual({ offset: 0, byte: 0xc5 });
  });
});
