/** One project's place as shown: rank, tie and total. */
export interface ShownPlace {
  readonly title: string;
  readonly rank: number;
  readonly tied: boolean;
  readonly total: number;
}

/**
 * What a listener of `<qy-ranking-table>` has been told the ranking looks like: the ballot
 * counts, each project's place, and who gets money (only when a fund is shown).
 */
export interface RankingSnapshot {
  readonly meeting: string;
  readonly counted: number;
  readonly rejected: number;
  readonly places: ReadonlyMap<string, ShownPlace>;
  /** `fund|mode|partial` of the funding shown, or undefined without one. */
  readonly fundKey: string | undefined;
  /** Projects that core's `allocateFunds` gives money (funded or partly funded). */
  readonly funded: ReadonlySet<string>;
}

/** A project that changed place: its title and new place. */
export interface PlaceChange {
  readonly project: string;
  readonly title: string;
  readonly rank: number;
  readonly tied: boolean;
}

/** What changed between two snapshots, in the terms a listener cares about. */
export interface RankingChanges {
  /** The new counts, when either count changed. */
  readonly counted: { readonly counted: number; readonly rejected: number } | undefined;
  /** Projects that moved up, best new place first. */
  readonly up: readonly PlaceChange[];
  /** Projects that moved down, best new place first. */
  readonly down: readonly PlaceChange[];
  /** Projects that now get money / no longer do (same fund settings only), in rank order. */
  readonly nowFunded: readonly PlaceChange[];
  readonly noLongerFunded: readonly PlaceChange[];
  /** Some total changed (whether or not anything moved). */
  readonly scores: boolean;
}

function change(project: string, place: ShownPlace): PlaceChange {
  return { project, title: place.title, rank: place.rank, tied: place.tied };
}

const byRank = (a: PlaceChange, b: PlaceChange) => a.rank - b.rank;

/**
 * Compares what was last announced with the ranking now shown. Returns undefined when a
 * listener would notice nothing (same counts, places, totals and funded projects), or when the
 * two are different meetings (nothing to compare). Funding changes are compared only under the
 * same fund, mode and partial-grant setting, so they always come from new results.
 *
 * @example
 * rankingChanges(before, after)?.up; // [{ project: 'jinhuali-home', title: '…', rank: 2, tied: false }]
 */
export function rankingChanges(
  before: RankingSnapshot,
  after: RankingSnapshot,
): RankingChanges | undefined {
  if (before.meeting !== after.meeting) return undefined;
  const counted =
    before.counted !== after.counted || before.rejected !== after.rejected
      ? { counted: after.counted, rejected: after.rejected }
      : undefined;
  const up: PlaceChange[] = [];
  const down: PlaceChange[] = [];
  let scores = false;
  for (const [project, now] of after.places) {
    const then = before.places.get(project);
    if (!then) continue;
    if (now.total !== then.total) scores = true;
    if (now.rank < then.rank) up.push(change(project, now));
    else if (now.rank > then.rank) down.push(change(project, now));
  }
  const nowFunded: PlaceChange[] = [];
  const noLongerFunded: PlaceChange[] = [];
  if (before.fundKey !== undefined && before.fundKey === after.fundKey) {
    for (const project of after.funded) {
      const place = after.places.get(project);
      if (place && !before.funded.has(project)) nowFunded.push(change(project, place));
    }
    for (const project of before.funded) {
      const place = after.places.get(project);
      if (place && !after.funded.has(project)) noLongerFunded.push(change(project, place));
    }
  }
  const changes: RankingChanges = {
    counted,
    up: up.sort(byRank),
    down: down.sort(byRank),
    nowFunded: nowFunded.sort(byRank),
    noLongerFunded: noLongerFunded.sort(byRank),
    scores,
  };
  const any =
    counted !== undefined ||
    up.length + down.length + nowFunded.length + noLongerFunded.length > 0 ||
    scores;
  return any ? changes : undefined;
}
