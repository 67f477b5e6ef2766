import { describe, expect, it } from 'vitest';
import { ballotDeliveryMessages } from '../ballot/ballot-delivery.messages.js';
import { ballotMessages, ballotVoteMessages } from '../ballot/ballot.messages.js';
import { joinCatalogs } from './join-catalogs.js';

describe('joinCatalogs', () => {
  it('joins two catalogues per locale, the second winning a key both have', () => {
    const joined = joinCatalogs(
      { en: { a: 'A', b: 'old' }, 'zh-CN': { a: '甲', b: '旧' } },
      { en: { b: 'B' }, 'zh-CN': { b: '乙' } },
    );
    expect(joined).toEqual({ en: { a: 'A', b: 'B' }, 'zh-CN': { a: '甲', b: '乙' } });
  });

  it("keeps <qy-ballot>'s public catalogue whole: the text loaded with the page and on demand", () => {
    for (const locale of ['en', 'zh-CN'] as const) {
      const keys = Object.keys(ballotMessages[locale]).sort();
      expect(keys).toEqual(
        [
          ...Object.keys(ballotVoteMessages[locale]),
          ...Object.keys(ballotDeliveryMessages[locale]),
        ].sort(),
      );
      // No key in both parts: each text is shipped once.
      const vote = new Set(Object.keys(ballotVoteMessages[locale]));
      expect(Object.keys(ballotDeliveryMessages[locale]).filter((key) => vote.has(key))).toEqual(
        [],
      );
      expect(ballotMessages[locale].codeTitle).toBeTruthy();
      expect(ballotMessages[locale].ballotLabel).toBeTruthy();
    }
    expect(Object.keys(ballotMessages.en).sort()).toEqual(
      Object.keys(ballotMessages['zh-CN']).sort(),
    );
  });
});
