import { formatMessage } from '@qingyuan/core';
import { describe, expect, it, vi } from 'vitest';
import { parseMessageOverrides, translate } from './messages.js';

const catalogs = {
  en: { hello: 'Hello {name}', bye: 'Bye' },
  'zh-CN': { hello: '你好，{name}', bye: '再见' },
} as const;

describe('message catalogs', () => {
  it('fills placeholders and leaves unknown ones visible', () => {
    expect(formatMessage('{done} of {total}', { done: 2, total: 9 })).toBe('2 of 9');
    expect(formatMessage('{missing} here', {})).toBe('{missing} here');
  });

  it('prefers a host override for the locale, else the shipped text', () => {
    const overrides = { 'zh-CN': { bye: '回头见' } };
    expect(translate(catalogs, overrides, 'zh-CN', 'bye')).toBe('回头见');
    expect(translate(catalogs, overrides, 'en', 'bye')).toBe('Bye');
    expect(translate(catalogs, undefined, 'zh-CN', 'hello', { name: '李' })).toBe('你好，李');
  });

  it('reads the messages attribute as JSON and ignores garbage with a warning', () => {
    expect(parseMessageOverrides('{"en":{"bye":"Ciao"}}')).toEqual({ en: { bye: 'Ciao' } });
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect(parseMessageOverrides('{oops')).toBeUndefined();
    expect(parseMessageOverrides('[1]')).toBeUndefined();
    expect(warn).toHaveBeenCalledTimes(2);
    warn.mockRestore();
  });
});
