/** One value of a CSV cell: text is written defused and quoted as needed, the rest as is. */
export type CsvValue = string | number | bigint | boolean | null | undefined;

/** How {@link toCsv} ends lines and whether it starts with a byte-order mark. */
export interface CsvOptions {
  /** `'\r\n'` as RFC 4180 says (the default), or `'\n'` for Unix tools reading a pipe. */
  readonly lineEnd?: '\r\n' | '\n';
  /**
   * Start with U+FEFF, so that spreadsheet programs read the file as UTF-8 (Excel otherwise
   * guesses a legacy code page and garbles Chinese). Default `false`.
   */
  readonly byteOrderMark?: boolean;
}

/**
 * Text a spreadsheet would read as a formula: its first character is `=`, `+`, `-` or `@` (or
 * their full-width forms `＝＋－＠`, which some spreadsheet programs in CJK locales read as the
 * ASCII ones), possibly after leading white space (spaces, U+3000, tabs, line breaks), which
 * spreadsheet programs may trim before they look; or its first character is a tab, carriage
 * return, line feed or NUL, which can shift or split the cell on import.
 */
const FORMULA_START = /^(?:[\t\r\n\0]|\s*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20])/u;

/** A field that RFC 4180 requires to be quoted: it holds a quote, a comma or a line break. */
const NEEDS_QUOTES = /[",\r\n]/;

/**
 * Whether a spreadsheet program opening a CSV file could take this text for a formula (see
 * {@link csvField} for the rule and what is done about it).
 *
 * @example
 * isFormulaLike('=HYPERLINK("http://x")'); // true
 * isFormulaLike(' ＋1'); // true: leading space, full-width plus
 * isFormulaLike('新居民之家'); // false
 */
export function isFormulaLike(text: string): boolean {
  return FORMULA_START.test(text);
}

/**
 * One CSV field, safe to open in a spreadsheet.
 *
 * Text that could be read as a formula ({@link isFormulaLike}: a leading `=`, `+`, `-`, `@`,
 * full-width `＝＋－＠`, also after leading white space, or a leading tab, CR, LF or NUL) gets a
 * single quote `'` in front. That is OWASP's recommendation for CSV injection: Excel and
 * LibreOffice take a leading `'` as "this cell is text" and evaluate nothing, and a person still
 * reads the original title behind it. Removing or replacing the characters instead would change
 * what the author wrote (a title may rightly start with `-` or `@`), and escaping with a tab or
 * a backslash is not understood the same way by every program. Then the field is quoted per
 * RFC 4180 when it holds a quote, a comma, CR or LF, with inner quotes doubled.
 *
 * Numbers, bigints and booleans are written as they print (`-3` stays a number: a figure the
 * program produced is not a formula); `null` and `undefined` are empty. Text is always checked,
 * even text that looks like a number (`'-3'`), since it may come from a user.
 *
 * @example
 * csvField('=HYPERLINK("http://x","Click")'); // `"'=HYPERLINK(""http://x"",""Click"")"`
 * csvField('新居民之家, 一期'); // '"新居民之家, 一期"'
 * csvField(-3); // '-3'
 */
export function csvField(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value !== 'string') return String(value);
  const safe = isFormulaLike(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/**
 * Rows to CSV text: every field through {@link csvField} (defused and quoted), fields joined by
 * commas, every line ended (CRLF by default, as RFC 4180 says).
 *
 * @example
 * toCsv([['rank', 'project'], [1, '新居民之家']], { byteOrderMark: true });
 * // '\uFEFFrank,project\r\n1,新居民之家\r\n'
 * toCsv([['title'], ['@SUM(1+1)']], { lineEnd: '\n' }); // "title\n'@SUM(1+1)\n"
 */
export function toCsv(rows: readonly (readonly CsvValue[])[], options: CsvOptions = {}): string {
  const lineEnd = options.lineEnd ?? '\r\n';
  const body = rows.map((row) => row.map(csvField).join(',') + lineEnd).join('');
  return options.byteOrderMark ? `\uFEFF${body}` : body;
}
