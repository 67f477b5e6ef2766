import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { main } from '../cli.js';
import type { CliIO } from '../io.js';

const fixture = (name: string) =>
  fileURLToPath(new URL(`../../test/fixtures/meeting/${name}`, import.meta.url));

async function run(...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const io: CliIO = { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t) };
  return { code: await main(argv, io), stdout, stderr };
}

const files = [fixture('pilot-meeting.json'), fixture('pilot-ballots.json')];

describe('qingyuan explain', () => {
  it('breaks a project into its parts in Chinese', async () => {
    const { code, stdout } = await run(
      'explain',
      ...files,
      '--project',
      'jinhuali-home',
      '--lang',
      'zh-CN',
    );
    expect(code).toBe(0);
    expect(stdout).toBe(
      '新居民之家 (jinhuali-home)\n公益性 4 票 × 0.4 = 1.6\n可行性 2 票 × 0.3 = 0.6\n可持续性 2 票 × 0.3 = 0.6\n合计 1.6 + 0.6 + 0.6 = 2.8,排名第 1/4\n',
    );
  });

  it('and in English as JSON', async () => {
    const { stdout } = await run(
      'explain',
      ...files,
      '--project',
      'yuhuayuan-culture',
      '--format',
      'json',
    );
    expect(JSON.parse(stdout)).toMatchObject({ rank: 3, total: '13/10' });
  });

  it('needs a known --project', async () => {
    expect((await run('explain', ...files)).stderr).toBe('qingyuan: explain needs --project ID\n');
    const unknown = await run('explain', ...files, '--project', 'nope');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('no project "nope"; expected one of: jinhuali-home');
    expect((await run('explain', '--help')).stdout).toContain('--project ID');
  });
});
