import { sha256Hex } from '../math/sha256.js';
import { compareProjectIds } from '../budget/compare-project-ids.js';

/**
 * A project's lot in a drawing with a published seed: the SHA-256 of the UTF-8 text
 * `seed + "\n" + projectId`, as 64 lowercase hex digits. The smaller lot wins. Anyone can
 * repeat the draw with standard tools: `printf '%s\n%s' "$SEED" "$PROJECT" | sha256sum`.
 *
 * @example
 * lotKey('2008-03-20', 'jinhuali-home'); // 64 hex digits, the same on every platform
 */
export function lotKey(seed: string, projectId: string): string {
  return sha256Hex(`${seed}\n${projectId}`);
}

/**
 * Draws lots among projects: their ids in the order of their lots, smallest first. A project's
 * lot is the SHA-256 of the UTF-8 text `seed + "\n" + projectId` as 64 lowercase hex digits,
 * so anyone can repeat the draw with standard tools:
 * `printf '%s\n%s' "$SEED" "$PROJECT" | sha256sum`. An equal lot, which SHA-256 makes
 * practically impossible, falls back to the id. The same seed always gives the same order,
 * whatever order the ids come in.
 *
 * @example
 * drawLots('2008-03-20 双色球 03 11 17 22 28 31 + 09', ['a', 'b', 'c']); // e.g. ['c', 'a', 'b']
 */
export function drawLots(seed: string, projectIds: readonly string[]): string[] {
  return projectIds
    .map((id) => ({ id, key: lotKey(seed, id) }))
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : compareProjectIds(a.id, b.id)))
    .map(({ id }) => id);
}
