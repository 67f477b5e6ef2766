/**
 * One CSV field: quoted when it holds a comma, quote or line break; and prefixed with `'` when
 * it starts like a spreadsheet formula (`=`, `+`, `-`, `@`, tab, CR), so a project title
 * cannot run code in the spreadsheet that opens the export. Numbers are never prefixed.
 *
 * @example
 * csvField('=HYPERLINK("x")'); // `"'=HYPERLINK(""x"")"`
 */
export function csvField(value: string | number | boolean): string {
  if (typeof value !== 'string') return String(value);
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/**
 * Rows to CSV text (RFC 4180, CRLF line ends), with a UTF-8 byte-order mark so spreadsheet
 * programs read Chinese correctly.
 *
 * @example
 * toCsv([['rank', 'project'], [1, '新居民之家']]); // '\uFEFFrank,project\r\n1,新居民之家\r\n'
 */
export function toCsv(rows: readonly (readonly (string | number | boolean)[])[]): string {
  return '\uFEFF' + rows.map((row) => row.map(csvField).join(',') + '\r\n').join('');
}
