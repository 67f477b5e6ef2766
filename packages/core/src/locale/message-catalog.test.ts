import { describe, expect, it } from 'vitest';
import { formatMessage, localizedMessage, messageIn, type Catalogs } from './message-catalog.js';

const words: Catalogs<'hello' | 'count'> = {
  'zh-CN': { hello: '你好，{name}', count: '{count}/{total}' },
  en: { hello: 'Hello, {name}', count: '{count} of {total}' },
};

describe('message catalogs', () => {
  it('fills placeholders and leaves unknown ones visible', () => {
    expect(formatMessage('{a} and {b}', { a: 1 })).toBe('1 and {b}');
    expect(formatMessage('{toString}', {})).toBe('{toString}');
  });

  it('gives a key in one locale or in both', () => {
    expect(messageIn(words, 'en', 'count', { count: 2, total: 9 })).toBe('2 of 9');
    expect(localizedMessage(words, 'hello', { name: '王' })).toEqual({
      'zh-CN': '你好，王',
      en: 'Hello, 王',
    });
  });
});
