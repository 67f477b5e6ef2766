/** Where a command writes: injected so tests and embedding programs can capture it. */
export interface CliIO {
  stdout(text: string): void;
  stderr(text: string): void;
}

/** The process's own standard output and error. */
export const processIO: CliIO = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
};

/** A failure caused by what the user gave (a flag, a file): printed as one line, exit code 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}
