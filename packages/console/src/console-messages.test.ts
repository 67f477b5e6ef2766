import { describe, expect, it } from 'vitest';
import {
  consoleMessages,
  consoleText,
  counted,
  meetingStatusNames,
  roleNames,
  textFor,
  type ConsoleMessageKey,
} from './console-messages.js';

const placeholders = (template: string) => [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);

describe('the console catalogue', () => {
  it('fills the same placeholders in Chinese as in English, for every key', () => {
    const keys = Object.keys(consoleMessages.en) as ConsoleMessageKey[];
    expect(Object.keys(consoleMessages['zh-CN']).sort()).toEqual([...keys].sort());
    for (const key of keys) {
      expect(consoleMessages['zh-CN'][key], key).not.toBe('');
      expect(placeholders(consoleMessages['zh-CN'][key]).sort(), key).toEqual(
        placeholders(consoleMessages.en[key]).sort(),
      );
    }
  });

  it('says one thing or many as English needs, and Chinese alike', () => {
    const en = consoleText('en');
    const zh = consoleText('zh-CN');
    expect(
      en('turnoutLine', {
        voted: 1,
        codes: counted(en, 1, 'code'),
        ballots: counted(en, 2, 'ballot'),
      }),
    ).toBe('1 of 1 code voted · 2 ballots received');
    expect(
      zh('turnoutLine', {
        voted: 1,
        codes: counted(zh, 3, 'code'),
        ballots: counted(zh, 1, 'ballot'),
      }),
    ).toBe('3 个投票码中已有 1 个投票 · 共收到 1 张选票');
    const file = 'codes.pdf';
    expect(en('issuedCount', { codes: counted(en, 1, 'code'), file })).toBe(
      '1 code issued: codes.pdf downloaded.',
    );
    expect(en('pbCodesIssued', { codes: counted(en, 3, 'code'), file })).toBe(
      '3 codes issued: codes.pdf downloaded.',
    );
    expect(zh('issuedCount', { codes: counted(zh, 1, 'code'), file })).toBe(
      '1 个投票码已发放：已下载 codes.pdf。',
    );
  });

  it('names a value the box answers, or shows it as it came when the console has no words for it', () => {
    const zh = consoleText('zh-CN');
    expect(textFor(zh, roleNames, 'operator')).toBe('运营者');
    expect(textFor(zh, meetingStatusNames, 'weights-locked')).toBe('权重已锁定');
    expect(textFor(zh, meetingStatusNames, 'archived')).toBe('archived');
    expect(textFor(zh, meetingStatusNames, 'constructor')).toBe('constructor');
  });
});
