import { parseArgs } from 'node:util';
import {
  approvalElectionFromPabulib,
  checkJustifiedRepresentation,
  outcomeAnalytics,
  outcomeAnalyticsToJSON,
  type JustifiedRepresentationProperty,
  type JustifiedRepresentationResult,
  type Rational,
} from '@qingyuan/core';
import { UsageError, type CliIO } from '../io.js';
import { parseLang } from '../input/lang.js';
import { oneOfFlag, parsePbRuleOptions, runPbRule } from '../input/pb-rule-options.js';
import { onePbFile, readPabulib } from '../input/read-pabulib.js';
import { textTable } from '../input/text-table.js';

export const analyzeHelp = `Usage: qingyuan analyze FILE.pb --rule greedy|equal-shares|phragmen [options]

Runs a rule on a Pabulib .pb file (approval ballots) and measures how its outcome serves the
voters, exactly:
  nonEmptyHanded  share of voters with at least one funded project they approve
  avgSatCost      mean over voters of the total cost of their funded approved projects
  avgSatCard      mean number of funded approved projects per voter
  giniCost        Gini coefficient of the voters' cost satisfactions (0 = equal)
  giniCard        Gini coefficient of the voters' numbers of funded approved projects

Options:
  --rule RULE              greedy, equal-shares or phragmen (required)
  --utility cost|cardinality
                           the rule's utility, as for \`qingyuan allocate\` (default cost)
  --completion none|greedy|add1
                           equal-shares completion (default none)
  --add1-step AMOUNT       add1: per-voter increment, exact (default 1)
  --format json|table      output (default json): { selected, voters, nonEmptyHanded,
                           avgSatCost, avgSatCard, giniCost, giniCard } with exact "p/q"
                           strings; the table adds decimals
  --check LIST             also check proportionality, exactly: a comma list of ejr,
                           ejr-up-to-one, pjr (under the --utility, default cost); JSON adds
                           "proportionality": { property: { status, witness?, message? } },
                           status satisfied, violated or too-large
  --max-steps N            search steps before a check answers too-large (default 1000000)
  --lang zh-CN|en          table headings and error messages (default en)
  -h, --help               show this help

Exit codes: 0 done, 2 bad input (one line naming the file and the .pb line).
`;

const FORMATS = ['json', 'table'] as const;
const PROPERTIES = ['ejr', 'ejr-up-to-one', 'pjr'] as const;

const LABELS = {
  en: {
    measure: 'measure',
    exact: 'exact',
    decimal: 'decimal',
    selected: 'selected',
    voters: 'voters',
    nonEmptyHanded: 'non-empty-handed share',
    avgSatCost: 'mean cost satisfaction',
    avgSatCard: 'mean funded approved projects',
    giniCost: 'Gini of cost satisfaction',
    giniCard: 'Gini of funded approved projects',
    none: '(none)',
    satisfied: 'satisfied',
    violated: 'violated',
    'too-large': 'too large to check',
  },
  'zh-CN': {
    measure: '指标',
    exact: '精确值',
    decimal: '小数',
    selected: '选中项目',
    voters: '投票人数',
    nonEmptyHanded: '非空手投票人比例',
    avgSatCost: '平均费用满意度',
    avgSatCard: '平均获资助的赞成项目数',
    giniCost: '费用满意度的基尼系数',
    giniCard: '获资助赞成项目数的基尼系数',
    none: '（无）',
    satisfied: '满足',
    violated: '不满足',
    'too-large': '规模过大，无法检验',
  },
};

/** `qingyuan analyze`: a rule's outcome on a `.pb` file and its voter-satisfaction analytics. */
export async function analyzeCommand(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      rule: { type: 'string' },
      utility: { type: 'string' },
      completion: { type: 'string' },
      'add1-step': { type: 'string' },
      format: { type: 'string' },
      check: { type: 'string' },
      'max-steps': { type: 'string' },
      lang: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    io.stdout(analyzeHelp);
    return 0;
  }
  const lang = parseLang(values.lang);
  const file = onePbFile('analyze', positionals, lang);
  const options = parsePbRuleOptions(values, lang);
  const format = oneOfFlag('--format', values.format, FORMATS, lang) ?? 'json';
  const checks = (values.check ?? '')
    .split(',')
    .map((p) => p.trim())
    .filter((p) => p !== '')
    .map((p) => oneOfFlag('--check', p, PROPERTIES, lang)!);
  let maxSteps: number | undefined;
  if (values['max-steps'] !== undefined) {
    maxSteps = Number(values['max-steps']);
    if (!/^\d+$/.test(values['max-steps']) || !Number.isSafeInteger(maxSteps) || maxSteps < 1) {
      throw new UsageError(
        lang === 'zh-CN'
          ? `--max-steps：应为正整数，实际为"${values['max-steps']}"`
          : `--max-steps: expected a positive whole number, got "${values['max-steps']}"`,
      );
    }
  }
  const { instance, metaLines } = await readPabulib(file, lang);
  const election = approvalElectionFromPabulib(instance, { metaLines });
  if (!election.ok) {
    throw new UsageError(`${file} ${election.violations[0]!.message[lang]}`);
  }
  const outcome = runPbRule(election.value, options);
  const analytics = outcomeAnalytics(election.value, outcome.selected);
  const proportionality: Partial<
    Record<JustifiedRepresentationProperty, JustifiedRepresentationResult>
  > = {};
  for (const property of checks) {
    proportionality[property] = checkJustifiedRepresentation(election.value, outcome.selected, {
      property,
      utility: options.utility,
      ...(maxSteps === undefined ? {} : { maxSteps }),
    });
  }
  if (format === 'json') {
    const json = {
      ...outcomeAnalyticsToJSON(analytics),
      ...(checks.length > 0 ? { proportionality } : {}),
    };
    io.stdout(`${JSON.stringify(json, null, 2)}\n`);
    return 0;
  }
  const l = LABELS[lang];
  const row = (label: string, value: Rational) => [label, value.toString(), value.toDecimal(6)];
  const rows = [
    [l.measure, l.exact, l.decimal],
    row(l.nonEmptyHanded, analytics.nonEmptyHanded),
    row(l.avgSatCost, analytics.avgSatCost),
    row(l.avgSatCard, analytics.avgSatCard),
    row(l.giniCost, analytics.giniCost),
    row(l.giniCard, analytics.giniCard),
  ];
  io.stdout(
    `${l.selected}: ${analytics.selected.length > 0 ? analytics.selected.join(', ') : l.none}\n` +
      `${l.voters}: ${analytics.voters}\n` +
      `${textTable(rows, ['l', 'r', 'r'])}\n` +
      Object.entries(proportionality)
        .map(([property, result]) => {
          const status = l[result.status];
          return `${property}: ${status}${'message' in result ? ` — ${result.message[lang]}` : ''}\n`;
        })
        .join(''),
  );
  return 0;
}
