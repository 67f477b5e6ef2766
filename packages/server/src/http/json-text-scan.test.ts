import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_JSON_DEPTH, scanJsonText } from './json-text-scan.js';

describe('scanJsonText', () => {
  it('finds a 5,000-deep body before anything parses it, with the path where it goes too deep', () => {
    const arrays = `${'['.repeat(5000)}${']'.repeat(5000)}`;
    const scan = scanJsonText(arrays);
    expect(scan.tooDeep?.code).toBe('too-deep');
    expect(scan.tooDeep?.path).toEqual(Array.from({ length: MAX_JSON_DEPTH }, () => 0));
    expect(scan.tooDeep?.message.en).toBe(
      'Arrays and objects are nested more than 64 levels deep here',
    );
    expect(scan.tooDeep?.message['zh-CN']).toBe('此处数组和对象的嵌套超过 64 层');
    // What the collection item route saw: objects inside an item's document.
    const objects = `{"document":${'{"a":'.repeat(5000)}1${'}'.repeat(5000)}}`;
    const deep = scanJsonText(objects).tooDeep!;
    expect(deep.path).toEqual(['document', ...Array.from({ length: 63 }, () => 'a')]);
    expect(deep.pointer).toBe(`/document${'/a'.repeat(63)}`);
  });

  it('takes exactly the documented depth, and counts nothing inside strings', () => {
    const at = (depth: number) => `${'['.repeat(depth)}${']'.repeat(depth)}`;
    expect(scanJsonText(at(MAX_JSON_DEPTH)).tooDeep).toBeUndefined();
    expect(scanJsonText(at(MAX_JSON_DEPTH + 1)).tooDeep?.path).toHaveLength(MAX_JSON_DEPTH);
    const text = JSON.stringify({ note: '['.repeat(500), 'key"[[[': '\\"{{{{' });
    expect(scanJsonText(text)).toEqual({ numbers: [] });
  });

  it('names the numbers JSON cannot hold, each at its path, in both languages', () => {
    const body =
      '{"document":{"big":1e309,"id":9007199254740993,"zero":-0,"list":[1,-1e309,1e-400],"a~/b":-0.0}}';
    const { numbers, tooDeep } = scanJsonText(body);
    expect(tooDeep).toBeUndefined();
    expect(numbers.map((n) => n.pointer)).toEqual([
      '/document/big',
      '/document/id',
      '/document/zero',
      '/document/list/1',
      '/document/list/2',
      '/document/a~0~1b',
    ]);
    expect(numbers[1]!.path).toEqual(['document', 'id']);
    expect(numbers.map((n) => n.message.en)).toEqual([
      'The number 1e309 is too large to store (it would become null); send it as a string',
      'The number 9007199254740993 cannot be stored exactly (it would become 9007199254740992); send it as a string',
      'The number -0 is negative zero, which would be stored as 0; send 0 or a string',
      'The number -1e309 is too large to store (it would become null); send it as a string',
      'The number 1e-400 cannot be stored exactly (it would become 0); send it as a string',
      'The number -0.0 is negative zero, which would be stored as 0; send 0 or a string',
    ]);
    expect(numbers[1]!.message['zh-CN']).toBe(
      '数字 9007199254740993 无法精确存储（会变成 9007199254740992）；请以字符串发送',
    );
  });

  it('passes ordinary bodies, and numbers written another way with the same value', () => {
    for (const text of [
      '{"code":"K7Q2-9XWD","marks":{"p1":{"c1":true,"c2":7,"c3":-3}}}',
      '[0,1.0,1E2,0.10,-2.5e-3,0.1,1e21,9007199254740992,-9007199254740991,5e-324,1.7976931348623157e308]',
      '{"a":null,"b":false,"c":"1e309","d":[],"e":{}}',
    ]) {
      expect(scanJsonText(text), text).toEqual({ numbers: [] });
    }
  });

  it('agrees with an integer oracle: exact when the text JSON would store has the same value', () => {
    /** The integer value of what JSON.stringify writes for `value` (an integral double). */
    const storedValue = (value: number): bigint => {
      const [mantissa = '', exponent = '0'] = String(value).split('e');
      const [whole = '', fraction = ''] = mantissa.split('.');
      const scale = Number(exponent) - fraction.length;
      const digits = BigInt(`${whole}${fraction}`);
      return scale >= 0 ? digits * 10n ** BigInt(scale) : digits / 10n ** BigInt(-scale);
    };
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 30n), max: 10n ** 30n }), (n) => {
        const text = `[${n}]`;
        const exact = storedValue(Number(n)) === n;
        expect(scanJsonText(text).numbers.length).toBe(exact ? 0 : 1);
      }),
      { numRuns: 2000 },
    );
  });

  it('agrees with a rational oracle on random decimal texts, fractions and exponents included', () => {
    /** A decimal text as an exact fraction digits × 10^scale (sign in digits). */
    const rational = (text: string) => {
      const [mantissa = '', exponent = '0'] = text.toLowerCase().split('e');
      const [whole = '', fraction = ''] = mantissa.replace('-', '').split('.');
      const digits = BigInt(`${whole}${fraction}`) * (mantissa.startsWith('-') ? -1n : 1n);
      return { digits, scale: Number(exponent) - fraction.length };
    };
    const same = (a: string, b: string) => {
      const [x, y] = [rational(a), rational(b)];
      const low = Math.min(x.scale, y.scale);
      return x.digits * 10n ** BigInt(x.scale - low) === y.digits * 10n ** BigInt(y.scale - low);
    };
    const text = fc
      .tuple(
        fc.boolean(),
        fc.stringMatching(/^(0|[1-9]\d{0,21})$/),
        fc.option(fc.stringMatching(/^\d{1,20}$/), { nil: undefined }),
        fc.option(fc.integer({ min: -340, max: 340 }), { nil: undefined }),
      )
      .map(
        ([negative, whole, fraction, exponent]) =>
          `${negative ? '-' : ''}${whole}${fraction === undefined ? '' : `.${fraction}`}${exponent === undefined ? '' : `e${exponent}`}`,
      );
    fc.assert(
      fc.property(text, (number) => {
        const value = Number(number);
        const exact =
          Number.isFinite(value) && !Object.is(value, -0) && same(number, String(value));
        expect(scanJsonText(`[${number}]`).numbers.length, number).toBe(exact ? 0 : 1);
      }),
      { numRuns: 3000 },
    );
  });

  it('finds nothing in what JSON.stringify writes, the same value after a round trip', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 8 }), (value) => {
        const text = JSON.stringify(value);
        // fc.jsonValue may hold -0, which JSON.stringify already writes as 0.
        expect(scanJsonText(text)).toEqual({ numbers: [] });
      }),
      { numRuns: 1000 },
    );
  });

  it('probe: hostile texts never throw, and what passes parses and serialises without a stack overflow', () => {
    const piece = fc.constantFrom(
      '[',
      ']',
      '{',
      '}',
      '"',
      '\\',
      ',',
      ':',
      '"a":',
      '1e309',
      '-0',
      '9007199254740993',
      '1',
      'null',
      ' ',
      '"\\"["',
    );
    const nested = fc
      .tuple(fc.integer({ min: 1, max: 6000 }), fc.constantFrom('[', '{"k":', '[{"k":'))
      .map(([depth, open]) => {
        const close = open === '[' ? ']' : open === '{"k":' ? '}' : '}]';
        return `${open.repeat(depth)}0${close.repeat(depth)}`;
      });
    const hostile = fc.oneof(
      fc.array(piece, { maxLength: 400 }).map((parts) => parts.join('')),
      nested,
      nested.map((text) => `{"document":${text}}`),
    );
    fc.assert(
      fc.property(hostile, (text) => {
        const scan = scanJsonText(text);
        if (scan.tooDeep !== undefined) return;
        let value: unknown;
        try {
          value = JSON.parse(text);
        } catch (error) {
          expect(error).toBeInstanceOf(SyntaxError);
          return;
        }
        // Within the depth limit, serialising (as storage and hashing do) cannot overflow.
        const again = JSON.stringify(value);
        if (scan.numbers.length === 0) expect(JSON.parse(again)).toEqual(value);
      }),
      { numRuns: 300 },
    );
  });
});
