/**
 * A voting code as the two lines printed under its QR code: the dash-separated groups split in
 * the middle (the first line takes the extra group), so a 31-character code such as
 * `K7Q2-9XWD-…` fits a sheet's cell at a size people can read and type. A code without dashes
 * is split into groups of four first. Joined with a dash, the lines give the code back.
 *
 * @example
 * codeLines('XJZV-94RA-TMVH-CY2Z-ARYB-Z7G2-NJ'); // ['XJZV-94RA-TMVH-CY2Z', 'ARYB-Z7G2-NJ']
 */
export function codeLines(code: string): [string, string] {
  const groups = code.includes('-') ? code.split('-') : (code.match(/.{1,4}/g) ?? [code]);
  const first = Math.ceil(groups.length / 2);
  return [groups.slice(0, first).join('-'), groups.slice(first).join('-')];
}
