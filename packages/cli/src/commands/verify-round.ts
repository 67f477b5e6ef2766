import type { RoundExport, RoundReceipt } from '@qingyuan/server';
import { UsageError, type CliIO } from '../io.js';
import type { Locale } from '@qingyuan/core';

const words = {
  en: {
    header: (file: string, round: string, projects: number, entries: number) =>
      `${file}: round ${round}, ${projects} project${projects === 1 ? '' : 's'}, ${entries} log entries`,
    valid: 'valid: the log is unbroken and every document is what it recorded',
    invalid: (n: number) => `invalid: ${n} problem${n === 1 ? '' : 's'}`,
    found: (r: RoundReceipt) => `receipt ${r.seq}:${r.hash}: found in the log (entry ${r.seq})`,
    missing: (r: RoundReceipt) => `receipt ${r.seq}:${r.hash}: not found in the log`,
    badReceipt: (given: string) =>
      `--receipt ${given}: a round receipt is SEQ:HASH (the seq and hash of the receipt answered)`,
  },
  'zh-CN': {
    header: (file: string, round: string, projects: number, entries: number) =>
      `${file}：轮次 ${round}，${projects} 个项目，${entries} 条日志`,
    valid: '有效：日志完整，每份文档都与日志记录一致',
    invalid: (n: number) => `无效：发现 ${n} 个问题`,
    found: (r: RoundReceipt) => `回执 ${r.seq}:${r.hash}：已记录在日志第 ${r.seq} 条`,
    missing: (r: RoundReceipt) => `回执 ${r.seq}:${r.hash}：日志中没有`,
    badReceipt: (given: string) => `--receipt ${given}：轮次回执的格式是 序号:哈希`,
  },
} as const;

/**
 * The round-export half of `qingyuan verify`: checks a round export with the server's
 * `verifyRoundExport`, prints what it found, and answers the exit code (0 valid and every
 * receipt found, 2 otherwise). Receipts are `SEQ:HASH`, as the round's receipts say.
 *
 * @example
 * await verifyRoundFile('round.json', bundle, ['13:5c82…'], 'en', io); // 0
 */
export async function verifyRoundFile(
  file: string,
  bundle: RoundExport,
  given: readonly string[],
  lang: Locale,
  io: CliIO,
): Promise<number> {
  const t = words[lang];
  const receipts = given.map((text): RoundReceipt => {
    const match = /^(\d+):([0-9a-f]{64})$/.exec(text.trim());
    if (!match) throw new UsageError(t.badReceipt(text));
    return { round: bundle.round.id, seq: Number(match[1]), hash: match[2]! };
  });
  const { verifyRoundExport } = await import('@qingyuan/server');
  const report = verifyRoundExport(bundle, { receipts });
  const lines = [t.header(file, bundle.round.id, bundle.projects.length, bundle.log.length)];
  if (report.ok) lines.push(t.valid);
  else {
    lines.push(t.invalid(report.problems.length));
    for (const problem of report.problems) {
      lines.push(`  [${problem.check}] ${problem.message[lang]}`);
    }
  }
  for (const check of report.receipts) {
    lines.push(check.inLog ? t.found(check.receipt) : t.missing(check.receipt));
  }
  io.stdout(`${lines.join('\n')}\n`);
  return report.ok ? 0 : 2;
}
