import { describe, expect, it } from 'vitest';
import { main } from './cli.js';
import type { CliIO } from './io.js';

async function run(...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const io: CliIO = { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t) };
  const code = await main(argv, io, '1.2.3');
  return { code, stdout, stderr };
}

describe('qingyuan', () => {
  it('lists commands with --help', async () => {
    const { code, stdout } = await run('--help');
    expect(code).toBe(0);
    expect(stdout).toContain('schema');
  });

  it('prints its version', async () => {
    expect((await run('--version')).stdout).toBe('1.2.3\n');
  });

  it('rejects an unknown command with exit code 2 and one line', async () => {
    const { code, stderr } = await run('tallly');
    expect(code).toBe(2);
    expect(stderr).toBe('qingyuan: unknown command "tallly"; run `qingyuan --help`\n');
  });

  it('rejects an unknown flag without a stack trace', async () => {
    const { code, stderr } = await run('schema', '--lisst');
    expect(code).toBe(2);
    expect(stderr).toMatch(/^qingyuan: .*--lisst/);
    expect(stderr).not.toContain('    at ');
  });
});

describe('qingyuan schema', () => {
  it('lists the schema names', async () => {
    const { code, stdout } = await run('schema', '--list');
    expect(code).toBe(0);
    expect(stdout.split('\n')).toContain('ReviewMeeting');
  });

  it('prints a JSON Schema', async () => {
    const { code, stdout } = await run('schema', 'Ballot');
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ type: 'object', required: ['voter', 'marks'] });
  });

  it('names the expected schemas when the name is unknown', async () => {
    const { code, stderr } = await run('schema', 'Nope');
    expect(code).toBe(2);
    expect(stderr).toContain('expected one of:');
  });
});
