import { describe, expect, it } from 'vitest';
import { langFromEnvironment, parseLang } from './lang.js';

describe('parseLang', () => {
  it('reads en, zh-CN and zh', () => {
    expect(parseLang('en', { LANG: 'zh_CN.UTF-8' })).toBe('en');
    expect(parseLang('zh-CN')).toBe('zh-CN');
    expect(parseLang('zh')).toBe('zh-CN');
  });

  it('without --lang, follows the environment’s locale', () => {
    expect(parseLang(undefined, { LANG: 'zh_CN.UTF-8' })).toBe('zh-CN');
    expect(parseLang(undefined, { LANG: 'C.UTF-8' })).toBe('en');
    expect(parseLang(undefined, {})).toBe('en');
  });

  it('rejects anything else, naming the flag', () => {
    expect(() => parseLang('fr')).toThrow('--lang: expected zh-CN or en, got "fr"');
  });
});

describe('langFromEnvironment', () => {
  it('takes LC_ALL over LC_MESSAGES over LANG, skipping empty ones', () => {
    expect(langFromEnvironment({ LC_ALL: 'en_US.UTF-8', LANG: 'zh_CN.UTF-8' })).toBe('en');
    expect(langFromEnvironment({ LC_ALL: '', LC_MESSAGES: 'zh_TW', LANG: 'en' })).toBe('zh-CN');
    expect(langFromEnvironment({ LANG: 'zh' })).toBe('zh-CN');
    expect(langFromEnvironment({ LANG: 'zu_ZA.UTF-8' })).toBe('en');
  });
});
