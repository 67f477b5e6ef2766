import type { Locale } from '../locale/locale.js';
import { toWhere } from './parse-document.js';
import type { Violation } from './violation.js';

/**
 * Thrown when a function of the SDK is called with an argument it cannot compute on: a
 * document that fails its schema (a meeting read with `JSON.parse` and never checked, a
 * negative weight, two projects with one id), a result that does not belong to the meeting,
 * or options of the wrong shape. It is a programmer error — validate untrusted data at the
 * boundary with `parseDocument` and show its violations to the user — so it is thrown, not
 * returned; but it carries the very violations `parseDocument` gives (`rule`, `path`,
 * `message` in zh-CN and English), so a CLI or a server can still show them.
 *
 * `path` is relative to the argument named by `argument`, exactly as `parseDocument` gives it
 * for that document.
 *
 * @example
 * try {
 *   tally(JSON.parse(meetingJson), ballots);
 * } catch (error) {
 *   if (!(error instanceof InvalidInputError)) throw error;
 *   console.error(error.format('zh-CN'));
 *   // tally(): 参数 meeting 不是有效的 ReviewMeeting
 *   //   criteria[0].weight: 应大于 0
 * }
 */
export class InvalidInputError extends Error {
  override readonly name = 'InvalidInputError';
  /** The function that refused its input, e.g. `'tally'`. */
  readonly function: string;
  /** The parameter that is wrong, e.g. `'meeting'`, `'result'`, `'options'`. */
  readonly argument: string;
  /** What the argument must be, e.g. `'ReviewMeeting'`. */
  readonly expected: string;
  /** Every problem found, with its path inside the argument and both languages. */
  readonly violations: readonly Violation[];

  constructor(fn: string, argument: string, expected: string, violations: readonly Violation[]) {
    super(describe(fn, argument, expected, violations, 'en'));
    this.function = fn;
    this.argument = argument;
    this.expected = expected;
    this.violations = violations;
  }

  /**
   * The error as text in a locale: a title line and one line per violation (`where: message`).
   *
   * @example
   * error.format('zh-CN'); // 'tally(): 参数 meeting 不是有效的 ReviewMeeting\n  aggregate: …'
   */
  format(locale: Locale = 'en'): string {
    return describe(this.function, this.argument, this.expected, this.violations, locale);
  }
}

function describe(
  fn: string,
  argument: string,
  expected: string,
  violations: readonly Violation[],
  locale: Locale,
): string {
  const title =
    locale === 'zh-CN'
      ? `${fn}(): 参数 ${argument} 不是有效的 ${expected}`
      : `${fn}(): the argument \`${argument}\` is not a valid ${expected}`;
  const document = locale === 'zh-CN' ? '（整体）' : '(the argument itself)';
  const lines = violations.map(
    (violation) => `  ${toWhere(violation.path) || document}: ${violation.message[locale]}`,
  );
  return [title, ...lines].join('\n');
}
