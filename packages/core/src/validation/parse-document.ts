import * as z from 'zod/mini';
import { issueMessageMap } from './issue-messages.js';
import type { Locale } from '../locale/locale.js';
import type { LocalizedMessage } from '../locale/localized-message.js';
import { checkTextOfEnglish } from './check-messages.js';
import type { Violation } from './violation.js';

/** Options of {@link parseDocument}. */
export interface ParseDocumentOptions {
  /** The language of the messages: `'zh-CN'` or `'en'` (the default). */
  readonly locale?: Locale;
}

/** One thing wrong with a document: where it is and what is wrong, in the requested locale. */
export interface DocumentIssue {
  /** The path from the document root, e.g. `['criteria', 1, 'weight']`. */
  readonly path: readonly (string | number)[];
  /** The same path as a JSON Pointer (RFC 6901), e.g. `/criteria/1/weight`. */
  readonly pointer: string;
  /** The same path as people read it, e.g. `criteria[1].weight`; `''` for the document itself. */
  readonly where: string;
  /** What is wrong, in the requested locale. */
  readonly message: string;
  /**
   * Machine-readable kind: our message key for our own rules (`duplicate-id`,
   * `money-integer`, …), else zod's issue code (`invalid_type`, `too_small`, …).
   */
  readonly code: string;
}

/**
 * The outcome of {@link parseDocument}: the parsed value, or every problem found — as
 * `issues` (one locale, with pointer and readable place, for CLIs and HTTP bodies) and as
 * `violations` (the SDK's one {@link Violation} shape: `rule` is the issue's `code`, the
 * message in both locales, the same `path`), in the same order.
 */
export type ParseDocumentResult<T> =
  | { readonly ok: true; readonly value: T }
  | {
      readonly ok: false;
      readonly issues: readonly DocumentIssue[];
      readonly violations: readonly Violation[];
    };

const localeErrors = { 'zh-CN': issueMessageMap('zh-CN'), en: issueMessageMap('en') } as const;

/**
 * Validates untrusted data (a file, a request body, a form) against a document schema and
 * reports every problem with its place and a message in zh-CN or English. The locale is
 * chosen per call, never globally, so a host page that configures zod itself is unaffected.
 *
 * @example
 * const result = parseDocument(MoneySchema, { amount: 10.5, currency: 'CNY' }, { locale: 'zh-CN' });
 * if (!result.ok) console.log(formatIssues(result.issues));
 * // amount: 金额应为以最小货币单位（分）表示的整数，不能有小数：1 万元写作 1000000
 */
export function parseDocument<S extends z.core.$ZodType>(
  schema: S,
  data: unknown,
  options: ParseDocumentOptions = {},
): ParseDocumentResult<z.output<S>> {
  // A wrong call is the caller's bug, not a bad document: say so at once, in the words of the call.
  if (typeof schema !== 'object' || schema === null || !('_zod' in schema)) {
    throw new TypeError(
      `parseDocument: the first argument must be one of the toolkit's schemas (e.g. ReviewMeetingSchema), not ${describe(schema)}`,
    );
  }
  const locale = options.locale ?? 'en';
  if (locale !== 'en' && locale !== 'zh-CN') {
    throw new RangeError(
      `parseDocument: options.locale must be 'zh-CN' or 'en', not ${describe(locale)}`,
    );
  }
  const result = z.safeParse(schema, data, { error: localeErrors[locale] });
  if (result.success) return { ok: true, value: result.data };
  const issues = result.error.issues.map((issue) => toDocumentIssue(issue, locale));
  // The other locale's words come from a second parse with its error map (failures only; the
  // same data gives the same issues in the same order).
  const other: Locale = locale === 'en' ? 'zh-CN' : 'en';
  const again = z.safeParse(schema, data, { error: localeErrors[other] });
  const otherIssues = again.success
    ? []
    : again.error.issues.map((issue) => toDocumentIssue(issue, other));
  const violations = issues.map((issue, i): Violation => ({
    rule: issue.code,
    path: issue.path,
    message: {
      [locale]: issue.message,
      [other]: otherIssues[i]?.message ?? issue.message,
    } as Violation['message'],
  }));
  return { ok: false, issues, violations };
}

/** What a wrong argument is, for the message of a misuse. */
function describe(value: unknown): string {
  if (typeof value === 'string') return `the string ${JSON.stringify(value)}`;
  if (value === null || value === undefined) return String(value);
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

function toDocumentIssue(issue: z.core.$ZodIssue, locale: Locale): DocumentIssue {
  const path = issue.path.map((key) => (typeof key === 'number' ? key : String(key)));
  const params = issue.code === 'custom' ? issue.params : undefined;
  // Our custom issues carry their message in both locales (`validationIssue`); our built-in
  // checks carry the English text of one of core's check messages.
  const own = ownMessage(params);
  const check = own ? undefined : checkTextOfEnglish(issue.message);
  return {
    path,
    pointer: toPointer(path),
    where: toWhere(path),
    message: own ? own.message[locale] : check ? check[locale] : issue.message,
    code: own?.key ?? check?.key ?? issue.code,
  };
}

/** The key and both locales' message of a custom issue raised by `validationIssue`. */
function ownMessage(
  params: Record<string, unknown> | undefined,
): { key: string; message: LocalizedMessage } | undefined {
  const key = params?.['messageKey'];
  const message = params?.['message'] as Partial<LocalizedMessage> | undefined;
  return typeof key === 'string' &&
    typeof message?.['zh-CN'] === 'string' &&
    typeof message.en === 'string'
    ? { key, message: message as LocalizedMessage }
    : undefined;
}

/**
 * A path as a JSON Pointer (RFC 6901).
 *
 * @example
 * toPointer(['marks', 'a/b', 0]); // '/marks/a~1b/0'
 */
export function toPointer(path: readonly (string | number)[]): string {
  return path.map((key) => `/${String(key).replaceAll('~', '~0').replaceAll('/', '~1')}`).join('');
}

/**
 * A path as people read it: `criteria[1].weight`, `marks["jinhuali-home"]`.
 *
 * @example
 * toWhere(['criteria', 1, 'weight']); // 'criteria[1].weight'
 */
export function toWhere(path: readonly (string | number)[]): string {
  let text = '';
  for (const key of path) {
    if (typeof key === 'number') text += `[${key}]`;
    else if (/^[A-Za-z_$][A-Za-z0-9_$]*$/.test(key)) text += text === '' ? key : `.${key}`;
    else text += `[${JSON.stringify(key)}]`;
  }
  return text;
}

const documentLabel = { 'zh-CN': '（文档）', en: '(document)' } as const;

/**
 * Issues as text, one line per issue (`where: message`), for CLIs and HTTP 400 bodies.
 *
 * @example
 * formatIssues([{ path: ['weight'], pointer: '/weight', where: 'weight',
 *                 message: 'Must not be empty', code: 'too_small' }]);
 * // 'weight: Must not be empty'
 */
export function formatIssues(
  issues: readonly DocumentIssue[],
  options: ParseDocumentOptions = {},
): string {
  const label = documentLabel[options.locale ?? 'en'];
  return issues.map((issue) => `${issue.where || label}: ${issue.message}`).join('\n');
}
