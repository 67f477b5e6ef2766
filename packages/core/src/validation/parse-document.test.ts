import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { MoneySchema } from '../money/money.js';
import { MeetingProjectSchema, ReviewMeetingSchema } from '../meeting/review-meeting.js';
import { LocalizedTextSchema } from '../text/localized-text.js';
import { formatIssues, parseDocument, toPointer, toWhere } from './parse-document.js';
import {
  customIssue,
  validationMessage,
  validationMessages,
  type ValidationMessageKey,
} from './validation-messages.js';

const meeting = {
  id: 'qingyuan-2008',
  criteria: [
    { id: 'public-benefit', name: { 'zh-CN': '公益性', en: 'Public benefit' }, weight: 0.4 },
    { id: 'feasibility', name: { 'zh-CN': '可行性', en: 'Feasibility' }, weight: 0.3 },
  ],
  method: { type: 'approval' },
  projects: [
    {
      id: 'jinhuali-home',
      title: '新居民之家',
      community: 'jinhuali',
      requested: { amount: 1000000, currency: 'CNY' },
    },
  ],
  voters: [{ id: 'v01' }, { id: 'v02' }],
};

describe('parseDocument', () => {
  it('returns the parsed value, defaults applied', () => {
    const result = parseDocument(ReviewMeetingSchema, meeting);
    expect(result).toEqual({ ok: true, value: { ...meeting, aggregate: 'sum', recusal: 'none' } });
  });

  it('reports every issue with path, pointer and readable place, in English', () => {
    const bad = structuredClone(meeting);
    bad.criteria[1]!.weight = -1;
    bad.projects[0]!.requested.amount = 10000.5;
    const result = parseDocument(ReviewMeetingSchema, bad, { locale: 'en' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues).toEqual([
      {
        path: ['criteria', 1, 'weight'],
        pointer: '/criteria/1/weight',
        where: 'criteria[1].weight',
        message: 'Expected a number greater than 0',
        code: 'too_small',
      },
      {
        path: ['projects', 0, 'requested', 'amount'],
        pointer: '/projects/0/requested/amount',
        where: 'projects[0].requested.amount',
        message: validationMessages.en['money-integer'],
        code: 'money-integer',
      },
    ]);
  });

  it('speaks Chinese when asked, for zod messages and for ours', () => {
    const bad = structuredClone(meeting);
    bad.criteria[1]!.weight = -1;
    bad.projects[0]!.requested.amount = 10000.5;
    bad.voters[1]!.id = 'v01';
    const result = parseDocument(ReviewMeetingSchema, bad, { locale: 'zh-CN' });
    if (result.ok) throw new Error('expected issues');
    expect(result.issues.map((issue) => [issue.where, issue.message])).toEqual([
      ['criteria[1].weight', '应大于 0'],
      [
        'projects[0].requested.amount',
        '金额应为以最小货币单位（分）表示的整数，不能有小数：1 万元写作 1000000',
      ],
    ]);
  });

  it('localizes the duplicate-id refinement with its values', () => {
    const bad = structuredClone(meeting);
    bad.voters[1]!.id = 'v01';
    const zh = parseDocument(ReviewMeetingSchema, bad, { locale: 'zh-CN' });
    const en = parseDocument(ReviewMeetingSchema, bad, { locale: 'en' });
    expect(zh.ok || zh.issues).toEqual([
      expect.objectContaining({
        where: 'voters[1].id',
        message: '投票人中的标识 "v01" 重复',
        code: 'duplicate-id',
      }),
    ]);
    expect(en.ok || en.issues).toEqual([
      expect.objectContaining({ where: 'voters[1].id', message: 'Duplicate id "v01" in voters' }),
    ]);
  });

  it('localizes fixed messages given to built-in checks (id, currency, locale map)', () => {
    const zh = parseDocument(MoneySchema, { amount: 100, currency: 'yuan' }, { locale: 'zh-CN' });
    expect(zh.ok || zh.issues[0]?.message).toBe('应为三个大写字母的 ISO 4217 货币代码，例如 "CNY"');
    const empty = parseDocument(LocalizedTextSchema, {}, { locale: 'zh-CN' });
    expect(empty.ok || empty.issues.map((issue) => issue.message)).toContain(
      '至少需要一种语言的文本',
    );
    const id = parseDocument(
      ReviewMeetingSchema,
      { ...meeting, id: 'has space' },
      { locale: 'zh-CN' },
    );
    expect(id.ok || id.issues[0]).toMatchObject({ where: 'id', code: 'id-format' });
  });

  it('keeps the wrong-type message for money that is not a number, not the fraction message', () => {
    const result = parseDocument(MoneySchema, { amount: '100', currency: 'CNY' }, { locale: 'en' });
    expect(result.ok || result.issues[0]?.message).toBe('Expected a number, got text');
  });

  it('does not depend on (or change) the global zod configuration', () => {
    z.config({ localeError: () => 'global message' });
    try {
      const result = parseDocument(z.object({ a: z.string() }), { a: 1 }, { locale: 'en' });
      expect(result.ok || result.issues[0]?.message).toBe('Expected text, got a number');
      expect(z.string().safeParse(1).error?.issues[0]?.message).toBe('global message');
    } finally {
      z.config({ localeError: undefined });
    }
  });

  it('says a missing text is missing, rather than zod\'s bare "Invalid input"', () => {
    const { title: _title, ...untitled } = {
      id: 'p1',
      title: '新居民之家',
      community: 'jinhuali',
      requested: { amount: 1000000, currency: 'CNY' },
    };
    for (const [locale, text] of [
      ['en', 'Required value is missing'],
      ['zh-CN', '必填项缺失'],
    ] as const) {
      const result = parseDocument(MeetingProjectSchema, untitled, { locale });
      expect(result.ok).toBe(false);
      if (!result.ok)
        expect(result.issues).toEqual([expect.objectContaining({ where: 'title', message: text })]);
    }
  });

  it('answers a wrong call with what was wrong in it, not an error from inside zod', () => {
    expect(() => parseDocument('meeting' as never, {})).toThrow(
      new TypeError(
        'parseDocument: the first argument must be one of the toolkit\'s schemas (e.g. ReviewMeetingSchema), not the string "meeting"',
      ),
    );
    expect(() => parseDocument(undefined as never, {})).toThrow(/not undefined$/);
    expect(() => parseDocument({ parse: () => 1 } as never, {})).toThrow(/not an object$/);
    expect(() => parseDocument(MoneySchema, {}, { locale: 'fr' as never })).toThrow(
      new RangeError(`parseDocument: options.locale must be 'zh-CN' or 'en', not the string "fr"`),
    );
  });

  it('names the document itself when the root is wrong', () => {
    const result = parseDocument(ReviewMeetingSchema, null, { locale: 'zh-CN' });
    if (result.ok) throw new Error('expected issues');
    expect(result.issues[0]).toMatchObject({ path: [], pointer: '', where: '' });
    expect(formatIssues(result.issues, { locale: 'zh-CN' })).toBe(
      '（文档）: 应为对象，实为空值 null',
    );
  });
});

describe('formatIssues', () => {
  it('prints one line per issue', () => {
    const bad = structuredClone(meeting);
    bad.criteria[1]!.weight = -1;
    bad.voters[1]!.id = 'v01';
    const result = parseDocument(ReviewMeetingSchema, bad);
    if (result.ok) throw new Error('expected issues');
    expect(formatIssues(result.issues)).toBe(
      'criteria[1].weight: Expected a number greater than 0\nvoters[1].id: Duplicate id "v01" in voters',
    );
  });
});

describe('paths', () => {
  it('escapes JSON Pointer tokens and quotes keys that are not identifiers', () => {
    expect(toPointer(['marks', 'a/b~c', 0])).toBe('/marks/a~1b~0c/0');
    expect(toWhere(['marks', 'jinhuali-home', 'public-benefit'])).toBe(
      'marks["jinhuali-home"]["public-benefit"]',
    );
    expect(toWhere([0, 'id'])).toBe('[0].id');
  });
});

describe('customIssue', () => {
  it('carries the English text for plain parse(), the key, and the message in both locales', () => {
    expect(customIssue('duplicate-id', { id: 'x', list: 'options' }, ['options', 1])).toEqual({
      code: 'custom',
      message: 'Duplicate id "x" in options',
      path: ['options', 1],
      params: {
        messageKey: 'duplicate-id',
        values: { id: 'x', list: 'options' },
        message: { 'zh-CN': '选项中的标识 "x" 重复', en: 'Duplicate id "x" in options' },
      },
    });
  });

  it('has a Chinese and an English text for every message', () => {
    const values = { id: 'x', list: 'questions', expected: 'CNY', actual: 'EUR', section: 's' };
    for (const key of Object.keys(validationMessages.en) as ValidationMessageKey[]) {
      expect(validationMessage(key, values, 'zh-CN')).toMatch(/[\u4e00-\u9fff]/);
      expect(validationMessage(key, values, 'en')).toMatch(/^[\x20-\x7e]+$/);
      expect(validationMessage(key, values, 'en')).not.toMatch(/\{\w+\}/);
    }
  });
});
