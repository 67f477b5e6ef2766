import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import stringWidth from 'string-width';
import {
  localize,
  parseDocument,
  ReviewMeetingSchema,
  tally,
  type ReviewMeeting,
  type TallyResult,
} from '@qingyuan/core';
import { UsageError, type CliIO } from '../io.js';

export const tallyHelp = `Usage: qingyuan tally MEETING.json BALLOTS.json [--format table|json|csv] [--lang zh-CN|en]

Tallies a review meeting: every counted ballot's marks per project and criterion, times the
criterion's agreed weight, summed (or averaged), and ranked by the declared tie-break chain.
Rejected ballots are listed with every reason.

Options:
  --format FORMAT  table (default), json or csv
  --lang LANG      zh-CN or en (default en): names, titles and messages
  -h, --help       show this help

Exit codes: 0 done, 2 bad input (one line naming the file, where and what was expected).
`;

/** The two languages of the command's output. */
export type Lang = 'zh-CN' | 'en';

/** Reads `--lang`; throws a UsageError for anything but zh-CN and en. */
export function parseLang(value: string | undefined): Lang {
  if (value === undefined || value === 'en') return 'en';
  if (value === 'zh-CN' || value === 'zh') return 'zh-CN';
  throw new UsageError(`--lang: expected zh-CN or en, got "${value}"`);
}

/** Line and column (1-based) of a character offset. */
function lineColumn(text: string, offset: number): string {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  const column = offset - before.lastIndexOf('\n');
  return `line ${line}, column ${column}`;
}

/** Where JSON.parse fails: its reported position, else the shortest failing prefix. */
function errorOffset(text: string, message: string): number {
  const position = /at position (\d+)/.exec(message);
  if (position) return Number(position[1]);
  const failsInside = (k: number) => {
    try {
      JSON.parse(text.slice(0, k));
      return false;
    } catch (error) {
      return !/end of JSON input/.test((error as Error).message);
    }
  };
  let low = 0;
  let high = text.length;
  if (!failsInside(high)) return text.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (failsInside(mid)) high = mid;
    else low = mid + 1;
  }
  return Math.max(0, low - 1);
}

/**
 * Reads and parses a JSON file; a missing file or invalid JSON is a UsageError naming the file
 * and, for JSON, the line and column.
 */
export async function readJsonFile(file: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new UsageError(`${file}: no such file`);
    if (code === 'EISDIR') throw new UsageError(`${file}: is a directory, expected a JSON file`);
    throw new UsageError(`${file}: cannot read (${code ?? (error as Error).message})`);
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    const message = (error as Error).message;
    const offset = errorOffset(text, message);
    const what = /end of JSON input/.test(message)
      ? 'unexpected end of the file'
      : message.replace(/,? ".*" is not valid JSON$/s, '').replace(/ in JSON at position \d+/, '');
    throw new UsageError(`${file}: invalid JSON at ${lineColumn(text, offset)}: ${what}`);
  }
}

/** Reads a meeting.json; a schema failure names the file, the JSON path and what was expected. */
export async function readMeeting(file: string): Promise<ReviewMeeting> {
  const parsed = parseDocument(ReviewMeetingSchema, await readJsonFile(file));
  if (!parsed.ok) {
    const first = parsed.issues[0]!;
    const more = parsed.issues.length > 1 ? ` (and ${parsed.issues.length - 1} more)` : '';
    throw new UsageError(`${file}: ${first.where || '(document)'}: ${first.message}${more}`);
  }
  return parsed.value;
}

/** Reads a ballots.json: an array; each ballot is checked by the tally, not here. */
export async function readBallots(file: string): Promise<unknown[]> {
  const data = await readJsonFile(file);
  if (!Array.isArray(data)) {
    throw new UsageError(`${file}: (document): expected an array of ballots`);
  }
  return data;
}

/** Reads the two positional files of tally, explain and sensitivity. */
export async function readMeetingAndBallots(
  positionals: readonly string[],
  command: string,
): Promise<{ meeting: ReviewMeeting; ballots: unknown[] }> {
  if (positionals.length !== 2) {
    throw new UsageError(
      `${command} takes MEETING.json and BALLOTS.json (see \`qingyuan ${command} --help\`)`,
    );
  }
  const meeting = await readMeeting(positionals[0]!);
  const ballots = await readBallots(positionals[1]!);
  return { meeting, ballots };
}

/**
 * Lays out rows as a text table whose columns line up in a terminal, counting East Asian
 * wide characters (CJK) as two columns. `align` is 'l' or 'r' per column.
 */
export function textTable(
  rows: readonly (readonly string[])[],
  align: readonly ('l' | 'r')[],
): string {
  const widths: number[] = [];
  for (const row of rows) {
    row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, stringWidth(cell))));
  }
  return rows
    .map((row) =>
      row
        .map((cell, i) => {
          const pad = ' '.repeat(widths[i]! - stringWidth(cell));
          return align[i] === 'r' ? pad + cell : i === row.length - 1 ? cell : cell + pad;
        })
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}

function csvCell(value: string): string {
  return /[",\n\r]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

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
  lang: Lang,
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
      String(row.rank),
      row.project,
      titles.get(row.project) ?? row.project,
      String(row.total),
      row.exact.total,
      String(row.tied),
      ...meeting.criteria.flatMap((c) => [
        String(row.criteria[c.id]!.score),
        String(row.criteria[c.id]!.weighted),
      ]),
    ]);
    return `${[header, ...lines].map((line) => line.map(csvCell).join(',')).join('\n')}\n`;
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
  const { meeting, ballots } = await readMeetingAndBallots(positionals, 'tally');
  io.stdout(formatTally(meeting, tally(meeting, ballots), format, lang));
  return 0;
}
