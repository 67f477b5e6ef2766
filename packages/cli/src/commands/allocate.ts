import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import {
  approvalElectionFromPabulib,
  budgetOutcomeToJSON,
  withSelectedProjects,
  writePabulib,
  type ApprovalElection,
  type BudgetOutcome,
  type PabulibInstance,
  type Locale,
  type Rational,
} from '@qingyuan/core/pabulib';
import { UsageError, type CliIO } from '../io.js';
import { parseLang } from '../input/lang.js';
import { oneOfFlag, parsePbRuleOptions, runPbRule } from '../input/pb-rule-options.js';
import { onePbFile, readPabulib } from '../input/read-pabulib.js';
// string-width (emoji tables) loads only for `--format table`, not for the JSON a script reads.
import type { textTable as TextTable } from '../input/text-table.js';

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
  --lang zh-CN|en          table headings and error messages (default: from LANG, else en; zh is zh-CN)
  --write-pb OUT.pb        also write the election to OUT.pb with the outcome in the PROJECTS
                           "selected" column (1 funded, 0 not; everything else unchanged)
  -h, --help               show this help

The file is read as a stream and must be UTF-8. A file cut short is refused (META num_votes
and num_projects are checked; a last line without a line break must agree with the PROJECTS
votes column). Exit codes: 0 done, 2 bad input (one line naming the file and the .pb line).
`;

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
      'write-pb': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    io.stdout(allocateHelp);
    return 0;
  }
  const lang = parseLang(values.lang);
  const file = onePbFile('allocate', positionals, lang);
  const options = parsePbRuleOptions(values, lang);
  const format = oneOfFlag('--format', values.format, FORMATS, lang) ?? 'json';
  const out = values['write-pb'];
  if (out !== undefined && resolve(out) === resolve(file)) {
    throw new UsageError(
      lang === 'zh-CN'
        ? `--write-pb：不会覆盖输入文件 ${file}；请另选输出路径`
        : `--write-pb: will not overwrite the input file ${file}; choose another output path`,
    );
  }

  const { instance, metaLines } = await readPabulib(file, lang);
  const election = approvalElectionFromPabulib(instance, { metaLines });
  if (!election.ok) {
    throw new UsageError(`${file} ${election.violations[0]!.message[lang]}`);
  }
  const outcome = runPbRule(election.value, options);
  if (out !== undefined) {
    try {
      await writeFile(out, writePabulib(withSelectedProjects(instance, outcome.selected)));
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? String(error);
      throw new UsageError(
        lang === 'zh-CN'
          ? `--write-pb：无法写入 ${out}：${code}`
          : `--write-pb: cannot write ${out}: ${code}`,
      );
    }
  }
  io.stdout(
    format === 'json'
      ? `${JSON.stringify(budgetOutcomeToJSON(outcome), null, 2)}\n`
      : table(
          instance,
          election.value,
          outcome,
          lang,
          (await import('../input/text-table.js')).textTable,
        ),
  );
  return 0;
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
  lang: Locale,
  textTable: typeof TextTable,
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
