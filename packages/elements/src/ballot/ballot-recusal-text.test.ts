import { describe, expect, it } from 'vitest';
import type { RecusalReason } from '@qingyuan/core';
import { ballotMessages, type BallotMessageKey } from './ballot.messages.js';
import { recusalShortText, recusalText } from './ballot-recusal-text.js';

const translate =
  (locale: 'en' | 'zh-CN') =>
  (key: BallotMessageKey, params: Record<string, string | number> = {}): string =>
    ballotMessages[locale][key].replace(/\{(\w+)\}/g, (_, name: string) => String(params[name]));

const kinds: RecusalReason[] = [
  { rule: 'own-community', community: 'jinhuali' },
  { rule: 'applicant', participant: 'p-wang' },
  { rule: 'team-member', participant: 'v3' },
  { rule: 'declared-conflict' },
  { rule: 'declared-conflict', reason: { en: 'my son runs it', 'zh-CN': '我儿子负责' } },
];

describe('recusal text', () => {
  it('names each kind of recusal in both languages, each in its own words', () => {
    for (const locale of ['en', 'zh-CN'] as const) {
      const t = translate(locale);
      const long = kinds.map((reason) => recusalText(reason, t, locale));
      const short = kinds.map((reason) => recusalShortText(reason, t));
      expect(new Set(long).size, locale).toBe(5);
      expect(new Set(short).size, locale).toBe(4);
      expect(long.join(' '), locale).not.toContain('{');
    }
    const en = translate('en');
    expect(recusalText(kinds[0]!, en, 'en')).toContain('your own community (jinhuali)');
    expect(recusalText(kinds[2]!, en, 'en')).toBe(
      'You do not vote on this project: you are on its team.',
    );
    expect(recusalText(kinds[3]!, en, 'en')).toBe(
      'You do not vote on this project: you declared a conflict of interest with it.',
    );
    expect(recusalText(kinds[4]!, translate('zh-CN'), 'zh-CN')).toBe(
      '您不对此项目投票：您已申报与它存在利益冲突（我儿子负责）。',
    );
    expect(recusalShortText(kinds[2]!, translate('zh-CN'))).toBe('本人所在团队的项目：回避');
  });
});
