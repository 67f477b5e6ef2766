import stringWidth from 'string-width';

/**
 * Lays out rows as a text table whose columns line up in a terminal, counting East Asian
 * wide characters (CJK) as two columns. `align` is 'l' or 'r' per column.
 *
 * @example
 * textTable([['项目', 'n'], ['ab', '10']], ['l', 'r']); // '项目   n\nab    10'
 */
export function textTable(
  rows: readonly (readonly string[])[],
  align: readonly ('l' | 'r')[],
): string {
  const widths: number[] = [];
  for (const row of rows) {
    row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, stringWidth(cell))));
  }
  return rows
    .map((row) =>
      row
        .map((cell, i) => {
          const pad = ' '.repeat(widths[i]! - stringWidth(cell));
          return align[i] === 'r' ? pad + cell : i === row.length - 1 ? cell : cell + pad;
        })
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}
