import type * as z from 'zod/mini';
import type { Locale } from '../locale/locale.js';

/**
 * Messages for zod's built-in issues (wrong type, too small, unknown field, …) in plain
 * zh-CN and English, written for the organizers and residents who read them rather than for
 * programmers: "应大于 0" instead of "数值过小：期望 number >0". Our own rules'
 * messages live in `validation-messages.ts`; this covers the rest.
 */
type RawIssue = z.core.$ZodRawIssue;

interface Words {
  readonly types: Readonly<Record<string, string>>;
  readonly missing: string;
  readonly wrongType: (expected: string, got: string) => string;
  readonly atLeast: (origin: string, bound: string, inclusive: boolean) => string;
  readonly atMost: (origin: string, bound: string, inclusive: boolean) => string;
  readonly notEmpty: string;
  readonly format: (format: string) => string;
  readonly multipleOf: (divisor: string) => string;
  readonly unknownKeys: (keys: string) => string;
  readonly oneOf: (values: string, count: number) => string;
  readonly noForm: string;
  readonly badKey: string;
  readonly invalid: string;
  readonly separator: string;
}

const zh: Words = {
  types: {
    string: '文本',
    number: '数字',
    int: '整数',
    boolean: 'true 或 false',
    object: '对象',
    array: '列表',
    null: '空值 null',
    date: '日期',
    bigint: '整数',
    function: '函数',
  },
  missing: '必填项缺失',
  wrongType: (expected, got) => `应为${expected}，实为${got}`,
  atLeast: (origin, bound, inclusive) =>
    origin === 'string'
      ? `至少 ${bound} 个字符`
      : origin === 'array' || origin === 'set'
        ? `至少 ${bound} 项`
        : `应${inclusive ? '大于或等于' : '大于'} ${bound}`,
  atMost: (origin, bound, inclusive) =>
    origin === 'string'
      ? `最多 ${bound} 个字符`
      : origin === 'array' || origin === 'set'
        ? `最多 ${bound} 项`
        : `应${inclusive ? '小于或等于' : '小于'} ${bound}`,
  notEmpty: '不能为空',
  format: (format) =>
    format === 'date'
      ? '日期格式应为 YYYY-MM-DD，例如 2008-03-20'
      : format === 'datetime'
        ? '时间格式应为 ISO 8601，例如 2008-03-20T14:00:00+08:00'
        : format === 'time'
          ? '时间格式应为 HH:MM，例如 14:00'
          : '格式不正确',
  multipleOf: (divisor) => `应为 ${divisor} 的倍数`,
  unknownKeys: (keys) => `未知字段：${keys}`,
  oneOf: (values, count) => (count === 1 ? `应为 ${values}` : `应为以下之一：${values}`),
  noForm: '不符合任何一种允许的格式',
  badKey: '键名无效',
  invalid: '值无效',
  separator: '、',
};

const en: Words = {
  types: {
    string: 'text',
    number: 'a number',
    int: 'a whole number',
    boolean: 'true or false',
    object: 'an object',
    array: 'a list',
    null: 'null',
    date: 'a date',
    bigint: 'a whole number',
    function: 'a function',
  },
  missing: 'Required value is missing',
  wrongType: (expected, got) => `Expected ${expected}, got ${got}`,
  atLeast: (origin, bound, inclusive) =>
    origin === 'string'
      ? `Expected at least ${bound} character${bound === '1' ? '' : 's'}`
      : origin === 'array' || origin === 'set'
        ? `Expected at least ${bound} item${bound === '1' ? '' : 's'}`
        : `Expected a number ${inclusive ? 'greater than or equal to' : 'greater than'} ${bound}`,
  atMost: (origin, bound, inclusive) =>
    origin === 'string'
      ? `Expected at most ${bound} character${bound === '1' ? '' : 's'}`
      : origin === 'array' || origin === 'set'
        ? `Expected at most ${bound} item${bound === '1' ? '' : 's'}`
        : `Expected a number ${inclusive ? 'less than or equal to' : 'less than'} ${bound}`,
  notEmpty: 'Must not be empty',
  format: (format) =>
    format === 'date'
      ? 'Expected a date as YYYY-MM-DD, such as 2008-03-20'
      : format === 'datetime'
        ? 'Expected an ISO 8601 date and time, such as 2008-03-20T14:00:00+08:00'
        : format === 'time'
          ? 'Expected a time as HH:MM, such as 14:00'
          : 'Not in the expected format',
  multipleOf: (divisor) => `Expected a multiple of ${divisor}`,
  unknownKeys: (keys) => `Unknown field${keys.includes(',') ? 's' : ''}: ${keys}`,
  oneOf: (values, count) => (count === 1 ? `Expected ${values}` : `Expected one of ${values}`),
  noForm: 'Does not match any allowed form',
  badKey: 'Invalid key',
  invalid: 'Invalid value',
  separator: ', ',
};

const words: Readonly<Record<Locale, Words>> = { 'zh-CN': zh, en };

/** What a value is, in the words of `types` (`null`, a list, text, …). */
function kindOf(input: unknown, w: Words): string {
  if (input === null) return w.types['null']!;
  if (Array.isArray(input)) return w.types['array']!;
  if (typeof input === 'number' && Number.isNaN(input)) return 'NaN';
  return w.types[typeof input] ?? typeof input;
}

const shown = (value: unknown): string =>
  typeof value === 'string' ? `"${value}"` : String(value as string | number | boolean | null);

/**
 * The message of one of zod's built-in issues in a locale, for use as the `error` option of a
 * parse. Issues that carry their own message (our rules, or a schema's `message`) keep it:
 * this map is only asked when a schema set none.
 *
 * @example
 * const result = z.safeParse(schema, data, { error: issueMessageMap('zh-CN') });
 */
export function issueMessageMap(locale: Locale): (issue: RawIssue) => string {
  const w = words[locale];
  return (issue) => {
    switch (issue.code) {
      case 'invalid_type':
        if (issue.input === undefined) return w.missing;
        return w.wrongType(w.types[issue.expected] ?? issue.expected, kindOf(issue.input, w));
      case 'too_small':
        if ((issue.origin === 'string' || issue.origin === 'array') && issue.minimum === 1) {
          return w.notEmpty;
        }
        return w.atLeast(issue.origin, String(issue.minimum), issue.inclusive !== false);
      case 'too_big':
        return w.atMost(issue.origin, String(issue.maximum), issue.inclusive !== false);
      case 'invalid_format':
        return w.format(issue.format);
      case 'not_multiple_of':
        return w.multipleOf(String(issue.divisor));
      case 'unrecognized_keys':
        return w.unknownKeys(issue.keys.join(w.separator));
      case 'invalid_value':
        return w.oneOf(issue.values.map(shown).join(w.separator), issue.values.length);
      case 'invalid_union': {
        if (issue.input === undefined) return w.missing;
        // A discriminated union names the allowed values of its discriminator (`type`).
        const options = (issue as { options?: unknown }).options;
        return Array.isArray(options) && options.length > 0
          ? w.oneOf(options.map(shown).join(w.separator), options.length)
          : w.noForm;
      }
      case 'invalid_key':
        return w.badKey;
      default:
        return w.invalid;
    }
  };
}
