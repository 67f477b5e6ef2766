import { Rational } from '../math/rational.js';
import type { PabulibInstance } from '../pabulib/pabulib-instance.js';
import type { RuleMessage } from '../validation/violation.js';
import { compareProjectIds } from './compare-project-ids.js';

/**
 * A reason an election cannot be built: which rule, a message (English, and in both
 * languages in `localized`), where (path), and for a `.pb` file the line when known.
 */
export interface BudgetViolation {
  rule: string;
  /** The English message (the same as `localized.en`). */
  message: string;
  localized: RuleMessage;
  path: (string | number)[];
  /** The `.pb` line the problem is on, when the election comes from a file. */
  line?: number;
}

function violation(
  rule: string,
  path: (string | number)[],
  en: string,
  zh: string,
  line?: number,
): BudgetViolation {
  const message = line === undefined ? en : `line ${line}: ${en}`;
  return {
    rule,
    message,
    localized: { 'zh-CN': line === undefined ? zh : `第 ${line} 行：${zh}`, en: message },
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
  // Voters with the same approval set become one weighted ballot, in order of first
  // appearance. A ballot's sorted indices go to a scratch array first and are looked up by a
  // hash (checked element by element), so a repeated set costs no allocation.
  const groups: { projects: Int32Array; weight: number }[] = [];
  const groupsByHash = new Map<number, number[]>();
  let scratch = new Int32Array(16);
  input.ballots.forEach((ballot, v) => {
    if (scratch.length < ballot.length) scratch = new Int32Array(ballot.length * 2);
    const projects = scratch;
    const n = ballot.length;
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
        return;
      }
      projects[j] = p;
    }
    sortPrefix(projects, n);
    for (let j = 1; j < n; j++) {
      if (projects[j] === projects[j - 1]) {
        const twice = projects[j];
        const id = ballot.find((x) => index.get(x) === twice);
        violations.push(
          violation(
            'budget.repeated-project',
            ['ballots', v],
            `ballot ${v + 1} approves project ${id} twice`,
            `第 ${v + 1} 张选票两次赞成项目 ${id}`,
          ),
        );
        return;
      }
    }
    let hash = 0x811c9dc5 ^ n;
    for (let j = 0; j < n; j++) hash = Math.imul(hash ^ projects[j]!, 0x01000193);
    const candidates = groupsByHash.get(hash);
    if (candidates) {
      for (const g of candidates) {
        if (samePrefix(groups[g]!.projects, projects, n)) {
          groups[g]!.weight++;
          return;
        }
      }
    }
    if (candidates) candidates.push(groups.length);
    else groupsByHash.set(hash, [groups.length]);
    groups.push({ projects: projects.slice(0, n), weight: 1 });
  });
  if (violations.length > 0 || budget === null) return { ok: false, violations };

  const projectIds = [...index.keys()];
  const ballots = groups.map((g) => g.projects);
  const ballotWeights = Int32Array.from(groups, (g) => g.weight);
  const approvals = new Int32Array(projectIds.length);
  const approverCounts = new Int32Array(projectIds.length);
  ballots.forEach((ballot, t) => {
    for (const p of ballot) {
      approvals[p]! += ballotWeights[t]!;
      approverCounts[p]!++;
    }
  });
  const approvers = Array.from(approverCounts, (n) => new Int32Array(n));
  const fill = new Int32Array(projectIds.length);
  ballots.forEach((ballot, t) => {
    for (const p of ballot) approvers[p]![fill[p]!++] = t;
  });
  const idRank = new Int32Array(projectIds.length);
  projectIds
    .map((id, i) => [id, i] as const)
    .sort(([a], [b]) => compareProjectIds(a, b))
    .forEach(([, i], rank) => (idRank[i] = rank));
  return {
    ok: true,
    value: {
      projectIds,
      costs,
      budget,
      voterCount: input.ballots.length,
      approvals,
      ballots,
      ballotWeights,
      approvers,
      idRank,
    },
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

/** Sorts `array[0, n)` ascending, in place (insertion sort for the usual short ballot). */
function sortPrefix(array: Int32Array, n: number): void {
  if (n > 32) {
    array.subarray(0, n).sort();
    return;
  }
  for (let i = 1; i < n; i++) {
    const x = array[i]!;
    let j = i - 1;
    while (j >= 0 && array[j]! > x) {
      array[j + 1] = array[j]!;
      j--;
    }
    array[j + 1] = x;
  }
}

/** Whether `a` (of length n) equals `b[0, n)`. */
function samePrefix(a: Int32Array, b: Int32Array, n: number): boolean {
  if (a.length !== n) return false;
  for (let j = 0; j < n; j++) if (a[j] !== b[j]) return false;
  return true;
}
