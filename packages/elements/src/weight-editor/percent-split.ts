/**
 * Whole percentages for positive weights that sum to exactly 100 (largest remainder method):
 * each weight's share rounded down, then the missing points go to the largest remainders
 * (earlier criteria first on equal remainders). Every share is at least 1 when there are at
 * most 100 weights, because weights are positive.
 *
 * @example
 * percentSplit([1, 1, 1]); // [34, 33, 33]
 * percentSplit([0.4, 0.3, 0.3]); // [40, 30, 30]
 */
export function percentSplit(weights: readonly number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  if (weights.length === 0 || !(sum > 0)) return weights.map(() => 0);
  const exact = weights.map((weight) => (weight / sum) * 100);
  const shares = exact.map((value) => Math.max(1, Math.floor(value + 1e-9)));
  let missing = 100 - shares.reduce((a, b) => a + b, 0);
  const order = exact
    .map((value, i) => ({ i, remainder: value - Math.floor(value + 1e-9) }))
    .sort((a, b) => b.remainder - a.remainder || a.i - b.i);
  for (let k = 0; missing > 0; k = (k + 1) % order.length, missing--) shares[order[k]!.i]!++;
  for (let k = shares.length - 1; missing < 0 && k >= 0; k--) {
    while (missing < 0 && shares[k]! > 1) {
      shares[k]!--;
      missing++;
    }
  }
  return shares;
}
