import { parseArgs } from 'node:util';
import {
  Rational,
  tally,
  weightSensitivity,
  type Money,
  type SensitivityReport,
} from '@qingyuan/core';
import { UsageError, type CliIO } from '../io.js';
import type { Locale } from '@qingyuan/core';
import { parseLang } from '../input/lang.js';
import { readMeetingAndBallots } from '../input/read-meeting-and-ballots.js';
import { textTable } from '../input/text-table.js';

export const sensitivityHelp = `Usage: qingyuan sensitivity MEETING.json BALLOTS.json [--fund AMOUNT] [--lang zh-CN|en] [--format text|json]

How much the agreed weights matter. A change of the weights is measured as the largest
relative change of any one weight (10 % = every weight may move by up to ±10 %). For each
pair of neighbours in the ranking it prints the smallest change that lets the lower project
catch up, and the largest change under which the whole ranking (and, with --fund, the set
of funded projects) stays the same.

Options:
  --fund AMOUNT    the fund in minor units (fen), in the currency of the projects
  --lang LANG      zh-CN or en (default: from LANG, else en)
  --format FORMAT  text (default) or json
  -h, --help       show this help
`;

function percent(value: string | null, lang: Locale): string {
  if (value === null)
    return lang === 'zh-CN'
      ? '不限(任何正权重都不改变结果)'
      : 'unlimited (no positive weights change it)';
  const exact = Rational.parse(value).mul(Rational.of(100));
  const text = exact.toDecimal(2);
  return `${Rational.parse(text).equals(exact) ? '' : '≈'}${text} %`;
}

/** The report as text for people. */
export function formatSensitivity(report: SensitivityReport, lang: Locale): string {
  const zh = lang === 'zh-CN';
  const header = zh
    ? ['名次', '上方项目', '下方项目', '分差', '可使二者交换的最小权重变化']
    : ['Rank', 'Above', 'Below', 'Margin', 'Smallest weight change to swap'];
  const rows = report.pairs.map((pair) => [
    `${pair.rank}/${pair.rank + 1}`,
    pair.above,
    pair.below,
    Rational.parse(pair.margin).toDecimal(4),
    pair.threshold === null
      ? zh
        ? pair.never === 'identical'
          ? '各项得分相同,权重无法区分'
          : '各项均不低于下方项目,不会交换'
        : pair.never === 'identical'
          ? 'identical scores: weights cannot separate them'
          : 'at least as good on every criterion: never'
      : `${percent(pair.threshold, lang)} (${pair.threshold})`,
  ]);
  let text = `${textTable([header, ...rows], ['l', 'l', 'l', 'r', 'l'])}\n\n`;
  text += zh
    ? `整个排名保持不变的最大权重变化: ${percent(report.ranking.value, lang)}\n`
    : `Largest weight change that keeps the whole ranking: ${percent(report.ranking.value, lang)}\n`;
  if (report.funded) {
    const f = report.funded;
    const bound = f.tight ? '' : zh ? '(下界)' : ' (a guaranteed lower bound)';
    text += zh
      ? `资助项目 ${f.projects.join('、') || '(无)'} 保持不变的最大权重变化: ${percent(f.value, lang)}${bound}\n`
      : `Largest weight change that keeps the funded set {${f.projects.join(', ')}}: ${percent(f.value, lang)}${bound}\n`;
  }
  return text;
}

/** `qingyuan sensitivity`: whether the weights decide the ranking. */
export async function sensitivityCommand(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      fund: { type: 'string' },
      lang: { type: 'string' },
      format: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    io.stdout(sensitivityHelp);
    return 0;
  }
  const lang = parseLang(values.lang);
  const format = values.format ?? 'text';
  if (format !== 'text' && format !== 'json') {
    throw new UsageError(`--format: expected text or json, got "${format}"`);
  }
  let amount: number | undefined;
  if (values.fund !== undefined) {
    amount = /^\d+$/.test(values.fund) ? Number(values.fund) : NaN;
    if (!Number.isSafeInteger(amount)) {
      throw new UsageError(
        `--fund: expected a whole number of minor units (fen), e.g. 2000000 for 20,000 yuan, got "${values.fund}"`,
      );
    }
  }
  const { meeting, ballots } = await readMeetingAndBallots(positionals, 'sensitivity', lang);
  let fund: Money | undefined;
  if (amount !== undefined) {
    const currencies = [...new Set(meeting.projects.map((p) => p.requested.currency))];
    if (currencies.length > 1) {
      throw new UsageError(
        `${positionals[0]}: projects request several currencies (${currencies.join(', ')}); --fund needs one`,
      );
    }
    fund = { amount, currency: currencies[0] ?? 'CNY' };
  }
  const report = weightSensitivity(meeting, tally(meeting, ballots), fund ? { fund } : {});
  io.stdout(
    format === 'json' ? `${JSON.stringify(report, null, 2)}\n` : formatSensitivity(report, lang),
  );
  return 0;
}
