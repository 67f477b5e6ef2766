import * as z from 'zod/mini';
import { idFormat } from './check-messages.js';

/**
 * An identifier used in documents: letters, digits, `-`, `_`, `.` and `:`, 1–128 characters.
 *
 * @example
 * IdSchema.safeParse('jinhuali-home').success; // true
 */
export const IdSchema = z.string().check(
  z.regex(/^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$/, {
    message: idFormat.en,
  }),
);
