import { parseArgs } from 'node:util';
import { UsageError, type CliIO } from '../io.js';
import { parseLang } from '../input/lang.js';
import { readJsonFile } from '../input/read-json-file.js';
import { readMeetingExport } from '../input/read-meeting-export.js';
import { roundExportFrom } from '../input/read-round-export.js';
import { verifyRoundFile } from './verify-round.js';

export const verifyHelp = `Usage: qingyuan verify EXPORT.json [--receipt R]... [--lang zh-CN|en]

Checks a ballot-box export (GET /meetings/:id/export) offline, as any observer can: the
hash-chained audit log holds, every ballot's receipt matches its marks and is in the log, no
ballot was added, removed or listed twice, only each code's last ballot counts, the meeting is
the one the log recorded, a recount with @qingyuan/core gives the exported result, and the
lifecycle history replays. With --receipt, says whether a voter's receipt is in the log and
whether its ballot counted.

A round export (GET /organizations/:org/rounds/:round/export) is checked too: its hash-chained
log holds, starts with the round's creation, and every document of the export (round,
applications, vettings, summary sheets, funding decisions, project histories) is what the log
recorded. Its receipts are given as SEQ:HASH.

Options:
  --receipt R    a receipt a voter kept, or SEQ:HASH for a round (repeatable)
  --lang LANG    zh-CN or en (default en)
  -h, --help     show this help

Exit codes: 0 the export is valid (and every receipt asked about is in it), 2 it is not (every
problem listed) or a receipt is not in it, 1 the file cannot be read or is not an export.
`;

const words = {
  en: {
    header: (file: string, meeting: string, ballots: number, entries: number) =>
      `${file}: meeting ${meeting}, ${ballots} ballot${ballots === 1 ? '' : 's'}, ${entries} log entries`,
    valid: 'valid: nothing was changed, added, removed or cut off; the recount matches',
    invalid: (n: number) => `invalid: ${n} problem${n === 1 ? '' : 's'}`,
    found: (receipt: string, seq: number | undefined, counted: boolean | undefined) =>
      `receipt ${receipt}: found in the log (entry ${seq}); ${counted ? 'its ballot counts' : 'a later ballot of the same code replaced it'}`,
    missing: (receipt: string) => `receipt ${receipt}: not found in the log`,
  },
  'zh-CN': {
    header: (file: string, meeting: string, ballots: number, entries: number) =>
      `${file}：评审会 ${meeting}，${ballots} 张选票，${entries} 条日志`,
    valid: '有效：没有改动、增加、删除或截断；重新计票结果一致',
    invalid: (n: number) => `无效：发现 ${n} 个问题`,
    found: (receipt: string, seq: number | undefined, counted: boolean | undefined) =>
      `回执 ${receipt}：已记录在日志第 ${seq} 条；${counted ? '该选票计入结果' : '已被同一投票码后来的选票取代'}`,
    missing: (receipt: string) => `回执 ${receipt}：日志中没有`,
  },
} as const;

/**
 * `qingyuan verify`: checks a ballot-box export offline with the server's verifier, loaded only
 * for this command (like `serve`), so `qingyuan --help` never loads the server.
 *
 * @example
 * await verifyCommand(['export.json', '--receipt', '3f9c…'], processIO); // 0 when valid
 */
export async function verifyCommand(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      receipt: { type: 'string', multiple: true },
      lang: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    io.stdout(verifyHelp);
    return 0;
  }
  const lang = parseLang(values.lang);
  if (positionals.length !== 1) {
    throw new UsageError(
      lang === 'zh-CN'
        ? `verify 需要一个导出文件，实际给了 ${positionals.length} 个`
        : `verify takes one EXPORT.json, got ${positionals.length}`,
    );
  }
  const file = positionals[0]!;
  let bundle;
  try {
    const value = await readJsonFile(file, lang);
    if ((value as { format?: unknown } | null)?.format === 'qingyuan-round-export') {
      const round = roundExportFrom(file, value, lang);
      return await verifyRoundFile(file, round, values.receipt ?? [], lang, io);
    }
    bundle = await readMeetingExport(file, lang);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.stderr(`qingyuan: ${error.message}\n`);
    return 1;
  }
  // The verifier lives in @qingyuan/server; loading it costs the server's start-up, so only
  // this command pays it.
  const { verifyMeetingExport } = await import('@qingyuan/server');
  const receipts = values.receipt ?? [];
  const report = verifyMeetingExport(bundle, { receipts });
  const t = words[lang];
  const lines = [t.header(file, bundle.meeting.id, bundle.ballots.length, bundle.log.length)];
  if (report.ok) lines.push(t.valid);
  else {
    lines.push(t.invalid(report.problems.length));
    for (const problem of report.problems)
      lines.push(`  [${problem.check}] ${problem.message[lang]}`);
  }
  for (const check of report.receipts) {
    lines.push(
      check.inLog ? t.found(check.receipt, check.logSeq, check.counted) : t.missing(check.receipt),
    );
  }
  io.stdout(`${lines.join('\n')}\n`);
  return report.ok && report.receipts.every((check) => check.inLog) ? 0 : 2;
}
