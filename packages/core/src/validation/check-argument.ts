import type * as z from 'zod/mini';
import { InvalidInputError } from './invalid-input-error.js';
import { parseDocument } from './parse-document.js';

/** Which function and parameter an argument check is for, and what the argument must be. */
export interface ArgumentSite {
  /** The public function, e.g. `'tally'`. */
  readonly function: string;
  /** The parameter, e.g. `'meeting'`. */
  readonly argument: string;
  /** What it must be, e.g. `'ReviewMeeting'` (a schema name where there is one). */
  readonly expected: string;
}

/**
 * Validates an argument of a public function against its schema and returns the parsed value
 * (defaults applied), or throws an {@link InvalidInputError} carrying the same violations
 * `parseDocument` would give. Every public function that computes on a document calls it at
 * its entry, so a computation never runs on an unchecked document.
 *
 * @example
 * const parsed = checkArgument(ReviewMeetingSchema, meeting, {
 *   function: 'tally', argument: 'meeting', expected: 'ReviewMeeting',
 * });
 * parsed.aggregate; // 'sum' when the document left it out
 */
export function checkArgument<S extends z.core.$ZodType>(
  schema: S,
  value: unknown,
  site: ArgumentSite,
): z.output<S> {
  const result = parseDocument(schema, value);
  if (result.ok) return result.value;
  throw new InvalidInputError(site.function, site.argument, site.expected, result.violations);
}
