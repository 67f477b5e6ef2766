import { parseArgs } from 'node:util';
import {
  approvalElectionFromPabulib,
  explainEqualShares,
  explainEqualSharesProject,
  explainVoterShare,
} from '@qingyuan/core';
import { UsageError, type CliIO } from '../io.js';
import { parseLang } from '../input/lang.js';
import { oneOfFlag, parsePbRuleOptions } from '../input/pb-rule-options.js';
import { readPabulib } from '../input/read-pabulib.js';

export const explainPbHelp = `Usage: qingyuan explain FILE.pb --rule equal-shares (--project ID | --voter ID) [options]

Explains a Method of Equal Shares outcome on a Pabulib .pb file (approval ballots): for a
funded project, the round that bought it, what its supporters paid and its effective vote
count; for an unfunded one, what its supporters still had, how far short they were, how many
more supporters it needed, the round it lost and whether it fits the unspent budget; for a
voter, what their share paid for.

Options:
  --rule equal-shares      the rule to explain (required; only Equal Shares is explained)
  --project ID             the project to explain
  --voter ID               a VOTES voter_id: what that voter's share paid for
  --utility cost|cardinality
  --completion none|greedy|add1
  --add1-step AMOUNT       as for \`qingyuan allocate\`
  --lang zh-CN|en          the words (default en)
  --format text|json       text (default) or the exact data as JSON ("p/q" strings)
  -h, --help               show this help
`;

const FORMATS = ['text', 'json'] as const;

/** `qingyuan explain FILE.pb`: why Equal Shares funded a project or not, or what a voter's share paid for. */
export async function explainPbCommand(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      rule: { type: 'string' },
      utility: { type: 'string' },
      completion: { type: 'string' },
      'add1-step': { type: 'string' },
      project: { type: 'string' },
      voter: { type: 'string' },
      format: { type: 'string' },
      lang: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    io.stdout(explainPbHelp);
    return 0;
  }
  const lang = parseLang(values.lang);
  const zh = lang === 'zh-CN';
  const [file, ...extra] = positionals;
  if (file === undefined || extra.length > 0) {
    throw new UsageError(
      zh
        ? 'explain 只接受一个 FILE.pb（见 `qingyuan explain --help`）'
        : 'explain takes one FILE.pb (see `qingyuan explain --help`)',
    );
  }
  const options = parsePbRuleOptions(values, lang);
  if (options.rule !== 'equal-shares') {
    throw new UsageError(
      zh
        ? `explain FILE.pb 只解释平等份额法：请用 --rule equal-shares（${options.rule} 的结果可用 \`qingyuan analyze\` 分析）`
        : `explain FILE.pb explains Equal Shares only: use --rule equal-shares (analyse a ${options.rule} outcome with \`qingyuan analyze\`)`,
    );
  }
  const format = oneOfFlag('--format', values.format, FORMATS, lang) ?? 'text';
  if ((values.project === undefined) === (values.voter === undefined)) {
    throw new UsageError(
      zh
        ? 'explain FILE.pb 需要 --project ID 或 --voter ID 之一'
        : 'explain FILE.pb needs one of --project ID or --voter ID',
    );
  }
  const { instance, metaLines } = await readPabulib(file, lang);
  const election = approvalElectionFromPabulib(instance, { metaLines });
  if (!election.ok) {
    throw new UsageError(`${file} ${election.violations[0]!.message[lang]}`);
  }
  const explanation = explainEqualShares(election.value, {
    utility: options.utility,
    completion: options.completion,
    ...(options.add1Step ? { add1Step: options.add1Step } : {}),
  });

  let result: { text: { en: string; 'zh-CN': string } } & object;
  if (values.project !== undefined) {
    const story = explainEqualSharesProject(explanation, values.project);
    if (story === null) {
      const ids = instance.projects.map((p) => p.id).join(', ');
      throw new UsageError(
        zh
          ? `${file}：没有项目"${values.project}"；可选：${ids}`
          : `${file}: no project "${values.project}"; expected one of: ${ids}`,
      );
    }
    result = story;
  } else {
    const vote = instance.votes.find((v) => v.voterId === values.voter);
    if (vote === undefined) {
      throw new UsageError(
        zh ? `${file}：没有投票人"${values.voter}"` : `${file}: no voter "${values.voter}"`,
      );
    }
    const share = { voter: vote.voterId, ...explainVoterShare(explanation, vote.projects)! };
    result = share;
  }
  io.stdout(format === 'json' ? `${JSON.stringify(result, null, 2)}\n` : `${result.text[lang]}\n`);
  return 0;
}
