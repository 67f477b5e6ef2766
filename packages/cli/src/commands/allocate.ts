import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import {
  approvalElectionFromPabulib,
  budgetOutcomeToJSON,
  equalShares,
  greedy,
  PabulibReader,
  Rational,
  sequentialPhragmen,
  type ApprovalElection,
  type BudgetOutcome,
  type EqualSharesCompletion,
  type EqualSharesUtility,
  type GreedyUtility,
  type PabulibInstance,
} from '@qingyuan/core';
import { UsageError, type CliIO } from '../io.js';
import { parseLang, type Lang } from '../input/lang.js';
import { textTable } from '../input/text-table.js';

export const allocateHelp = `Usage: qingyuan allocate FILE.pb --rule greedy|equal-shares|phragmen [options]

Allocates a participatory budget from a Pabulib .pb file (pabulib.org) with approval ballots,
in exact arithmetic, with ties broken by project id (code-point order).

Rules:
  greedy        by welfare per unit of cost (by approvals with --utility cost, the default;
                by approvals / cost with --utility cardinality), skipping what no longer fits
  equal-shares  Method of Equal Shares: every voter holds budget/voters and pays equally
  phragmen      sequential Phragmén: spread each cost as evenly as possible; stop when full

Options:
  --rule RULE              greedy, equal-shares or phragmen (required)
  --utility cost|cardinality
                           greedy, equal-shares: a voter's gain from an approved project,
                           its cost or 1 (default cost); phragmen has no utility
  --completion none|greedy|add1
                           equal-shares: spend what is left with greedy, or by raising the
                           per-voter budget by --add1-step while the outcome fits (default none)
  --add1-step AMOUNT       add1: per-voter increment, exact (default 1)
  --format json|table      output (default json): {"selected":[ids],"cost":n,"budget":n},
                           numbers exact (an integer or a "p/q" string)
  --lang zh-CN|en          table headings and .pb error messages (default: from LANG, else en; zh is zh-CN)
  -h, --help               show this help

The file is read as a stream and must be UTF-8. A file cut short is refused (META num_votes
and num_projects are checked; a last line without a line break must agree with the PROJECTS
votes column). Exit codes: 0 done, 2 bad input (one line naming the file and the .pb line).
`;

const RULES = ['greedy', 'equal-shares', 'phragmen'] as const;
const UTILITIES = ['cost', 'cardinality'] as const;
const COMPLETIONS = ['none', 'greedy', 'add1'] as const;
const FORMATS = ['json', 'table'] as const;

/** `qingyuan allocate`: run a participatory-budgeting rule on a `.pb` file. */
export async function allocateCommand(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      rule: { type: 'string' },
      utility: { type: 'string' },
      completion: { type: 'string' },
      'add1-step': { type: 'string' },
      format: { type: 'string' },
      lang: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    io.stdout(allocateHelp);
    return 0;
  }
  const [file, ...extra] = positionals;
  if (file === undefined || extra.length > 0) {
    throw new UsageError('allocate takes one FILE.pb (see `qingyuan allocate --help`)');
  }
  const rule = oneOf('--rule', values.rule, RULES);
  if (rule === undefined) throw new UsageError(`--rule is required: ${RULES.join(', ')}`);
  const utility = oneOf('--utility', values.utility, UTILITIES) ?? 'cost';
  const completion = oneOf('--completion', values.completion, COMPLETIONS) ?? 'none';
  const format = oneOf('--format', values.format, FORMATS) ?? 'json';
  const lang = parseLang(values.lang);
  if (rule === 'phragmen' && values.utility !== undefined) {
    throw new UsageError(
      '--utility has no meaning for --rule phragmen (sequential Phragmén spreads each cost over its approvers; it has no utility): for a utility use --rule equal-shares --utility ' +
        `${utility} or --rule greedy --utility ${utility}`,
    );
  }
  if (rule !== 'equal-shares') {
    for (const flag of ['completion', 'add1-step'] as const) {
      if (values[flag] !== undefined) {
        throw new UsageError(
          rule === 'greedy'
            ? `--${flag} has no meaning for --rule greedy (greedy already spends all it can): for a completion use --rule equal-shares --completion greedy|add1`
            : `--${flag} has no meaning for --rule phragmen (sequential Phragmén stops when the next project does not fit): for a completion use --rule equal-shares --completion greedy|add1`,
        );
      }
    }
  }
  let add1Step: Rational | undefined;
  if (values['add1-step'] !== undefined) {
    if (completion !== 'add1') throw new UsageError('--add1-step needs --completion add1');
    add1Step = positiveExact(values['add1-step']);
  }

  const { instance, metaLines } = await readPabulib(file, lang);
  const election = approvalElectionFromPabulib(instance, { metaLines });
  if (!election.ok) {
    throw new UsageError(`${file} ${election.violations[0]!.localized[lang]}`);
  }
  const outcome = allocate(election.value, rule, utility, completion, add1Step);
  io.stdout(
    format === 'json'
      ? `${JSON.stringify(budgetOutcomeToJSON(outcome), null, 2)}\n`
      : table(instance, election.value, outcome, lang),
  );
  return 0;
}

function allocate(
  election: ApprovalElection,
  rule: (typeof RULES)[number],
  utility: EqualSharesUtility & GreedyUtility,
  completion: EqualSharesCompletion,
  add1Step: Rational | undefined,
): BudgetOutcome {
  if (rule === 'greedy') return greedy(election, { utility });
  if (rule === 'phragmen') return sequentialPhragmen(election);
  return equalShares(election, { utility, completion, ...(add1Step ? { add1Step } : {}) });
}

/**
 * Streams a `.pb` file's bytes through the reader (which checks they are UTF-8); every problem
 * becomes one UsageError line in the language asked for.
 */
async function readPabulib(
  file: string,
  lang: Lang,
): Promise<{ instance: PabulibInstance; metaLines: Readonly<Record<string, number>> }> {
  try {
    const info = await stat(file);
    if (!info.isFile()) throw new UsageError(`${file} is not a file`);
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError(`cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? error}`);
  }
  const reader = new PabulibReader();
  try {
    for await (const chunk of createReadStream(file, { highWaterMark: 1 << 20 })) {
      reader.pushBytes(chunk as Buffer);
    }
  } catch (error) {
    throw new UsageError(`cannot read ${file}: ${(error as Error).message}`);
  }
  const result = reader.end();
  if (!result.ok) {
    const more = result.violations.length - 1 + (reader.hasMoreViolations ? 1 : 0);
    const plus = reader.hasMoreViolations ? '+' : '';
    const suffix =
      more === 0
        ? ''
        : lang === 'zh-CN'
          ? `（另有 ${more}${plus} 个问题）`
          : ` (and ${more}${plus} more problem${more === 1 ? '' : 's'})`;
    throw new UsageError(`${file} ${result.violations[0]!.localized[lang]}${suffix}`);
  }
  return { instance: result.value, metaLines: result.metaLines };
}

function oneOf<T extends string>(
  flag: string,
  value: string | undefined,
  allowed: readonly T[],
): T | undefined {
  if (value === undefined) return undefined;
  if (!(allowed as readonly string[]).includes(value)) {
    throw new UsageError(`${flag}: expected ${allowed.join(', ')}, got "${value}"`);
  }
  return value as T;
}

function positiveExact(text: string): Rational {
  let value: Rational | null = null;
  try {
    value = Rational.parse(text);
  } catch {
    value = null;
  }
  if (value === null || value.sign() <= 0) {
    throw new UsageError(`--add1-step: expected a positive number, got "${text}"`);
  }
  return value;
}

const HEADINGS = {
  en: {
    order: '#',
    project: 'project',
    cost: 'cost',
    approvals: 'approvals',
    name: 'name',
    total: 'total',
    budget: 'budget',
    none: 'no project selected',
  },
  'zh-CN': {
    order: '序',
    project: '项目',
    cost: '费用',
    approvals: '赞成票',
    name: '名称',
    total: '合计',
    budget: '预算',
    none: '没有选中的项目',
  },
};

function table(
  instance: PabulibInstance,
  election: ApprovalElection,
  outcome: BudgetOutcome,
  lang: Lang,
): string {
  const h = HEADINGS[lang];
  const names = new Map(instance.projects.map((p) => [p.id, p.extra.name ?? '']));
  const index = new Map(election.projectIds.map((id, p) => [id, p]));
  const rows = outcome.selected.map((id, i) => {
    const p = index.get(id)!;
    return [
      String(i + 1),
      id,
      exact(election.costs[p]!),
      String(election.approvals[p]),
      names.get(id) ?? '',
    ];
  });
  const header = [h.order, h.project, h.cost, h.approvals, h.name];
  const out = [textTable([header, ...rows], ['l', 'l', 'r', 'r', 'l'])];
  if (rows.length === 0) out.push(h.none);
  out.push(`${h.total}: ${exact(outcome.cost)} / ${h.budget}: ${exact(outcome.budget)}`);
  return `${out.join('\n')}\n`;
}

function exact(value: Rational): string {
  return value.toString();
}
