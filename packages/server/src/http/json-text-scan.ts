import { toPointer } from '@qingyuan/core';
import type { Bilingual } from './error-responses.js';
import type { JsonPath } from './prototype-keys.js';

/** How deep arrays and objects may nest in a request body, counting the body itself as 1. */
export const MAX_JSON_DEPTH = 64;

/** At most this many inexact numbers are reported for one body. */
const MAX_NUMBER_PROBLEMS = 20;

/** Something in a JSON text the ballot box will not take, with where it stands. */
export interface JsonTextProblem {
  /** `too-deep`: nested beyond the limit; `inexact-number`: a number JSON cannot hold exactly. */
  code: 'too-deep' | 'inexact-number';
  /** Where, from the body's root: object keys and array indexes. */
  path: JsonPath;
  /** The same place as a JSON Pointer (RFC 6901). */
  pointer: string;
  message: Bilingual;
}

/** What {@link scanJsonText} found: the first place too deep, and every inexact number. */
export interface JsonTextScan {
  tooDeep?: JsonTextProblem;
  numbers: JsonTextProblem[];
}

/** One open array or object while scanning. */
interface Frame {
  array: boolean;
  /** Arrays: the index of the current element. */
  index: number;
  /** Objects: where the current key's text (with its quotes) starts and ends. */
  keyStart: number;
  keyEnd: number;
  /** Objects: the next string is a key. */
  expectKey: boolean;
}

const numberPattern = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?$/;

/**
 * Scans a JSON text, without parsing it, for what `JSON.parse` and storage would get wrong:
 * arrays and objects nested deeper than `maxDepth` (a deep enough body makes serialising it
 * overflow the stack), and numbers that do not survive as JSON numbers (IEEE-754 doubles):
 * too large (`1e309` would become `null`), more digits than a double holds
 * (`9007199254740993` would become `…992`), too small (`1e-400` would become `0`) or negative
 * zero (`-0` would become `0`). A number is exact when the text `JSON.stringify` writes for it
 * (what is stored) has the value of the text that was sent. The scan is linear, never recursive, never throws, and leaves a
 * text that is not JSON to `JSON.parse` to refuse. Numbers written differently with the same
 * value (`1.0`, `1E2`, `0.10`) are exact.
 *
 * @example
 * scanJsonText('{"a":[1e309]}').numbers[0]?.pointer; // '/a/0'
 * scanJsonText('['.repeat(5000)).tooDeep?.pointer; // '/0/0/…' (63 levels in)
 * scanJsonText('{"score":7}'); // { numbers: [] }
 */
export function scanJsonText(text: string, maxDepth = MAX_JSON_DEPTH): JsonTextScan {
  const frames: Frame[] = [];
  const numbers: JsonTextProblem[] = [];
  const length = text.length;
  let i = 0;
  while (i < length) {
    const char = text.charCodeAt(i);
    if (char === 0x7b /* { */ || char === 0x5b /* [ */) {
      if (frames.length + 1 > maxDepth) {
        const path = pathOf(text, frames);
        return { tooDeep: tooDeep(path, maxDepth), numbers };
      }
      frames.push({ array: char === 0x5b, index: 0, keyStart: 0, keyEnd: 0, expectKey: true });
      i += 1;
    } else if (char === 0x7d /* } */ || char === 0x5d /* ] */) {
      frames.pop();
      i += 1;
    } else if (char === 0x2c /* , */) {
      const top = frames.at(-1);
      if (top !== undefined) {
        if (top.array) top.index += 1;
        else top.expectKey = true;
      }
      i += 1;
    } else if (char === 0x3a /* : */) {
      const top = frames.at(-1);
      if (top !== undefined) top.expectKey = false;
      i += 1;
    } else if (char === 0x22 /* " */) {
      const start = i;
      i = closingQuote(text, i + 1) + 1;
      const top = frames.at(-1);
      if (top !== undefined && !top.array && top.expectKey) {
        top.keyStart = start;
        top.keyEnd = Math.min(i, length);
      }
    } else if (char === 0x2d /* - */ || (char >= 0x30 && char <= 0x39)) {
      const start = i;
      i += 1;
      while (i < length && isNumberChar(text.charCodeAt(i))) i += 1;
      const token = text.slice(start, i);
      const why = inexact(token);
      if (why !== undefined && numbers.length < MAX_NUMBER_PROBLEMS) {
        const path = pathOf(text, frames);
        numbers.push({ code: 'inexact-number', path, pointer: toPointer(path), message: why });
      }
    } else {
      i += 1; // whitespace, the letters of true/false/null, or what JSON.parse will refuse
    }
  }
  return { numbers };
}

/** Where the string whose text starts at `from` ends (its closing quote), or the text's end. */
function closingQuote(text: string, from: number): number {
  let at = from;
  for (;;) {
    const quote = text.indexOf('"', at);
    if (quote === -1) return text.length;
    let backslashes = 0;
    while (text.charCodeAt(quote - 1 - backslashes) === 0x5c /* \ */) backslashes += 1;
    if (backslashes % 2 === 0) return quote;
    at = quote + 1;
  }
}

function isNumberChar(char: number): boolean {
  return (
    (char >= 0x30 && char <= 0x39) ||
    char === 0x2e /* . */ ||
    char === 0x65 /* e */ ||
    char === 0x45 /* E */ ||
    char === 0x2b /* + */ ||
    char === 0x2d /* - */
  );
}

/** A decimal number as sign, digits without leading or trailing zeros, and exponent. */
function decimal(text: string): string {
  const negative = text.startsWith('-');
  const unsigned = negative ? text.slice(1) : text;
  const [mantissa = '', exponent = '0'] = unsigned.toLowerCase().split('e');
  const [whole = '', fraction = ''] = mantissa.split('.');
  let digits = `${whole}${fraction}`.replace(/^0+/, '');
  let scale = BigInt(exponent) - BigInt(fraction.length);
  if (digits === '') return '0';
  const trimmed = digits.replace(/0+$/, '');
  scale += BigInt(digits.length - trimmed.length);
  digits = trimmed;
  return `${negative ? '-' : ''}${digits}e${scale}`;
}

function shown(token: string): string {
  return token.length > 40 ? `${token.slice(0, 37)}...` : token;
}

/** Why a JSON number token cannot be held exactly, or undefined when it can (or is no number). */
function inexact(token: string): Bilingual | undefined {
  if (!numberPattern.test(token)) return undefined; // not a JSON number: JSON.parse says so
  const number = shown(token);
  if (/^-0(?:\.0+)?(?:[eE][+-]?\d+)?$/.test(token)) {
    return {
      en: `The number ${number} is negative zero, which would be stored as 0; send 0 or a string`,
      'zh-CN': `数字 ${number} 是负零，存储后会变成 0；请发送 0 或字符串`,
    };
  }
  // Without an exponent, at most 15 digits always survive a double and back: the common
  // case, decided without more work.
  const digits = token.length - (token.startsWith('-') ? 1 : 0) - (token.includes('.') ? 1 : 0);
  if (digits <= 15 && !/[eE]/.test(token)) return undefined;
  const value = Number(token);
  if (!Number.isFinite(value)) {
    return {
      en: `The number ${number} is too large to store (it would become null); send it as a string`,
      'zh-CN': `数字 ${number} 太大，无法存储（会变成 null）；请以字符串发送`,
    };
  }
  if (Object.is(value, -0)) {
    // A negative number too small for a double (`-1e-400`) underflows to -0, stored as 0.
    return {
      en: `The number ${number} cannot be stored exactly (it would become 0); send it as a string`,
      'zh-CN': `数字 ${number} 无法精确存储（会变成 0）；请以字符串发送`,
    };
  }
  const stored = String(value);
  if (decimal(token) === decimal(stored)) return undefined;
  return {
    en: `The number ${number} cannot be stored exactly (it would become ${stored}); send it as a string`,
    'zh-CN': `数字 ${number} 无法精确存储（会变成 ${stored}）；请以字符串发送`,
  };
}

/** The path of the value the scan stands at: the key or index in each open container. */
function pathOf(text: string, frames: readonly Frame[]): JsonPath {
  return frames.map((frame) => (frame.array ? frame.index : keyOf(text, frame)));
}

function keyOf(text: string, frame: Frame): string {
  const raw = text.slice(frame.keyStart, frame.keyEnd);
  try {
    const key: unknown = JSON.parse(raw);
    return typeof key === 'string' ? key : raw;
  } catch {
    return raw;
  }
}

function tooDeep(path: JsonPath, maxDepth: number): JsonTextProblem {
  return {
    code: 'too-deep',
    path,
    pointer: toPointer(path),
    message: {
      en: `Arrays and objects are nested more than ${maxDepth} levels deep here`,
      'zh-CN': `此处数组和对象的嵌套超过 ${maxDepth} 层`,
    },
  };
}
