import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { tally, type MeetingEvent } from '@qingyuan/core';
import { pilotBallots, pilotMeeting } from '@qingyuan/core/examples';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../cli.js';
import type { CliIO } from '../io.js';

async function run(...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const io: CliIO = { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t) };
  return { code: await main(argv, io), stdout, stderr };
}

const t = (minute: number) => `2007-09-27T14:${String(minute).padStart(2, '0')}:00+08:00`;
const meetingHistory: MeetingEvent[] = [
  { type: 'agenda-saved', at: t(0), by: 'p-center', payload: { meeting: pilotMeeting } },
  { type: 'weights-locked', at: t(1), by: 'p-center' },
  { type: 'voting-opened', at: t(2), by: 'p-center' },
  ...pilotBallots.map((ballot, i): MeetingEvent => ({
    type: 'ballot-cast',
    at: t(3 + i),
    by: ballot.voter,
    payload: { ballot },
  })),
  { type: 'voting-closed', at: t(20), by: 'p-center' },
  {
    type: 'results-published',
    at: t(21),
    by: 'p-center',
    payload: {
      ranking: tally(pilotMeeting, pilotBallots).ranking.map(({ project, rank }) => ({
        project,
        rank,
      })),
    },
  },
];

let dir: string;
const file = (name: string) => join(dir, name);

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'qingyuan-check-'));
  const write = (name: string, value: unknown) =>
    writeFile(file(name), typeof value === 'string' ? value : JSON.stringify(value));
  await write('meeting-history.json', meetingHistory);
  // Tie-break changed after voting opened, and a ballot after voting closed.
  await write('late-meeting.json', [
    ...meetingHistory.slice(0, 4),
    {
      type: 'tie-break-set',
      at: t(4),
      by: 'p-center',
      payload: { tieBreak: ['lot'] },
    },
    ...meetingHistory.slice(4, 9),
    { type: 'ballot-cast', at: t(22), by: 'v06', payload: { ballot: { voter: 'v06', marks: {} } } },
  ]);
  await write('project-history.json', [
    {
      type: 'approved',
      at: t(0),
      by: 'p-random',
      payload: { granted: { amount: 99999999, currency: 'CNY' } },
    },
  ]);
  await write('broken.json', '[{"type": "submitted",\n  "at": oops}]');
  await write('bad-event.json', [{ type: 'submitted', at: 'yesterday', by: 'p-li' }]);
  await write('bodies.json', [
    {
      id: 'sg',
      kind: 'supervision-group',
      name: '项目监审组',
      members: [{ participant: 'p-sun' }],
    },
  ]);
  await write('bad-bodies.json', { bodies: [{ id: 'sg', kind: 'nope', name: 'x', members: [] }] });
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('qingyuan check', () => {
  it('replays a valid meeting history: exit 0 and the status reached', async () => {
    const { code, stdout } = await run('check', file('meeting-history.json'));
    expect(code).toBe(0);
    expect(stdout).toBe(
      `${file('meeting-history.json')}: review meeting history, 10 events\nno violation; status: results published\n`,
    );
    const zh = await run('check', file('meeting-history.json'), '--lang', 'zh-CN');
    expect(zh.stdout).toContain('没有违反规则；状态：结果已公布');
  });

  it('prints every violation with rule, path and message; exit 2', async () => {
    const stopped = await run('check', file('late-meeting.json'), '--lang', 'zh-CN');
    expect(stopped.code).toBe(2);
    expect(stopped.stdout).toContain('事件 [4] tie-break-set');
    expect(stopped.stdout).toContain(
      '  meeting.tie-break-before-voting  [4].payload.tieBreak\n    投票已经开始，决胜顺序不能再修改',
    );
    expect(stopped.stdout).toContain('其后 6 个事件未检查');
    const all = await run('check', file('late-meeting.json'), '--keep-going');
    expect(all.code).toBe(2);
    expect(all.stdout).toContain('meeting.ballots-while-open  [10].type');
    expect(all.stdout).toContain('Voting has closed; ballots are no longer accepted');
    expect(all.stdout).toMatch(/2 violations\n$/);
  });

  it('--format json gives the refused events with their violations in both languages', async () => {
    const { code, stdout } = await run('check', file('late-meeting.json'), '--format', 'json');
    expect(code).toBe(2);
    expect(JSON.parse(stdout)).toEqual({
      kind: 'meeting',
      events: 11,
      status: 'voting-open',
      unchecked: 6,
      refused: [
        {
          index: 4,
          event: expect.objectContaining({ type: 'tie-break-set', by: 'p-center' }),
          violations: [
            {
              rule: 'meeting.tie-break-before-voting',
              message: {
                'zh-CN': '投票已经开始，决胜顺序不能再修改',
                en: 'Voting has opened; the tie-break chain can no longer change',
              },
              path: ['payload', 'tieBreak'],
            },
          ],
        },
      ],
    });
  });

  it('checks project histories with their context', async () => {
    const { code, stdout } = await run(
      'check',
      file('project-history.json'),
      '--context',
      file('bodies.json'),
    );
    expect(code).toBe(2);
    expect(stdout).toContain(`${file('project-history.json')}: project history, 1 event`);
    expect(stdout).toContain('project.event-allowed  [0].type');
  });

  it('exit 1 with one localized line naming the file and the path for unreadable input', async () => {
    const missing = await run('check', file('nope.json'));
    expect(missing).toEqual({
      code: 1,
      stdout: '',
      stderr: `qingyuan: ${file('nope.json')}: no such file\n`,
    });
    const broken = await run('check', file('broken.json'), '--lang', 'zh-CN');
    expect(broken.code).toBe(1);
    expect(broken.stderr).toMatch(/broken\.json: JSON 格式错误（第 \d+ 行第 \d+ 列）/);
    const badEvent = await run('check', file('bad-event.json'));
    expect(badEvent.code).toBe(1);
    expect(badEvent.stderr).toMatch(/bad-event\.json: \[0\]\.at: /);
    const badContext = await run(
      'check',
      file('project-history.json'),
      '--context',
      file('bad-bodies.json'),
    );
    expect(badContext.code).toBe(1);
    expect(badContext.stderr).toMatch(/bad-bodies\.json bodies\[0\]: kind: /);
    const notHistory = await run('check', file('bad-bodies.json'), '--lang', 'zh-CN');
    expect(notHistory.stderr).toContain('不是项目或评审会历史');
    for (const result of [missing, broken, badEvent, badContext, notHistory]) {
      expect(result.stderr).not.toMatch(/\n\s+at /);
    }
  });

  it('shows its help', async () => {
    expect((await run('check', '--help')).stdout).toContain('--context FILE');
    expect((await run('--help')).stdout).toContain('check');
  });
});
