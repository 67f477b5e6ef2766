import {
  checkPbBallot,
  type PbBallotJSON,
  type PbBallotRule,
  type Violation,
} from '@qingyuan/core';
import { listOf } from './pb-ballot-choices.js';
import type { PbBallotSheet } from './pb-ballot-sheet.js';

/** Core's violations of a PB ballot, each placed beside what it concerns. */
export interface PlacedViolations {
  /** Every violation, in core's order (empty: the ballot is valid). */
  readonly all: readonly Violation<PbBallotRule>[];
  /** By project id: the project's own problems (points, repeats, another district). */
  readonly projects: ReadonlyMap<string, Violation<PbBallotRule>[]>;
  /** By list (district, or '' for the city-wide list): counts, costs and points of the list. */
  readonly lists: ReadonlyMap<string, Violation<PbBallotRule>[]>;
  /** By category: its count and cost limits. */
  readonly categories: ReadonlyMap<string, Violation<PbBallotRule>[]>;
  /** The rest (an empty ballot): shown above the lists. */
  readonly ballot: readonly Violation<PbBallotRule>[];
}

const LIST_RULES: ReadonlySet<PbBallotRule> = new Set([
  'pb-ballot.too-few',
  'pb-ballot.too-many',
  'pb-ballot.under-cost',
  'pb-ballot.over-budget',
  'pb-ballot.too-few-points',
  'pb-ballot.too-many-points',
]);
const CATEGORY_RULES: ReadonlySet<PbBallotRule> = new Set([
  'pb-ballot.category-count',
  'pb-ballot.category-cost',
]);

const same = (a: Violation, b: Violation) => a.rule === b.rule && a.message.en === b.message.en;

/**
 * Checks a ballot with core's `checkPbBallot` and places each violation: one with a project
 * index in its path beside that project; a list's count, cost or points beside that list; a
 * category's limit beside that category. Core reports list and category problems at the path
 * `projects`; which list or category one concerns is found by asking core again about that
 * list's projects alone, or with that category's limit alone (the lists and the categories
 * are checked independently, so the answers are the same violations). Whatever cannot be placed
 * stays in `ballot`, so nothing core says is lost.
 *
 * @example
 * placeViolations(sheet, { projects: ['a', 'b'] }).lists.get(''); // [over-budget …]
 */
export function placeViolations(sheet: PbBallotSheet, ballot: PbBallotJSON): PlacedViolations {
  const { election } = sheet;
  const check = checkPbBallot(election, ballot);
  const all = check.ok ? [] : check.violations;
  const projects = new Map<string, Violation<PbBallotRule>[]>();
  const lists = new Map<string, Violation<PbBallotRule>[]>();
  const categories = new Map<string, Violation<PbBallotRule>[]>();
  const rest: Violation<PbBallotRule>[] = [];
  if (all.length === 0) return { all, projects, lists, categories, ballot: rest };

  // Each list's own violations, from core asked about that list alone.
  const perList: [string, Violation<PbBallotRule>[]][] = [];
  if (all.some((v) => LIST_RULES.has(v.rule))) {
    const indices = new Map<string, number[]>();
    ballot.projects.forEach((id, i) => {
      const project = sheet.byId.get(id);
      if (!project) return;
      const list = listOf(project);
      indices.set(list, [...(indices.get(list) ?? []), i]);
    });
    for (const [list, at] of indices) {
      const sub: PbBallotJSON = {
        ...(ballot.district === undefined ? {} : { district: ballot.district }),
        projects: at.map((i) => ballot.projects[i]!),
        ...(ballot.points ? { points: at.map((i) => ballot.points![i]!) } : {}),
      };
      const result = checkPbBallot(election, sub);
      perList.push([
        list,
        result.ok ? [] : result.violations.filter((v) => LIST_RULES.has(v.rule)),
      ]);
    }
  }
  // Each category's own violations, from core asked with that category's limit alone.
  const perCategory: [string, Violation<PbBallotRule>[]][] = [];
  if (all.some((v) => CATEGORY_RULES.has(v.rule))) {
    for (const [category, limit] of Object.entries(election.rules.categoryLimits ?? {})) {
      const result = checkPbBallot(
        { ...election, rules: { format: 'approval', categoryLimits: { [category]: limit } } },
        {
          ...(ballot.district === undefined ? {} : { district: ballot.district }),
          projects: ballot.projects,
        },
      );
      perCategory.push([
        category,
        result.ok ? [] : result.violations.filter((v) => CATEGORY_RULES.has(v.rule)),
      ]);
    }
  }
  const place = (
    map: Map<string, Violation<PbBallotRule>[]>,
    key: string,
    v: Violation<PbBallotRule>,
  ) => map.set(key, [...(map.get(key) ?? []), v]);
  for (const violation of all) {
    const index = violation.path[1];
    const id = typeof index === 'number' ? ballot.projects[index] : undefined;
    if (id !== undefined) {
      place(projects, id, violation);
      continue;
    }
    const list = perList.find(([, found]) => found.some((v) => same(v, violation)))?.[0];
    if (LIST_RULES.has(violation.rule) && list !== undefined) {
      place(lists, list, violation);
      continue;
    }
    const category = perCategory.find(([, found]) => found.some((v) => same(v, violation)))?.[0];
    if (CATEGORY_RULES.has(violation.rule) && category !== undefined) {
      place(categories, category, violation);
      continue;
    }
    rest.push(violation);
  }
  return { all, projects, lists, categories, ballot: rest };
}

/**
 * Whether a violation says the ballot holds too little so far (too few projects, points or
 * cost, or nothing at all): shown only once the voter asks to review, not while they start.
 * Everything else (too much, a wrong value) is shown as soon as it happens.
 */
export function isShortfall(violation: Violation<PbBallotRule>): boolean {
  return (
    violation.rule === 'pb-ballot.empty' ||
    violation.rule === 'pb-ballot.too-few' ||
    violation.rule === 'pb-ballot.under-cost' ||
    violation.rule === 'pb-ballot.too-few-points'
  );
}
