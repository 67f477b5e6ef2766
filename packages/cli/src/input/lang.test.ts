import { describe, expect, it } from 'vitest';
import { parseLang } from './lang.js';

describe('parseLang', () => {
  it('reads en (the default), zh-CN and zh', () => {
    expect(parseLang(undefined)).toBe('en');
    expect(parseLang('en')).toBe('en');
    expect(parseLang('zh-CN')).toBe('zh-CN');
    expect(parseLang('zh')).toBe('zh-CN');
  });

  it('rejects anything else, naming the flag', () => {
    expect(() => parseLang('fr')).toThrow('--lang: expected zh-CN or en, got "fr"');
  });
});
