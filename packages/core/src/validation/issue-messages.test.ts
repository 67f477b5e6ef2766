import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { issueMessageMap } from './issue-messages.js';

/** The message of the first issue of parsing `data`, in a locale. */
function messageOf(schema: z.ZodMiniType, data: unknown, locale: 'en' | 'zh-CN'): string {
  const result = z.safeParse(schema, data, { error: issueMessageMap(locale) });
  if (result.success) throw new Error('expected a failure');
  return result.error.issues[0]!.message;
}

const kinds = z.discriminatedUnion('type', [
  z.object({ type: z.literal('approval') }),
  z.object({ type: z.literal('score') }),
]);

const cases: [string, z.ZodMiniType, unknown, string, string][] = [
  ['a missing value', z.object({ a: z.string() }), {}, 'Required value is missing', '必填项缺失'],
  ['a wrong type', z.number(), 'ten', 'Expected a number, got text', '应为数字，实为文本'],
  ['a list where text belongs', z.string(), [], 'Expected text, got a list', '应为文本，实为列表'],
  ['null', z.object({}), null, 'Expected an object, got null', '应为对象，实为空值 null'],
  ['a fraction', z.int(), 1.5, 'Expected a whole number, got a number', '应为整数，实为数字'],
  ['empty text', z.string().check(z.minLength(1)), '', 'Must not be empty', '不能为空'],
  [
    'too short text',
    z.string().check(z.minLength(3)),
    'ab',
    'Expected at least 3 characters',
    '至少 3 个字符',
  ],
  ['an empty list', z.array(z.string()).check(z.minLength(1)), [], 'Must not be empty', '不能为空'],
  [
    'too long a list',
    z.array(z.string()).check(z.maxLength(1)),
    ['a', 'b'],
    'Expected at most 1 item',
    '最多 1 项',
  ],
  ['zero', z.number().check(z.positive()), 0, 'Expected a number greater than 0', '应大于 0'],
  [
    'a negative amount',
    z.number().check(z.nonnegative()),
    -1,
    'Expected a number greater than or equal to 0',
    '应大于或等于 0',
  ],
  [
    'too big a number',
    z.number().check(z.lte(5)),
    6,
    'Expected a number less than or equal to 5',
    '应小于或等于 5',
  ],
  [
    'a bad date',
    z.iso.date(),
    '20/03/2008',
    'Expected a date as YYYY-MM-DD, such as 2008-03-20',
    '日期格式应为 YYYY-MM-DD，例如 2008-03-20',
  ],
  ['a multiple', z.number().check(z.multipleOf(5)), 7, 'Expected a multiple of 5', '应为 5 的倍数'],
  [
    'unknown fields',
    z.strictObject({ a: z.string() }),
    { a: 'x', b: 1, c: 2 },
    'Unknown fields: b, c',
    '未知字段：b、c',
  ],
  [
    'a value not in the list',
    z.enum(['sum', 'mean']),
    'median',
    'Expected one of "sum", "mean"',
    '应为以下之一："sum"、"mean"',
  ],
  ['a wrong literal', z.literal('approval'), 'x', 'Expected "approval"', '应为 "approval"'],
  [
    'an unknown kind',
    kinds,
    { type: 'ranked' },
    'Expected one of "approval", "score"',
    '应为以下之一："approval"、"score"',
  ],
  [
    'no matching form',
    z.union([z.string(), z.number()]),
    true,
    'Does not match any allowed form',
    '不符合任何一种允许的格式',
  ],
  [
    'a bad record key',
    z.record(z.string().check(z.regex(/^[a-z]+$/)), z.string()),
    { A1: 'x' },
    'Invalid key',
    '键名无效',
  ],
  [
    'a refinement without a message',
    z.string().check(z.refine(() => false)),
    'x',
    'Invalid value',
    '值无效',
  ],
];

describe('issueMessageMap', () => {
  for (const [name, schema, data, english, chinese] of cases) {
    it(`words ${name} in English and Chinese`, () => {
      expect(messageOf(schema, data, 'en')).toBe(english);
      expect(messageOf(schema, data, 'zh-CN')).toBe(chinese);
    });
  }

  it("leaves a schema's own message alone", () => {
    const schema = z.string().check(z.regex(/^[A-Z]{3}$/, { message: 'Three capitals' }));
    expect(messageOf(schema, 'cny', 'zh-CN')).toBe('Three capitals');
  });
});
