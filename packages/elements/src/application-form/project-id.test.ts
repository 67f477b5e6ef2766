import { IdSchema } from '@qingyuan/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { projectIdFrom, randomIdSuffix, titleSlug } from './project-id.js';

describe('project id from the title', () => {
  it('reads the Latin letters and digits of a title, lower case and hyphenated', () => {
    expect(projectIdFrom('Garden', 'k3x9qa')).toBe('garden-k3x9qa');
    expect(titleSlug('  Merchants & Residents’ Council! ')).toBe('merchants-residents');
    expect(titleSlug('Café für Kinder 2')).toBe('cafe-fur-kinder-2');
    expect(titleSlug('Ｇａｒｄｅｎ　２')).toBe('garden-2');
    expect(titleSlug('189 商户居民协会')).toBe('189');
  });

  it('prefers the English text of a bilingual title, then any other with Latin letters', () => {
    expect(titleSlug({ 'zh-CN': '新居民之家', en: 'New Residents’ Home' })).toBe(
      'new-residents-home',
    );
    expect(titleSlug({ 'zh-CN': '新居民之家', en: '' })).toBe('');
    expect(titleSlug({ 'zh-CN': 'e家亲服务社' })).toBe('e');
  });

  it('gives p- and the suffix to a title without Latin letters or digits', () => {
    expect(projectIdFrom('社区花园', 'k3x9qa')).toBe('p-k3x9qa');
    expect(projectIdFrom({ 'zh-CN': '新居民之家' }, 'k3x9qa')).toBe('p-k3x9qa');
    expect(projectIdFrom(undefined, 'k3x9qa')).toBe('p-k3x9qa');
  });

  it('keeps the readable part to 24 characters, cut between words when it can', () => {
    expect(titleSlug('A home for new residents and their children')).toBe(
      'a-home-for-new-residents',
    );
    expect(titleSlug('Supercalifragilisticexpialidocious garden')).toBe('supercalifragilisticexpi');
  });

  it('draws a fresh six-character suffix of a-z and 0-9 each time', () => {
    const suffixes = new Set(Array.from({ length: 200 }, () => randomIdSuffix()));
    expect(suffixes.size).toBe(200);
    for (const suffix of suffixes) expect(suffix).toMatch(/^[a-z0-9]{6}$/);
    expect(projectIdFrom('Garden')).toMatch(/^garden-[a-z0-9]{6}$/);
    expect(projectIdFrom('Garden')).not.toBe(projectIdFrom('Garden'));
  });

  it('makes ids that core’s IdSchema accepts, whatever the title', () => {
    const title = fc.oneof(
      fc.string({ unit: 'grapheme', maxLength: 80 }),
      fc.dictionary(fc.constantFrom('en', 'zh-CN', 'fr'), fc.string({ unit: 'grapheme' })),
    );
    fc.assert(
      fc.property(title, (t) => {
        const id = projectIdFrom(t);
        expect(IdSchema.safeParse(id).success).toBe(true);
        expect(id.length).toBeLessThanOrEqual(24 + 1 + 6);
        expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      }),
    );
  });
});
