import { Rational } from '../math/rational.js';
import type { PabulibInstance } from '../pabulib/pabulib-instance.js';
import type { Violation } from '../validation/violation.js';
import { pabulibVoteStore } from '../pabulib/pabulib-vote-store.js';
import { compareProjectIds } from './compare-project-ids.js';
import { groupBallots, type BallotGroups } from './group-ballots.js';

/**
 * The rules {@link approvalElection} and {@link approvalElectionFromPabulib} check: a project
 * listed twice, a ballot naming an unknown project or one project twice, a file whose
 * `vote_type` is not `approval`, a budget or cost that is not a non-negative number.
 *
 * @example
 * const rule: BudgetRule = 'budget.unknown-project';
 */
export type BudgetRule =
  | 'budget.duplicate-project'
  | 'budget.unknown-project'
  | 'budget.repeated-project'
  | 'budget.vote-type'
  | 'budget.number';

/**
 * A reason an election cannot be built: a {@link Violation} (which rule, the message in both
 * languages, where) and, for a `.pb` file, the line when known; the message then starts with
 * it (`line 4: …` / `第 4 行：…`).
 *
 * @example
 * const v: BudgetViolation = {
 *   rule: 'budget.number',
 *   message: { 'zh-CN': '预算（-1）不是非负数', en: 'the budget (-1) is not a non-negative number' },
 *   path: ['budget'],
 * };
 */
export type BudgetViolation = Violation<BudgetRule> & {
  /** The `.pb` line the problem is on, when the election comes from a file. */
  readonly line?: number;
};

function violation(
  rule: BudgetRule,
  path: (string | number)[],
  en: string,
  zh: string,
  line?: number,
): BudgetViolation {
  return {
    rule,
    message:
      line === undefined
        ? { 'zh-CN': zh, en }
        : { 'zh-CN': `第 ${line} 行：${zh}`, en: `line ${line}: ${en}` },
    path,
    ...(line === undefined ? {} : { line }),
  };
}

/** An election, or every reason it cannot be built. */
export type ApprovalElectionResult =
  { ok: true; value: ApprovalElection } | { ok: false; violations: BudgetViolation[] };

/**
 * A participatory-budgeting election on approval ballots, prepared for the allocation rules:
 * projects by index, exact costs and budget, and the ballots grouped into distinct approval
 * sets with how many voters cast each (voters with the same ballot are treated alike by every
 * rule, so the rules work per group, not per voter). Build it with {@link approvalElection}
 * or {@link approvalElectionFromPabulib}.
 *
 * @example
 * const election = approvalElection({
 *   budget: 100,
 *   projects: [{ id: 'a', cost: 60 }, { id: 'b', cost: 50 }],
 *   ballots: [['a'], ['a', 'b'], ['b']],
 * });
 */
export interface ApprovalElection {
  /** Project ids, by index. */
  readonly projectIds: readonly string[];
  /** Exact project costs, by index. */
  readonly costs: readonly Rational[];
  /** The budget limit. */
  readonly budget: Rational;
  /** How many voters (ballots, empty ones included). */
  readonly voterCount: number;
  /** How many voters approve each project, by index. */
  readonly approvals: Int32Array;
  /** For each distinct approval set: the project indices it approves, ascending. */
  readonly ballots: readonly Int32Array[];
  /** For each distinct approval set: how many voters cast it. */
  readonly ballotWeights: Int32Array;
  /** For each project: the distinct approval sets that approve it. */
  readonly approvers: readonly Int32Array[];
  /** Each project's position when ids are sorted in code-point order (the tie-break). */
  readonly idRank: Int32Array;
}

/** What {@link approvalElection} reads: projects with costs, a budget and approval ballots. */
export interface ApprovalElectionInput {
  budget: Rational | number | string;
  projects: readonly { id: string; cost: Rational | number | string }[];
  /** One list of approved project ids per voter. */
  ballots: readonly (readonly string[])[];
}

/**
 * Builds an {@link ApprovalElection}, checking that ids are unique, costs and the budget are
 * non-negative exact numbers, and every ballot names known projects at most once.
 *
 * @example
 * const result = approvalElection({ budget: 10, projects: [{ id: 'p', cost: 4 }], ballots: [['p']] });
 * if (result.ok) greedy(result.value).selected; // ['p']
 */
export function approvalElection(input: ApprovalElectionInput): ApprovalElectionResult {
  const violations: BudgetViolation[] = [];
  const budget = exact(input.budget, ['budget'], ['the budget', '预算'], violations);
  const index = new Map<string, number>();
  const costs: Rational[] = [];
  input.projects.forEach((project, i) => {
    if (index.has(project.id)) {
      violations.push(
        violation(
          'budget.duplicate-project',
          ['projects', i, 'id'],
          `project ${project.id} is listed twice`,
          `项目 ${project.id} 出现两次`,
        ),
      );
      return;
    }
    index.set(project.id, costs.length);
    costs.push(
      exact(
        project.cost,
        ['projects', i, 'cost'],
        [`the cost of project ${project.id}`, `项目 ${project.id} 的费用`],
        violations,
      ) ?? Rational.ZERO,
    );
  });
  // Every ballot as project indices in one column (checked: known projects, each once), then
  // grouped into distinct approval sets.
  let total = 0;
  for (const ballot of input.ballots) total += ballot.length;
  const offsets = new Int32Array(input.ballots.length + 1);
  const indices = new Int32Array(total);
  const lastBallotOf = new Int32Array(costs.length).fill(-1);
  let at = 0;
  input.ballots.forEach((ballot, v) => {
    const from = at;
    offsets[v + 1] = from;
    for (let j = 0; j < ballot.length; j++) {
      const p = index.get(ballot[j]!);
      if (p === undefined) {
        violations.push(
          violation(
            'budget.unknown-project',
            ['ballots', v, j],
            `ballot ${v + 1} approves project "${ballot[j]}", which is not in the election`,
            `第 ${v + 1} 张选票赞成项目"${ballot[j]}"，选举中没有该项目`,
          ),
        );
        at = from;
        return;
      }
      indices[at++] = p;
    }
    for (let j = from; j < at; j++) {
      const p = indices[j]!;
      if (lastBallotOf[p] === v) {
        const id = ballot[j - from]!;
        violations.push(
          violation(
            'budget.repeated-project',
            ['ballots', v],
            `ballot ${v + 1} approves project ${id} twice`,
            `第 ${v + 1} 张选票两次赞成项目 ${id}`,
          ),
        );
        at = from;
        return;
      }
      lastBallotOf[p] = v;
    }
    offsets[v + 1] = at;
  });
  if (violations.length > 0 || budget === null) return { ok: false, violations };
  const groups = groupBallots(offsets, indices, input.ballots.length);
  return { ok: true, value: electionOf([...index.keys()], costs, budget, groups) };
}

/** The election of grouped ballots: approvals and approvers per project, the id tie-break. */
function electionOf(
  projectIds: string[],
  costs: Rational[],
  budget: Rational,
  { ballots, weights: ballotWeights }: BallotGroups,
): ApprovalElection {
  const approvals = new Int32Array(projectIds.length);
  const approverCounts = new Int32Array(projectIds.length);
  let voterCount = 0;
  for (let t = 0; t < ballots.length; t++) {
    const ballot = ballots[t]!;
    const weight = ballotWeights[t]!;
    voterCount += weight;
    for (let j = 0; j < ballot.length; j++) {
      const p = ballot[j]!;
      approvals[p]! += weight;
      approverCounts[p]!++;
    }
  }
  const approvers = Array.from(approverCounts, (n) => new Int32Array(n));
  const fill = new Int32Array(projectIds.length);
  for (let t = 0; t < ballots.length; t++) {
    const ballot = ballots[t]!;
    for (let j = 0; j < ballot.length; j++) {
      const p = ballot[j]!;
      approvers[p]![fill[p]!++] = t;
    }
  }
  const idRank = new Int32Array(projectIds.length);
  projectIds
    .map((id, i) => [id, i] as const)
    .sort(([a], [b]) => compareProjectIds(a, b))
    .forEach(([, i], rank) => (idRank[i] = rank));
  return {
    projectIds,
    costs,
    budget,
    voterCount,
    approvals,
    ballots,
    ballotWeights,
    approvers,
    idRank,
  };
}

/**
 * The approval election of a parsed Pabulib file: one ballot per VOTES row. Files whose
 * `vote_type` is not `approval` are refused with a reason, since reading ranks or points as
 * approvals would change the election.
 *
 * @example
 * const parsed = parsePabulib(text);
 * const election = parsed.ok ? approvalElectionFromPabulib(parsed.value, parsed) : parsed;
 * // with the parse result as second argument, a refusal names the META vote_type line
 */
export function approvalElectionFromPabulib(
  instance: PabulibInstance,
  source: { metaLines?: Readonly<Record<string, number>> } = {},
): ApprovalElectionResult {
  if (instance.voteType !== 'approval') {
    return {
      ok: false,
      violations: [
        violation(
          'budget.vote-type',
          ['META', 'vote_type'],
          `the allocation rules read approval ballots; this file has vote_type ${instance.voteType}`,
          `分配规则读取赞成票（approval）；此文件的 vote_type 为 ${instance.voteType}`,
          source.metaLines?.vote_type,
        ),
      ],
    };
  }
  // A parsed file's votes are read from the parser's columns (no object per voter), as long
  // as its projects are the ones the columns index.
  const store = pabulibVoteStore(instance);
  const projects = instance.projects;
  if (
    store !== null &&
    store.projectIds.length === projects.length &&
    projects.every((p, i) => p.id === store.projectIds[i] && p.cost instanceof Rational) &&
    instance.budget instanceof Rational &&
    instance.budget.sign() >= 0 &&
    projects.every((p) => p.cost.sign() >= 0)
  ) {
    const groups = groupBallots(store.offsets, store.projectIndices, store.count);
    return {
      ok: true,
      value: electionOf(
        projects.map((p) => p.id),
        projects.map((p) => p.cost),
        instance.budget,
        groups,
      ),
    };
  }
  return approvalElection({
    budget: instance.budget,
    projects: instance.projects,
    ballots: instance.votes.map((v) => v.projects),
  });
}

function exact(
  value: Rational | number | string,
  path: (string | number)[],
  [what, whatZh]: [string, string],
  violations: BudgetViolation[],
): Rational | null {
  let result: Rational | null = null;
  try {
    result = value instanceof Rational ? value : Rational.parse(value);
  } catch {
    result = null;
  }
  if (result === null || result.sign() < 0) {
    violations.push(
      violation(
        'budget.number',
        path,
        `${what} (${String(value)}) is not a non-negative number`,
        `${whatZh}（${String(value)}）不是非负数`,
      ),
    );
    return null;
  }
  return result;
}
