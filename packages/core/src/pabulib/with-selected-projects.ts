import type { PabulibInstance } from './pabulib-instance.js';

/**
 * A copy of a Pabulib instance whose PROJECTS `selected` column holds an outcome: `1` for the
 * projects in `selected`, `0` for the others (the column is added after the declared ones when
 * the file had none). Everything else — META (including the election's own `rule`), votes,
 * other columns — is kept as it was, so `writePabulib` of the result is the same election
 * with the new outcome. An id not in the instance throws a RangeError (a programmer error:
 * outcomes come from the same election).
 *
 * @example
 * const result = parsePabulib(text);
 * if (result.ok) {
 *   const election = approvalElectionFromPabulib(result.value);
 *   if (election.ok) writePabulib(withSelectedProjects(result.value, equalShares(election.value).selected));
 * }
 */
export function withSelectedProjects(
  instance: PabulibInstance,
  selected: readonly string[],
): PabulibInstance {
  const chosen = new Set(selected);
  const known = new Set(instance.projects.map((p) => p.id));
  for (const id of chosen) {
    if (!known.has(id)) throw new RangeError(`withSelectedProjects: no project "${id}"`);
  }
  // Copied property by property (not spread), so votes not yet made from the parser's columns
  // stay unmade: the copy shares them, as a spread copy would share the votes array.
  const copy = Object.defineProperties(
    {},
    Object.getOwnPropertyDescriptors(instance),
  ) as PabulibInstance;
  copy.projectColumns = instance.projectColumns.includes('selected')
    ? [...instance.projectColumns]
    : [...instance.projectColumns, 'selected'];
  copy.projects = instance.projects.map((p) => ({
    ...p,
    extra: { ...p.extra, selected: chosen.has(p.id) ? '1' : '0' },
  }));
  return copy;
}
