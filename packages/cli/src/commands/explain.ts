import { parseArgs } from 'node:util';
import { explainProject, tally } from '@qingyuan/core';
import { UsageError, type CliIO } from '../io.js';
import { parseLang } from '../input/lang.js';
import { readMeetingAndBallots } from '../input/read-meeting-and-ballots.js';
import { explainPbCommand, explainPbHelp } from './explain-pb.js';

export const explainHelp = `Usage: qingyuan explain MEETING.json BALLOTS.json --project ID [--lang zh-CN|en] [--format text|json]

Breaks one project's score into its parts: per criterion the votes (or points), the weight
and the weighted score, then the total and the rank.

Options:
  --project ID     the project to explain (required)
  --lang LANG      zh-CN or en (default: from LANG, else en)
  --format FORMAT  text (default) or json
  -h, --help       show this help

${explainPbHelp}`;

/** `qingyuan explain`: one project's score, part by part. */
export async function explainCommand(args: string[], io: CliIO): Promise<number> {
  // A Pabulib file: explain a participatory-budgeting outcome instead (see explain-pb.ts).
  if (firstPositional(args)?.toLowerCase().endsWith('.pb')) return explainPbCommand(args, io);
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      project: { type: 'string' },
      lang: { type: 'string' },
      format: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    io.stdout(explainHelp);
    return 0;
  }
  const lang = parseLang(values.lang);
  const format = values.format ?? 'text';
  if (format !== 'text' && format !== 'json') {
    throw new UsageError(`--format: expected text or json, got "${format}"`);
  }
  if (values.project === undefined) throw new UsageError('explain needs --project ID');
  const { meeting, ballots } = await readMeetingAndBallots(positionals, 'explain', lang);
  const explanation = explainProject(meeting, tally(meeting, ballots), values.project, lang);
  if (explanation === null) {
    throw new UsageError(
      `${positionals[0]}: no project "${values.project}"; expected one of: ${meeting.projects.map((p) => p.id).join(', ')}`,
    );
  }
  io.stdout(
    format === 'json' ? `${JSON.stringify(explanation, null, 2)}\n` : `${explanation.text}\n`,
  );
  return 0;
}

const VALUE_OPTIONS = new Set([
  '--project',
  '--lang',
  '--format',
  '--rule',
  '--utility',
  '--completion',
  '--add1-step',
  '--voter',
]);

/** The first argument that is neither an option nor an option's value. */
function firstPositional(args: readonly string[]): string | undefined {
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--') return args[i + 1];
    if (VALUE_OPTIONS.has(arg)) i++;
    else if (!arg.startsWith('-')) return arg;
  }
  return undefined;
}
