import { adminCommand, adminHelp } from './commands/admin.js';
import { schemaCommand, schemaHelp } from './commands/schema.js';
import { allocateCommand, allocateHelp } from './commands/allocate.js';
import { serveCommand, serveHelp } from './commands/serve.js';
import { tallyCommand, tallyHelp } from './commands/tally.js';
import { explainCommand, explainHelp } from './commands/explain.js';
import { sensitivityCommand, sensitivityHelp } from './commands/sensitivity.js';
import { checkCommand, checkHelp } from './commands/check.js';
import { fundCommand, fundHelp } from './commands/fund.js';
import { verifyCommand, verifyHelp } from './commands/verify.js';
import { analyzeCommand, analyzeHelp } from './commands/analyze.js';
import type { CliIO } from './io.js';
import { runCommand } from './run-command.js';

type Command = {
  run: (args: string[], io: CliIO) => number | Promise<number>;
  help: string;
  summary: string;
};

/** Every subcommand, by name. */
export const commands: Record<string, Command> = {
  schema: { run: schemaCommand, help: schemaHelp, summary: 'print the JSON Schema of a document' },
  serve: { run: serveCommand, help: serveHelp, summary: 'run the ballot box (HTTP API + storage)' },
  admin: {
    run: adminCommand,
    help: adminHelp,
    summary: "create an organisation and print its operator key (the ballot box's database)",
  },
  allocate: {
    run: allocateCommand,
    help: allocateHelp,
    summary: 'allocate a participatory budget from a Pabulib .pb file',
  },
  analyze: {
    run: analyzeCommand,
    help: analyzeHelp,
    summary: 'measure how an outcome of a .pb file serves the voters',
  },
  tally: { run: tallyCommand, help: tallyHelp, summary: 'rank a review meeting from its ballots' },
  explain: {
    run: explainCommand,
    help: explainHelp,
    summary: "break one project's score into its parts, or explain an Equal Shares outcome (.pb)",
  },
  sensitivity: {
    run: sensitivityCommand,
    help: sensitivityHelp,
    summary: 'how far the weights can move before the ranking changes',
  },
  check: {
    run: checkCommand,
    help: checkHelp,
    summary: 'replay a project or meeting history and list every rule it breaks',
  },
  fund: {
    run: fundCommand,
    help: fundHelp,
    summary: 'write the funding decision from the tally and the recorded overrides',
  },
  verify: {
    run: verifyCommand,
    help: verifyHelp,
    summary: 'check a ballot-box export offline (audit log, receipts, recount)',
  },
};

function mainHelp(): string {
  const width = Math.max(...Object.keys(commands).map((name) => name.length));
  const list = Object.entries(commands)
    .map(([name, command]) => `  ${name.padEnd(width)}  ${command.summary}`)
    .join('\n');
  return `Usage: qingyuan <command> [options]

Commands:
${list}

Run \`qingyuan <command> --help\` for a command's options.
`;
}

/**
 * Runs the `qingyuan` command with its arguments (without `node` and the script) and returns
 * the exit code: 0 on success, 2 when the user's input is wrong (one line on stderr, no stack
 * trace), 1 on an unexpected failure.
 */
export async function main(argv: string[], io: CliIO, version = '0.0.0'): Promise<number> {
  const [name, ...args] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.stdout(mainHelp());
    return name === undefined ? 2 : 0;
  }
  if (name === '--version' || name === '-v') {
    io.stdout(`${version}\n`);
    return 0;
  }
  const command = commands[name];
  if (command === undefined || !Object.hasOwn(commands, name)) {
    io.stderr(`qingyuan: unknown command "${name}"; run \`qingyuan --help\`\n`);
    return 2;
  }
  return runCommand(command.run, args, io);
}
