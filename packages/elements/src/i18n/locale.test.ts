import { afterEach, describe, expect, it } from 'vitest';
import { resolveLocale, toSupportedLocale } from './locale.js';

describe('resolveLocale', () => {
  afterEach(() => {
    document.body.replaceChildren();
    document.documentElement.lang = '';
  });

  it('uses the element’s own lang', () => {
    const el = document.createElement('span');
    el.lang = 'zh-CN';
    document.body.append(el);
    expect(resolveLocale(el)).toBe('zh-CN');
  });

  it('uses the nearest ancestor lang, across a shadow root', () => {
    const outer = document.createElement('div');
    outer.lang = 'zh-Hans';
    const host = document.createElement('div');
    outer.append(host);
    const inner = document.createElement('span');
    host.attachShadow({ mode: 'open' }).append(inner);
    document.body.append(outer);
    expect(resolveLocale(inner)).toBe('zh-CN');
  });

  it('falls back to <html lang>', () => {
    document.documentElement.lang = 'en-GB';
    const el = document.createElement('span');
    document.body.append(el);
    expect(resolveLocale(el)).toBe('en');
  });

  it('maps tags to the shipped locales', () => {
    expect(toSupportedLocale('zh-TW')).toBe('zh-CN');
    expect(toSupportedLocale('fr')).toBe('en');
    expect(toSupportedLocale('')).toBeUndefined();
  });
});
