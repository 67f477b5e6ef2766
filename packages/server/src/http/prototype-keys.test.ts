import { describe, expect, it } from 'vitest';
import { ownPrototypeKeys } from './prototype-keys.js';

describe('ownPrototypeKeys', () => {
  it('finds own `__proto__` keys as JSON.parse makes them, down to the given level', () => {
    const value: unknown = JSON.parse(
      '{"__proto__":{"x":1},"a":{"__proto__":true,"b":{"__proto__":1}},"c":[{"__proto__":1}]}',
    );
    expect(ownPrototypeKeys(value, 1)).toEqual([['__proto__']]);
    expect(ownPrototypeKeys(value, 2)).toEqual([['__proto__'], ['a', '__proto__']]);
    expect(ownPrototypeKeys(value, 3)).toEqual([
      ['__proto__'],
      ['a', '__proto__'],
      ['a', 'b', '__proto__'],
    ]);
  });

  it('sees nothing in objects built by literals, arrays or plain values', () => {
    expect(ownPrototypeKeys({ __proto__: { x: 1 }, a: { b: true } }, 5)).toEqual([]);
    expect(ownPrototypeKeys([JSON.parse('{"__proto__":1}')], 5)).toEqual([]);
    expect(ownPrototypeKeys('__proto__', 5)).toEqual([]);
    expect(ownPrototypeKeys(null, 5)).toEqual([]);
  });
});
