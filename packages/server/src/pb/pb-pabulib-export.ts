import {
  Rational,
  writePabulib,
  type PabulibInstance,
  type PbBallotElectionJSON,
  type PbBallotJSON,
  type PbBallotTexts,
} from '@qingyuan/core';
import type { PbRule } from '../storage/pb-elections.js';
import type { PbListOutcome } from './pb-outcome.js';

/** A counted ballot as the export writes it: who (anonymous) and how it was cast. */
export interface ExportedPbBallot {
  /** The voter's public id online, `paper-<number>` for a paper ballot. */
  voter: string;
  method: 'internet' | 'paper';
  ballot: PbBallotJSON;
}

const RULE_NAMES: Record<PbRule['name'], string> = {
  greedy: 'greedy',
  'equal-shares': 'equalshares',
  'sequential-phragmen': 'seqphragmen',
};

/**
 * A counted PB election as a Pabulib `.pb` file (core's `writePabulib`): META with the
 * election's id, title, budget, `vote_type` (`approval` for approval and knapsack ballots),
 * `rule` and the ballot limits under their Pabulib names; PROJECTS with cost, name, category,
 * district, votes and `selected` (the outcome); VOTES with every counted ballot, its
 * `voting_method` (`internet` or `paper`) and district. An election with district lists adds
 * META `district_budgets` (`name:amount,…`) beside the city-wide `budget`.
 *
 * @example
 * const text = pbPabulibExport({ id: 'pb-2027', sheet, texts, rule, ballots, outcome });
 */
export function pbPabulibExport(input: {
  id: string;
  sheet: PbBallotElectionJSON;
  texts: PbBallotTexts;
  rule: PbRule;
  ballots: readonly ExportedPbBallot[];
  outcome: readonly PbListOutcome[];
}): string {
  const { sheet, texts, ballots } = input;
  const rules = sheet.rules;
  const title = texts.title;
  const name = (text: unknown): string =>
    typeof text === 'string'
      ? text
      : text !== null && typeof text === 'object'
        ? String((text as Record<string, string>).en ?? Object.values(text)[0] ?? '')
        : '';
  const meta: Record<string, string> = {
    description: title === undefined ? input.id : name(title),
    instance: input.id,
    num_projects: String(sheet.projects.length),
    num_votes: String(ballots.length),
    budget: String(sheet.budget),
    vote_type: rules.format === 'knapsack' ? 'approval' : rules.format,
    rule: RULE_NAMES[input.rule.name],
  };
  if (texts.currency !== undefined) meta.currency = texts.currency;
  const limits: [keyof typeof rules, string][] = [
    ['minLength', 'min_length'],
    ['maxLength', 'max_length'],
    ['minSumCost', 'min_sum_cost'],
    ['maxSumCost', 'max_sum_cost'],
    ['minPoints', 'min_points'],
    ['maxPoints', 'max_points'],
    ['minSumPoints', 'min_sum_points'],
    ['maxSumPoints', 'max_sum_points'],
  ];
  for (const [key, pabulibName] of limits) {
    const value = rules[key];
    if (value !== undefined) meta[pabulibName] = String(value);
  }
  if (rules.format === 'knapsack' && rules.maxSumCost === undefined) {
    meta.max_sum_cost = String(sheet.budget);
  }
  const districts = Object.entries(sheet.districtBudgets ?? {});
  if (districts.length > 0) {
    meta.district_budgets = districts.map(([d, b]) => `${d}:${String(b)}`).join(',');
  }
  const selected = new Set(input.outcome.flatMap((list) => list.selected));
  const votes = new Map<string, number>();
  for (const { ballot } of ballots) {
    for (const id of ballot.projects) votes.set(id, (votes.get(id) ?? 0) + 1);
  }
  const projectTexts = new Map(texts.projects.map((p) => [p.id, p]));
  const instance: PabulibInstance = {
    meta,
    budget: Rational.parse(sheet.budget),
    voteType: rules.format === 'knapsack' ? 'approval' : rules.format,
    projectColumns: ['project_id', 'cost', 'name', 'category', 'district', 'votes', 'selected'],
    projects: sheet.projects.map((project) => ({
      id: project.id,
      cost: Rational.parse(project.cost),
      extra: {
        name: name(projectTexts.get(project.id)?.title) || project.id,
        category: (project.categories ?? []).join(','),
        district: project.district ?? '',
        votes: String(votes.get(project.id) ?? 0),
        selected: selected.has(project.id) ? '1' : '0',
      },
    })),
    voteColumns: [
      'voter_id',
      'vote',
      ...(rules.format === 'cumulative' ? ['points'] : []),
      'voting_method',
      'district',
    ],
    votes: ballots.map(({ voter, method, ballot }) => ({
      voterId: voter,
      projects: [...ballot.projects],
      ...(ballot.points === undefined ? {} : { points: ballot.points.map((p) => Rational.of(p)) }),
      extra: { voting_method: method, district: ballot.district ?? '' },
    })),
  };
  return writePabulib(instance);
}
