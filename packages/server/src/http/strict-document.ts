import { toPointer } from '@qingyuan/core';
import type { Context } from 'hono';
import type { z } from 'zod';
import { httpProblem, validate } from './error-responses.js';
import { droppedFields } from './unknown-fields.js';

/**
 * Validates a document of a request with a core schema (as {@link validate}: `400` listing
 * every problem, under `prefix`) and then refuses every field the schema does not know, at any
 * depth, each at its own path: core's schemas strip unknown fields, and the API promises that
 * an unknown field is an error, not silently dropped.
 *
 * @example
 * const vetting = validateStrict(c, VettingSchema, body.vetting, ['vetting']);
 * // a vetting with "outcom" answers 400 with problems [{ path: ['vetting', 'outcom'], code: 'unrecognized_keys' }]
 */
export function validateStrict<S extends z.core.$ZodType>(
  c: Context,
  schema: S,
  data: unknown,
  prefix: (string | number)[] = [],
): z.output<S> {
  const value = validate(c, schema, data, prefix);
  const unknown = droppedFields(data, value);
  if (unknown.length === 0) return value;
  const zh = c.var.locale === 'zh-CN';
  throw httpProblem(
    c,
    400,
    'invalid-request',
    { en: 'The request body is not valid', 'zh-CN': '请求内容不符合要求' },
    {
      problems: unknown.map((path) => {
        const full = [...prefix, ...path];
        return {
          path: full,
          pointer: toPointer(full),
          code: 'unrecognized_keys',
          message: zh
            ? `未知字段“${String(path.at(-1))}”`
            : `Unknown field “${String(path.at(-1))}”`,
        };
      }),
    },
  );
}
