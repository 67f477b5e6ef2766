/**
 * Approval ballots grouped into distinct approval sets: the sets (project indices, ascending)
 * in order of first appearance, and how many voters cast each.
 */
export interface BallotGroups {
  /** Each distinct approval set: its project indices, ascending. */
  ballots: Int32Array[];
  /** How many voters cast each set. */
  weights: Int32Array;
}

/**
 * Groups approval ballots given as columns — ballot `v` approves
 * `indices[offsets[v], offsets[v + 1])`, each project at most once, in any order — into
 * distinct approval sets with weights. Voters with the same set are treated alike by every
 * rule, so the rules work per set. The work is linear in the ballots (a hash table of the
 * sorted sets, checked element by element), and no object is made per voter.
 *
 * @example
 * const groups = groupBallots(Int32Array.of(0, 2, 4, 5), Int32Array.of(1, 0, 0, 1, 2), 3);
 * groups.ballots; // [Int32Array [0, 1], Int32Array [2]]
 * groups.weights; // Int32Array [2, 1]
 */
export function groupBallots(
  offsets: Int32Array,
  indices: Int32Array,
  count: number,
): BallotGroups {
  let size = 16;
  while (size < 2 * count) size *= 2;
  const mask = size - 1;
  /** Hash table: group number + 1, 0 for an empty slot. */
  const table = new Int32Array(size);
  const start = new Int32Array(count + 1);
  const items = new Int32Array(count === 0 ? 0 : offsets[count]! - offsets[0]!);
  const hashes = new Int32Array(count);
  const weights = new Int32Array(count);
  let groups = 0;
  for (let v = 0; v < count; v++) {
    // The ballot, sorted, goes to the end of `items`: it stays there if it is a new set.
    const a = start[groups]!;
    const from = offsets[v]!;
    const n = offsets[v + 1]! - from;
    for (let j = 0; j < n; j++) items[a + j] = indices[from + j]!;
    sortRange(items, a, a + n);
    let hash = 0x811c9dc5 ^ n;
    for (let j = 0; j < n; j++) hash = Math.imul(hash ^ items[a + j]!, 0x01000193);
    let slot = (hash ^ (hash >>> 16)) & mask;
    for (;;) {
      const g = table[slot]! - 1;
      if (g < 0) {
        table[slot] = groups + 1;
        hashes[groups] = hash;
        weights[groups] = 1;
        start[++groups] = a + n;
        break;
      }
      if (hashes[g] === hash && sameRange(items, start[g]!, start[g + 1]!, a, n)) {
        weights[g]!++;
        break;
      }
      slot = (slot + 1) & mask;
    }
  }
  const ballots = new Array<Int32Array>(groups);
  for (let g = 0; g < groups; g++) ballots[g] = items.subarray(start[g]!, start[g + 1]!);
  return { ballots, weights: weights.slice(0, groups) };
}

/** Sorts `array[a, b)` ascending, in place (insertion sort for the usual short ballot). */
function sortRange(array: Int32Array, a: number, b: number): void {
  if (b - a > 32) {
    array.subarray(a, b).sort();
    return;
  }
  for (let i = a + 1; i < b; i++) {
    const x = array[i]!;
    let j = i - 1;
    while (j >= a && array[j]! > x) {
      array[j + 1] = array[j]!;
      j--;
    }
    array[j + 1] = x;
  }
}

/** Whether `array[a, b)` equals `array[c, c + n)`. */
function sameRange(array: Int32Array, a: number, b: number, c: number, n: number): boolean {
  if (b - a !== n) return false;
  for (let j = 0; j < n; j++) if (array[a + j] !== array[c + j]) return false;
  return true;
}
