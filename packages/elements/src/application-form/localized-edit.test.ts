import { describe, expect, it } from 'vitest';
import { editLocalized, fallbackIn, textIn } from './localized-edit.js';

describe('editLocalized', () => {
  it('edits one locale of bilingual text and keeps the other', () => {
    const before = { 'zh-CN': '货架', en: 'Shelf' };
    expect(editLocalized(before, 'en', 'Shelves')).toEqual({ 'zh-CN': '货架', en: 'Shelves' });
    expect(editLocalized(before, 'en', '')).toEqual({ 'zh-CN': '货架' });
    expect(editLocalized({ en: 'x' }, 'en', '')).toBeUndefined();
    expect(before).toEqual({ 'zh-CN': '货架', en: 'Shelf' });
  });

  it('keeps plain strings plain', () => {
    expect(editLocalized(undefined, 'zh-CN', '新居民之家')).toBe('新居民之家');
    expect(editLocalized('a', 'en', '')).toBeUndefined();
    expect(textIn(undefined, 'en')).toBe('');
    expect(textIn({ 'zh-CN': '货架', en: 'Shelves' }, 'zh-CN')).toBe('货架');
  });

  it('never offers another language’s text for editing, only as a hint', () => {
    expect(textIn({ 'zh-CN': '货架' }, 'en')).toBe('');
    expect(textIn({ zh: '货架' }, 'zh-CN')).toBe('货架');
    expect(fallbackIn({ 'zh-CN': '货架' }, 'en')).toBe('货架');
  });
});
