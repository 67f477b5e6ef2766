import { describe, expect, it } from 'vitest';
import { localize, LocalizedTextSchema } from './localized-text.js';

describe('localize', () => {
  const text = { 'zh-CN': '公益性', en: 'Public benefit' };
  it('picks the exact locale', () => expect(localize(text, 'zh-CN')).toBe('公益性'));
  it('falls back to the same language', () => expect(localize(text, 'zh-TW')).toBe('公益性'));
  it('falls back to English', () => expect(localize(text, 'fr')).toBe('Public benefit'));
  it('returns a plain string as is', () => expect(localize('新居民之家', 'en')).toBe('新居民之家'));
});

describe('LocalizedTextSchema', () => {
  it('rejects an empty locale map', () => {
    expect(LocalizedTextSchema.safeParse({}).success).toBe(false);
  });
});
