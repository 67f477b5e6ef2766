import { UsageError, type CliIO } from './io.js';

/**
 * Runs one subcommand and turns what it throws into the exit code: 2 when the user's input is
 * wrong (a UsageError or a flag `node:util` parseArgs refuses: one line on stderr, no stack
 * trace), 1 on an unexpected failure; otherwise the command's own code.
 *
 * @example
 * process.exitCode = await runCommand(allocateCommand, ['city.pb'], processIO);
 */
export async function runCommand(
  run: (args: string[], io: CliIO) => number | Promise<number>,
  args: string[],
  io: CliIO,
): Promise<number> {
  try {
    return await run(args, io);
  } catch (error) {
    if (error instanceof UsageError || isParseArgsError(error)) {
      io.stderr(`qingyuan: ${(error as Error).message}\n`);
      return 2;
    }
    io.stderr(`qingyuan: unexpected error: ${(error as Error)?.message ?? String(error)}\n`);
    return 1;
  }
}

function isParseArgsError(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS');
}
