import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import {
  parseDocument,
  toPointer,
  type DocumentIssue,
  type Locale,
  type Violation,
} from '@qingyuan/core';
import type { z } from 'zod';

/**
 * The response language: zh-CN when the client's Accept-Language prefers Chinese, else en.
 *
 * @example
 * localeOf(c); // 'zh-CN' for "Accept-Language: zh-CN,zh;q=0.9,en;q=0.8"
 */
export function localeOf(c: Context): Locale {
  const header = c.req.header('accept-language') ?? '';
  const first = header.split(',')[0]?.trim().toLowerCase() ?? '';
  return first.startsWith('zh') ? 'zh-CN' : 'en';
}

/** A message in both languages. */
export type Bilingual = Record<Locale, string>;

/**
 * A JSON error body `{ error, message, ...extra }` in the client's language. Never carries a
 * stack trace, an SQL statement or a driver message.
 *
 * @example
 * return errorResponse(c, 404, 'not-found', { en: 'No such meeting', 'zh-CN': '没有这个评审会' });
 */
export function errorResponse(
  c: Context,
  status: ContentfulStatusCode,
  error: string,
  message: Bilingual,
  extra: Record<string, unknown> = {},
): Response {
  return c.json({ error, message: message[localeOf(c)], ...extra }, status);
}

/**
 * The same answer as {@link errorResponse}, as an `HTTPException` to throw: the app's `onError`
 * sends its response (the localized JSON body), so a route or a guard stops with one `throw`.
 *
 * @example
 * throw httpProblem(c, 403, 'forbidden', { en: 'Not yours', 'zh-CN': '无权操作' });
 */
export function httpProblem(
  c: Context,
  status: ContentfulStatusCode,
  error: string,
  message: Bilingual,
  extra: Record<string, unknown> = {},
): HTTPException {
  return new HTTPException(status, { res: errorResponse(c, status, error, message, extra) });
}

/** A problem with a request body: its path, as a JSON Pointer too, and what is wrong. */
export interface RequestProblem {
  path: (string | number)[];
  pointer: string;
  message: string;
  code: string;
}

function toProblem(issue: DocumentIssue): RequestProblem {
  return {
    path: [...issue.path],
    pointer: issue.pointer,
    message: issue.message,
    code: issue.code,
  };
}

/**
 * Validates a request body with core's `parseDocument` (messages in the client's language):
 * the value, or it throws the 400 answer listing the path of every problem (an
 * `HTTPException`, see {@link httpProblem}).
 *
 * @example
 * const body = validate(c, CastBallotRequestSchema, raw); // throws 400 invalid-request when wrong
 */
export function validate<S extends z.core.$ZodType>(
  c: Context,
  schema: S,
  data: unknown,
  prefix: (string | number)[] = [],
): z.output<S> {
  const result = parseDocument(schema, data, { locale: localeOf(c) });
  if (result.ok) return result.value;
  const problems = result.issues.map((issue) => {
    const problem = toProblem(issue);
    if (prefix.length === 0) return problem;
    const path = [...prefix, ...problem.path];
    return { ...problem, path, pointer: toPointer(path) };
  });
  throw httpProblem(
    c,
    400,
    'invalid-request',
    { en: 'The request body is not valid', 'zh-CN': '请求内容不符合要求' },
    { problems },
  );
}

/** A violated rule as the API shows it: the message in the client's language. */
export interface ShownViolation {
  rule: string;
  message: string;
  path: (string | number)[];
}

/**
 * Violations (core's shape, messages in both languages) with each message in the client's
 * language.
 *
 * @example
 * localizeViolations(c, result.violations); // [{ rule: 'meeting.event-allowed', message: '…', path: ['type'] }]
 */
export function localizeViolations(c: Context, violations: readonly Violation[]): ShownViolation[] {
  const locale = localeOf(c);
  return violations.map((v) => ({ rule: v.rule, message: v.message[locale], path: [...v.path] }));
}

/**
 * Violations as request problems (a `400` body's `problems`): localized, with a JSON Pointer.
 *
 * @example
 * violationProblems(c, marksProblems); // [{ rule: 'unknown-project', path: ['marks', 'nope'], pointer: '/marks/nope', … }]
 */
export function violationProblems(
  c: Context,
  violations: readonly Violation[],
): (ShownViolation & { pointer: string })[] {
  return localizeViolations(c, violations).map((v) => ({ ...v, pointer: toPointer(v.path) }));
}

/**
 * A 409 answer listing every rule the request broke (lifecycle and the like), each message in
 * the client's language.
 *
 * @example
 * return conflict(c, decision.violations);
 */
export function conflict(c: Context, violations: readonly Violation[]): Response {
  return errorResponse(
    c,
    409,
    'rule-violation',
    { en: 'The request breaks the meeting rules', 'zh-CN': '请求违反了评审会规则' },
    { violations: localizeViolations(c, violations) },
  );
}

/**
 * A `409` answer listing every rule of the round the request broke (core's, and the ballot
 * box's own such as one funding decision per meeting), each message in the client's language.
 *
 * @example
 * return roundConflict(c, outcome.violations);
 */
export function roundConflict(c: Context, violations: readonly Violation[]): Response {
  return errorResponse(
    c,
    409,
    'rule-violation',
    { en: 'The request breaks the round’s rules', 'zh-CN': '请求违反了本轮次的规则' },
    { violations: localizeViolations(c, violations) },
  );
}
