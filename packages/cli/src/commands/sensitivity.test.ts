import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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

const meeting = fixture('pilot-meeting.json');

describe('qingyuan sensitivity', () => {
  it('says the pilot ranking does not depend on the weights', async () => {
    const { code, stdout } = await run(
      'sensitivity',
      meeting,
      fixture('pilot-ballots.json'),
      '--fund',
      '2000000',
    );
    expect(code).toBe(0);
    expect(stdout).toContain('Largest weight change that keeps the whole ranking: unlimited');
    expect(stdout).toContain('{jinhuali-home, xinghuayuan-children}');
  });

  it('prints the exact threshold of a close pair', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'qy-sens-'));
    const t = (pb: boolean, f: boolean, s: boolean) => ({
      'public-benefit': pb,
      feasibility: f,
      sustainability: s,
    });
    const ballots = ['v02', 'e01', 'v04'].map((voter, i) => ({
      voter,
      marks: {
        'jinhuali-home': [t(true, true, true), t(true, false, false), t(true, false, false)][i],
        'yuhuayuan-culture': [t(true, true, true), t(false, true, true), t(false, true, false)][i],
      },
    }));
    const file = join(dir, 'ballots.json');
    await writeFile(file, JSON.stringify(ballots));
    const json = JSON.parse((await run('sensitivity', meeting, file, '--format', 'json')).stdout);
    // v02 lives in yuhuayuan: recused from it, so yuhuayuan has (0,2,1) → 0.9 and jinhuali 1.8
    expect(json.metric).toBe('max-relative-change');
    expect(json.pairs[0]).toMatchObject({ above: 'jinhuali-home', below: 'yuhuayuan-culture' });
    // d = (3, -1, 0): margin 0.9, Σ w|d| = 1.2 + 0.3 = 1.5 → 3/5
    expect(json.pairs[0].threshold).toBe('3/5');
    const text = (await run('sensitivity', meeting, file, '--lang', 'zh-CN')).stdout;
    expect(text).toContain('60 % (3/5)');
  });

  it('rejects a fund that is not whole minor units', async () => {
    const { code, stderr } = await run(
      'sensitivity',
      meeting,
      fixture('pilot-ballots.json'),
      '--fund',
      '20000.5',
    );
    expect(code).toBe(2);
    expect(stderr).toContain('--fund: expected a whole number of minor units');
    expect((await run('sensitivity', '--help')).stdout).toContain('--fund AMOUNT');
  });
});
