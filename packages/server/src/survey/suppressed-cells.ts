/**
 * Which cells of a breakdown to hide so that no fewer than `minimum` people can be read from
 * it: every cell holding 1 to `minimum − 1` people is hidden (primary suppression); then, as
 * long as the hidden cells together hold 1 to `minimum − 1` people — so that the total minus
 * the shown cells would give them away — the smallest shown cell is hidden too (secondary
 * suppression), until they hold at least `minimum` or nothing is shown. An empty cell is
 * never hidden: it gives nobody away. `hidden` marks cells hidden already (a group hidden as a
 * whole hides its part of every question), which count towards what is hidden.
 *
 * @example
 * suppressedCells([12, 3, 9], 5); // [false, true, true]: 3 alone would be 24 − 12 − 9
 * suppressedCells([12, 0, 9], 5); // [false, false, false]
 */
export function suppressedCells(
  sizes: readonly number[],
  minimum: number,
  hidden: readonly boolean[] = [],
): boolean[] {
  const result = sizes.map((size, i) => hidden[i] === true || (size > 0 && size < minimum));
  for (;;) {
    const held = sizes.reduce((sum, size, i) => sum + (result[i] ? size : 0), 0);
    if (held === 0 || held >= minimum) return result;
    let smallest = -1;
    sizes.forEach((size, i) => {
      if (!result[i] && size > 0 && (smallest === -1 || size < sizes[smallest]!)) smallest = i;
    });
    if (smallest === -1) return result;
    result[smallest] = true;
  }
}
