import { parseArgs } from 'node:util';
import { localize, tally, toCsv, type ReviewMeeting, type TallyResult } from '@qingyuan/core';
import { UsageError, type CliIO } from '../io.js';
import type { Locale } from '@qingyuan/core';
import { parseLang } from '../input/lang.js';
import { readMeetingAndBallots } from '../input/read-meeting-and-ballots.js';
import { textTable } from '../input/text-table.js';

export const tallyHelp = `Usage: qingyuan tally MEETING.json BALLOTS.json [--format table|json|csv] [--lang zh-CN|en]

Tallies a review meeting: every counted ballot's marks per project and criterion, times the
criterion's agreed weight, summed (or averaged), and ranked by the declared tie-break chain.
Rejected ballots are listed with every reason.

Options:
  --format FORMAT  table (default), json or csv
  --lang LANG      zh-CN or en (default: from LANG, else en): names, titles and messages
  -h, --help       show this help

Exit codes: 0 done, 2 bad input (one line naming the file, where and what was expected).
`;

const labels = {
  en: {
    rank: 'Rank',
    project: 'Project',
    total: 'Total',
    tied: 'tied',
    counted: 'Counted ballots',
    rejected: 'Rejected ballots',
  },
  'zh-CN': {
    rank: '排名',
    project: '项目',
    total: '总分',
    tied: '同分',
    counted: '计入选票',
    rejected: '无效选票',
  },
} as const;

/** The tally as a table (for people), JSON or CSV. */
export function formatTally(
  meeting: ReviewMeeting,
  result: TallyResult,
  format: 'table' | 'json' | 'csv',
  lang: Locale,
): string {
  if (format === 'json') return `${JSON.stringify(result, null, 2)}\n`;
  const titles = new Map(meeting.projects.map((p) => [p.id, localize(p.title, lang)] as const));
  if (format === 'csv') {
    const header = [
      'rank',
      'project',
      'title',
      'total',
      'total_exact',
      'tied',
      ...meeting.criteria.flatMap((c) => [`${c.id}_score`, `${c.id}_weighted`]),
    ];
    const lines = result.ranking.map((row) => [
      row.rank,
      row.project,
      titles.get(row.project) ?? row.project,
      row.total,
      row.exact.total,
      row.tied,
      ...meeting.criteria.flatMap((c) => [row.criteria[c.id]!.score, row.criteria[c.id]!.weighted]),
    ]);
    // core's one CSV writer: titles that look like formulas are defused; LF line ends for pipes
    return toCsv([header, ...lines], { lineEnd: '\n' });
  }
  const l = labels[lang];
  const header = [
    l.rank,
    l.project,
    ...meeting.criteria.map((c) => `${localize(c.name, lang)} ×${c.weight}`),
    l.total,
  ];
  const rows = result.ranking.map((row) => [
    `${row.rank}${row.tied ? '=' : ''}`,
    `${titles.get(row.project) ?? row.project} (${row.project})`,
    ...meeting.criteria.map(
      (c) => `${row.criteria[c.id]!.score} → ${row.criteria[c.id]!.weighted}`,
    ),
    String(row.total),
  ]);
  const align = ['r', 'l', ...meeting.criteria.map(() => 'r' as const), 'r'] as ('l' | 'r')[];
  let text = `${textTable([header, ...rows], align)}\n`;
  if (result.ranking.some((row) => row.tied)) {
    text +=
      lang === 'zh-CN'
        ? '(= 同分,按规则顺序排列)\n'
        : '(= tied total, ordered by the tie-break chain)\n';
  }
  text += `\n${l.counted}: ${result.counted}\n`;
  if (result.rejected.length > 0) {
    text += `${l.rejected}: ${result.rejected.length}\n`;
    for (const rejected of result.rejected) {
      const reasons = rejected.reasons.map((reason) => reason.text[lang]).join('; ');
      text += `  #${rejected.index + 1} ${rejected.voter ?? '?'}: ${reasons}\n`;
    }
  }
  return text;
}

/** `qingyuan tally`: rank a review meeting's projects. */
export async function tallyCommand(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      format: { type: 'string' },
      lang: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    io.stdout(tallyHelp);
    return 0;
  }
  const format = values.format ?? 'table';
  if (format !== 'table' && format !== 'json' && format !== 'csv') {
    throw new UsageError(`--format: expected table, json or csv, got "${format}"`);
  }
  const lang = parseLang(values.lang);
  const { meeting, ballots } = await readMeetingAndBallots(positionals, 'tally', lang);
  io.stdout(formatTally(meeting, tally(meeting, ballots), format, lang));
  return 0;
}
