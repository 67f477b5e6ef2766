import { PbBallotSchema, type PbBallotJSON } from '@qingyuan/core';
import {
  ballotLists,
  CITY_LIST,
  type PbBallotSheet,
  type PbSheetProject,
} from './pb-ballot-sheet.js';

/**
 * What a voter has done on `<qy-pb-ballot>` so far, in the shape each format needs: the ticked
 * projects (approval, knapsack), the points per project (cumulative), the ranking, best first
 * (ordinal; each list's ranking is its projects in this order).
 */
export interface PbChoices {
  readonly chosen: readonly string[];
  readonly points: Readonly<Record<string, number>>;
  readonly ranked: readonly string[];
}

/** Nothing chosen yet. */
export const NO_CHOICES: PbChoices = { chosen: [], points: {}, ranked: [] };

/** The list a project is on: its district, or {@link CITY_LIST}. */
export function listOf(project: PbSheetProject): string {
  return project.district ?? CITY_LIST;
}

/**
 * The ballot the choices make, as core's PB ballot document (`PbBallotSchema`): the projects in
 * the sheet's order (ordinal: each list's ranking, the voter's district first), the points of a
 * cumulative ballot beside them, and the voter's district when they have one. Only projects of
 * the lists the voter sees are cast. The rules are core's to check (`checkPbBallot`).
 *
 * @example
 * castPbBallot(sheet, 'north', { ...NO_CHOICES, chosen: ['n1', 'c2'] });
 * // { district: 'north', projects: ['n1', 'c2'] }
 */
export function castPbBallot(
  sheet: PbBallotSheet,
  district: string | undefined,
  choices: PbChoices,
): PbBallotJSON {
  const lists = ballotLists(sheet, district);
  const visible = sheet.projects.filter((project) => lists.includes(listOf(project)));
  const where = district === undefined ? {} : { district };
  switch (sheet.election.rules.format) {
    case 'cumulative': {
      const given = visible.filter((project) => (choices.points[project.id] ?? 0) > 0);
      return {
        ...where,
        projects: given.map((project) => project.id),
        points: given.map((project) => choices.points[project.id]!),
      };
    }
    case 'ordinal':
      return {
        ...where,
        projects: lists.flatMap((list) =>
          choices.ranked.filter((id) => {
            const project = sheet.byId.get(id);
            return project !== undefined && listOf(project) === list;
          }),
        ),
      };
    default:
      return {
        ...where,
        projects: visible.filter((p) => choices.chosen.includes(p.id)).map((p) => p.id),
      };
  }
}

/** Ticks or unticks a project (approval, knapsack). */
export function withChosen(choices: PbChoices, id: string, on: boolean): PbChoices {
  const chosen = choices.chosen.filter((item) => item !== id);
  return { ...choices, chosen: on ? [...chosen, id] : chosen };
}

/** Gives a project `points` (cumulative); 0 or less takes it off the ballot. */
export function withPoints(choices: PbChoices, id: string, points: number): PbChoices {
  const next = { ...choices.points };
  if (points > 0) next[id] = points;
  else delete next[id];
  return { ...choices, points: next };
}

/** Puts a project last in the ranking, or takes it out (ordinal). */
export function withRanked(choices: PbChoices, id: string, on: boolean): PbChoices {
  const ranked = choices.ranked.filter((item) => item !== id);
  return { ...choices, ranked: on ? [...ranked, id] : ranked };
}

/**
 * Moves a ranked project one place up (`-1`) or down (`+1`) among the projects of its own list
 * (`sameList` says which ids share it); at either end nothing moves.
 *
 * @example
 * moveRanked(choices, 'b', -1, (id) => true); // ranked ['a','b','c'] → ['b','a','c']
 */
export function moveRanked(
  choices: PbChoices,
  id: string,
  step: -1 | 1,
  sameList: (id: string) => boolean,
): PbChoices {
  const ranked = [...choices.ranked];
  const from = ranked.indexOf(id);
  if (from < 0) return choices;
  let to = from + step;
  while (to >= 0 && to < ranked.length && !sameList(ranked[to]!)) to += step;
  if (to < 0 || to >= ranked.length) return choices;
  ranked[from] = ranked[to]!;
  ranked[to] = id;
  return { ...choices, ranked };
}

/**
 * The choices of a saved ballot (a form state the browser restores): its projects that are on
 * the sheet, as ticks, points or ranking per the format; null for anything that is not a PB
 * ballot document.
 *
 * @example
 * choicesFromSaved(sheet, '{"projects":["a","b"]}'); // { chosen: ['a','b'], … }
 */
export function choicesFromSaved(
  sheet: PbBallotSheet,
  saved: string,
): { choices: PbChoices; district: string | undefined } | null {
  let data: unknown;
  try {
    data = JSON.parse(saved);
  } catch {
    return null;
  }
  const parsed = PbBallotSchema.safeParse(data);
  if (!parsed.success) return null;
  const ballot = parsed.data;
  const known = new Set(sheet.projects.map((project) => project.id));
  const ids = ballot.projects.filter((id) => known.has(id));
  const points: Record<string, number> = {};
  ballot.projects.forEach((id, i) => {
    const value = ballot.points?.[i];
    if (known.has(id) && value !== undefined && Number.isSafeInteger(value) && value > 0) {
      points[id] = value;
    }
  });
  const format = sheet.election.rules.format;
  return {
    district: ballot.district,
    choices: {
      chosen: format === 'approval' || format === 'knapsack' ? ids : [],
      points: format === 'cumulative' ? points : {},
      ranked: format === 'ordinal' ? ids : [],
    },
  };
}
