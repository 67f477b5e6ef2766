/** The part of the WHATWG `TextDecoder` used here (in browsers and Node, outside ES2022's lib). */
interface FatalTextDecoder {
  decode(input: Uint8Array): string;
}
type TextDecoderClass = new (
  label: string,
  options: { fatal: boolean; ignoreBOM: boolean },
) => FatalTextDecoder;

/** Where a byte sequence stops being UTF-8: its offset and the byte found there. */
export interface Utf8Error {
  offset: number;
  byte: number;
}

/**
 * Decodes UTF-8 arriving in chunks, strictly: a byte sequence that is not UTF-8 (a Latin-1
 * `é` written as the single byte 0xE9, a stray continuation byte, an overlong form, a
 * surrogate) is reported with its offset in the chunk instead of becoming U+FFFD. A character
 * cut between two chunks is carried over to the next one. A byte-order mark is kept (the
 * caller decides what it means).
 *
 * @example
 * const decoder = new Utf8ChunkDecoder();
 * decoder.decode(new Uint8Array([0x7a, 0xc5])); // 'z' (0xC5 waits for its second byte)
 * decoder.decode(new Uint8Array([0x82])); // 'ł'
 * decoder.decode(new Uint8Array([0x41, 0xe9, 0x0a])); // { offset: 1, byte: 0xe9 }
 */
export class Utf8ChunkDecoder {
  private readonly decoder: FatalTextDecoder;
  /**
   * A replacing decoder, tried first: in Node 20 it is about a third faster than the fatal
   * one, and its output is the fatal one's whenever it holds no U+FFFD (a bad sequence always
   * becomes U+FFFD). Only text with a U+FFFD is decoded again, strictly.
   */
  private readonly loose: FatalTextDecoder;
  private carry: Uint8Array = new Uint8Array(0);

  constructor() {
    const TextDecoder = (globalThis as unknown as { TextDecoder: TextDecoderClass }).TextDecoder;
    this.decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
    this.loose = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true });
  }

  /**
   * Decodes the next chunk. Returns the text, or where the first byte that is not UTF-8 is
   * (`offset` counts from the start of this chunk; negative when the bad sequence began in
   * the bytes carried over from the last chunk).
   */
  decode(chunk: Uint8Array): string | Utf8Error {
    let bytes = chunk;
    const carried = this.carry.length;
    if (carried > 0) {
      bytes = new Uint8Array(carried + chunk.length);
      bytes.set(this.carry, 0);
      bytes.set(chunk, carried);
    }
    const cut = completeLength(bytes);
    this.carry = bytes.slice(cut);
    const whole = cut === bytes.length ? bytes : bytes.subarray(0, cut);
    const text = this.loose.decode(whole);
    if (text.indexOf('\uFFFD') < 0) return text;
    try {
      return this.decoder.decode(whole);
    } catch {
      const offset = firstInvalidUtf8(bytes, cut);
      return { offset: offset - carried, byte: bytes[offset]! };
    }
  }

  /** Ends the input: bytes still carried over (a character cut short) are an error. */
  end(): Utf8Error | null {
    if (this.carry.length === 0) return null;
    const error = { offset: 0, byte: this.carry[0]! };
    this.carry = new Uint8Array(0);
    return error;
  }
}

/** How many leading bytes hold whole characters: a sequence cut at the end is left out. */
function completeLength(bytes: Uint8Array): number {
  const n = bytes.length;
  for (let back = 1; back <= 3 && back <= n; back++) {
    const b = bytes[n - back]!;
    if (b < 0x80) return n;
    if (b >= 0xc0) {
      const need = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : 2;
      return need > back ? n - back : n;
    }
  }
  return n;
}

/** The offset of the first byte in `bytes[0, end)` that does not belong to valid UTF-8. */
function firstInvalidUtf8(bytes: Uint8Array, end: number): number {
  let i = 0;
  while (i < end) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let min: number;
    if (b >= 0xc2 && b <= 0xdf) [need, min] = [1, 0x80];
    else if (b >= 0xe0 && b <= 0xef) [need, min] = [2, 0x800];
    else if (b >= 0xf0 && b <= 0xf4) [need, min] = [3, 0x10000];
    else return i;
    if (i + need >= end) return i;
    let cp = b & (0x3f >> need);
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k]!;
      if ((c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return end;
}
