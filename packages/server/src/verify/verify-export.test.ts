import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BallotBoxRepository } from '../storage/repository.js';
import { openDatabase, type BallotBoxDatabase } from '../db/open-database.js';
import { approvalMarks, pilotMeeting, pilotMeetingInput } from '../../test/support/fixtures.js';
import { GENESIS_HASH, entryHash, type AuditEntry } from '../audit/hash-chain.js';
import { tallyHash } from '../audit/publish-commitment.js';
import { createApp } from '../http/app.js';
import { tallyBallots } from '../meeting/meeting-tally.js';
import { lifecycleOnly, openVoting } from '../../test/support/lifecycle-steps.js';
import { verifyMeetingExport, type MeetingExport } from './verify-export.js';

describe('verifyMeetingExport', () => {
  let store: BallotBoxDatabase;
  let bundle: MeetingExport;

  beforeEach(async () => {
    store = await openDatabase({ file: ':memory:' });
    const repo = new BallotBoxRepository(store);
    await repo.createMeeting(pilotMeeting('m1'), { liveResults: false, corsOrigins: [] });
    const issued = await repo.issueCodes('m1', { count: 3 }, () => []);
    if (!issued?.ok) throw new Error('codes');
    await openVoting(repo, 'm1');
    for (const [i, code] of issued.codes.entries()) {
      await repo.castBallot(
        'm1',
        { code: code.code, marks: approvalMarks((p) => i > 0 || p === 'jinhuali-home') },
        lifecycleOnly,
      );
    }
    await repo.castBallot(
      'm1',
      { code: issued.codes[0]!.code, marks: approvalMarks(() => false) },
      lifecycleOnly,
    );
    const ballots = await repo.ballots('m1');
    const meeting = (await repo.getMeeting('m1'))!.document;
    const codes = await repo.codeVoters('m1');
    bundle = {
      meeting,
      ballots,
      log: await repo.auditLog('m1'),
      tally: tallyBallots(
        meeting,
        codes,
        ballots.filter((b) => b.counted),
      ),
      history: await repo.history('m1'),
    };
  });
  afterEach(() => store.close());

  const copy = (): MeetingExport => JSON.parse(JSON.stringify(bundle)) as MeetingExport;

  it('accepts an untouched export', () => {
    expect(verifyMeetingExport(copy())).toMatchObject({ ok: true, problems: [] });
    expect(bundle.tally.counted).toBe(3);
  });

  it('catches a changed ballot', () => {
    const tampered = copy();
    tampered.ballots[1]!.marks['jinhuali-home']!['feasibility'] = false;
    const report = verifyMeetingExport(tampered);
    expect(report.ok).toBe(false);
    expect(report.problems.map((p) => p.check)).toContain('receipt');
  });

  it('catches a removed ballot and a removed log entry', () => {
    const fewer = copy();
    fewer.ballots.splice(2, 1);
    expect(verifyMeetingExport(fewer).problems.map((p) => p.check)).toContain('log-ballot');
    const cut = copy();
    cut.log.splice(3, 1);
    expect(verifyMeetingExport(cut).problems.map((p) => p.check)).toContain('chain');
  });

  it('checks the lifecycle history with core and against the log', () => {
    expect(copy().history?.map((e) => e.type)).toEqual([
      'agenda-saved',
      'weights-locked',
      'voting-opened',
    ]);
    const skipped = copy();
    skipped.history!.splice(1, 1); // voting opened without locked weights
    const skippedChecks = verifyMeetingExport(skipped).problems;
    expect(skippedChecks.map((p) => p.message.en)).toContain(
      'the lifecycle history is not the one the log recorded',
    );
    expect(skippedChecks.map((p) => p.message['zh-CN'])).toContain(
      '生命周期历史与日志记录的不一致',
    );
    expect(
      skippedChecks.some((p) => p.message.en.startsWith("core's lifecycle refuses event 2")),
    ).toBe(true);
    const reweighted = copy();
    const saved = reweighted.history![0]!;
    if (saved.type !== 'agenda-saved') throw new Error('unreachable');
    saved.payload.meeting.criteria[0]!.weight = 5;
    expect(verifyMeetingExport(reweighted).problems.map((p) => p.check)).toEqual([
      'history',
      'history',
    ]);
  });

  it('catches a superseded ballot passed off as counted, a changed weight and a false tally', () => {
    const revived = copy();
    revived.ballots[0]!.counted = true;
    expect(verifyMeetingExport(revived).problems.map((p) => p.check)).toContain('counted');
    const reweighted = copy();
    reweighted.meeting.criteria[0]!.weight = 5;
    expect(verifyMeetingExport(reweighted).problems.map((p) => p.check)).toContain('meeting');
    const lied = copy();
    (lied.tally as { counted: number }).counted = 4;
    expect(verifyMeetingExport(lied).problems.map((p) => p.check)).toContain('recount');
  });

  it('catches a ballot exported twice, counted or superseded', () => {
    for (const index of [0, 1]) {
      const doubled = copy();
      doubled.ballots.splice(index + 1, 0, structuredClone(doubled.ballots[index]!));
      const { code, seq } = doubled.ballots[index]!;
      const report = verifyMeetingExport(doubled);
      expect(report.ok).toBe(false);
      expect(report.problems).toEqual([
        {
          check: 'duplicate',
          message: {
            en: `ballot ${code}#${seq} appears twice in the export`,
            'zh-CN': `选票 ${code}#${seq} 在导出中出现了两次`,
          },
        },
      ]);
    }
    // Appended at the end, where it also looks like the last ballot of its code.
    const appended = copy();
    appended.ballots.push(structuredClone(appended.ballots[1]!));
    expect(verifyMeetingExport(appended).problems.map((p) => p.check)).toEqual(['duplicate']);
  });

  it('catches a log that records one ballot twice', () => {
    const doubled = copy();
    const index = doubled.log.findIndex((entry) => entry.kind === 'ballot.cast');
    doubled.log.splice(index + 1, 0, structuredClone(doubled.log[index]!));
    doubled.log = rechain(doubled.log);
    for (const ballot of doubled.ballots) if (ballot.logSeq > index + 1) ballot.logSeq += 1;
    const { code, seq } = doubled.log[index]!.data as { code: string; seq: number };
    const problems = verifyMeetingExport(doubled).problems;
    expect(problems.map((p) => p.check)).toContain('duplicate');
    expect(problems.map((p) => p.message.en)).toContain(
      `the log records ballot ${code}#${seq} twice`,
    );
  });

  it("catches a ballot whose castAt or logSeq is not its log entry's", () => {
    const redated = copy();
    const ballot = redated.ballots[2]!;
    const key = `${ballot.code}#${ballot.seq}`;
    const original = ballot.castAt;
    ballot.castAt = '2020-01-01T00:00:00.000Z';
    const dated = verifyMeetingExport(redated);
    expect(dated.ok).toBe(false);
    expect(dated.problems).toEqual([
      {
        check: 'ballot-entry',
        message: {
          en: `ballot ${key}: castAt 2020-01-01T00:00:00.000Z is not the time of its log entry ${ballot.logSeq} (${original})`,
          'zh-CN': `选票 ${key}：投票时间 2020-01-01T00:00:00.000Z 与其日志第 ${ballot.logSeq} 条的时间（${original}）不符`,
        },
      },
    ]);
    const moved = copy();
    const other = moved.ballots[2]!;
    const logSeq = other.logSeq;
    other.logSeq = 1;
    expect(verifyMeetingExport(moved).problems).toEqual([
      {
        check: 'ballot-entry',
        message: {
          en: `ballot ${key}: logSeq 1 is not its log entry, which is entry ${logSeq}`,
          'zh-CN': `选票 ${key}：logSeq 1 不是其日志条目，其日志条目为第 ${logSeq} 条`,
        },
      },
    ]);
  });

  it('catches ballots exported out of the order they were cast', () => {
    const swapped = copy();
    [swapped.ballots[1], swapped.ballots[2]] = [swapped.ballots[2]!, swapped.ballots[1]!];
    const [later, earlier] = [swapped.ballots[1]!, swapped.ballots[2]!];
    const report = verifyMeetingExport(swapped);
    expect(report.ok).toBe(false);
    expect(report.problems).toEqual([
      {
        check: 'order',
        message: {
          en: `ballot ${earlier.code}#${earlier.seq} (log entry ${earlier.logSeq}) is listed after ballot ${later.code}#${later.seq} (log entry ${later.logSeq}): the ballots are not in the order cast`,
          'zh-CN': `选票 ${earlier.code}#${earlier.seq}（日志第 ${earlier.logSeq} 条）排在选票 ${later.code}#${later.seq}（日志第 ${later.logSeq} 条）之后：选票未按投票顺序排列`,
        },
      },
    ]);
    // Reordered with logSeq and castAt swapped too, to match the new places: the log tells.
    const relabelled = copy();
    const [a, b] = [relabelled.ballots[1]!, relabelled.ballots[2]!];
    relabelled.ballots[1] = b;
    relabelled.ballots[2] = a;
    [a.logSeq, b.logSeq] = [b.logSeq, a.logSeq];
    [a.castAt, b.castAt] = [b.castAt, a.castAt];
    expect(relabelled.ballots.map((ballot) => ballot.logSeq)).toEqual(
      [...relabelled.ballots.map((ballot) => ballot.logSeq)].sort((x, y) => x - y),
    );
    // Two ballots cast in the same millisecond share a castAt: then only logSeq differs.
    const perBallot = a.castAt === b.castAt ? ['ballot-entry'] : ['ballot-entry', 'ballot-entry'];
    expect(verifyMeetingExport(relabelled).problems.map((p) => p.check)).toEqual([
      ...perBallot,
      ...perBallot,
      'order',
    ]);
  });

  it('stays quiet on every untouched ballot field, and names the check of every edited one', () => {
    const fields = ['code', 'voter', 'seq', 'marks', 'receipt', 'logSeq', 'castAt', 'counted'];
    expect(Object.keys(bundle.ballots[0]!).sort()).toEqual([...fields].sort());
    for (const field of fields) {
      const edited = copy();
      const ballot = edited.ballots[1]! as unknown as Record<string, unknown>;
      const value = ballot[field];
      ballot[field] =
        typeof value === 'number'
          ? value + 1
          : typeof value === 'boolean'
            ? !value
            : typeof value === 'string'
              ? `${value}x`
              : {};
      expect(verifyMeetingExport(edited).ok, field).toBe(false);
    }
  });
});

/** Where the last `ballot.cast` entry stands in a log. */
function lastBallotIndex(log: readonly AuditEntry[]): number {
  return log.map((entry) => entry.kind).lastIndexOf('ballot.cast');
}

/** Rewrites a log's seq, prevHash and hash from the first entry on, as a forger would. */
function rechain(log: AuditEntry[]): AuditEntry[] {
  let prev = GENESIS_HASH;
  return log.map((entry, index) => {
    const seq = index + 1;
    const hash = entryHash(prev, { ...entry, seq });
    const rebuilt = { ...entry, seq, prevHash: prev, hash };
    prev = hash;
    return rebuilt;
  });
}

describe('verifyMeetingExport on a published meeting', () => {
  let store: BallotBoxDatabase;
  let bundle: MeetingExport;
  let announced: { length: number; head: string };
  let receipts: string[];

  beforeEach(async () => {
    store = await openDatabase({ file: ':memory:' });
    const repository = new BallotBoxRepository(store);
    const { operatorKey } = await repository.createOrganization('Verify test');
    const app = createApp({ repository, perAddress: false, perCode: false });
    const call = async (method: string, path: string, body?: unknown, token?: string) => {
      const res = await app.request(path, {
        method,
        headers: {
          'content-type': 'application/json',
          ...(token !== undefined ? { authorization: `Bearer ${token}` } : {}),
        },
        ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
      });
      return (await res.json()) as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
    };
    const { organizerToken: token } = await call(
      'POST',
      '/meetings',
      { meeting: pilotMeetingInput('p1') },
      operatorKey,
    );
    const { codes } = await call('POST', '/meetings/p1/codes', { count: 3 }, token);
    await call('POST', '/meetings/p1/lock-weights', undefined, token);
    await call('POST', '/meetings/p1/open', undefined, token);
    receipts = [];
    for (const [i, code] of (codes as { code: string }[]).entries()) {
      const cast = await call('POST', '/meetings/p1/ballots', {
        code: code.code,
        marks: approvalMarks((p) => i === 2 || p === 'yuhuayuan-culture'),
      });
      receipts.push(cast.receipt as string);
    }
    await call('POST', '/meetings/p1/close', undefined, token);
    await call('POST', '/meetings/p1/publish', undefined, token);
    announced = (await call('GET', '/meetings/p1/results')).log as typeof announced;
    bundle = (await call('GET', '/meetings/p1/export')) as MeetingExport;
  });
  afterEach(() => store.close());

  const copy = (): MeetingExport => JSON.parse(JSON.stringify(bundle)) as MeetingExport;
  const checks = (tampered: MeetingExport, withAnnounced = true) =>
    verifyMeetingExport(tampered, withAnnounced ? { announced } : {}).problems.map((p) => p.check);

  it('accepts the export the results announced, whose log ends with the committing publish entry', () => {
    const report = verifyMeetingExport(copy(), { announced });
    expect(report).toMatchObject({ ok: true, problems: [] });
    const last = bundle.log.at(-1)!;
    expect(last.kind).toBe('results.published');
    expect(announced).toEqual({ length: last.seq, head: last.hash });
    expect(last.data).toMatchObject({
      log: { length: last.seq - 1, head: last.prevHash },
      tally: tallyHash(report.recount),
    });
  });

  it('detects the last ballot cut off with every entry after it', () => {
    const cut = copy();
    const lastBallot = lastBallotIndex(cut.log);
    cut.log.splice(lastBallot);
    cut.ballots.pop();
    cut.ballots.at(-1)!.counted = true; // leave the rest consistent
    const report = verifyMeetingExport(cut);
    expect(report.ok).toBe(false);
    expect(report.problems.map((p) => p.check)).toEqual(['recount', 'truncated', 'history']);
    const truncated = report.problems.find((p) => p.check === 'truncated')!;
    expect(truncated.message.en).toBe(
      'the meeting was published, but its log stops before the publish entry: entries at its end were removed',
    );
    expect(truncated.message['zh-CN']).toBe(
      '评审会已公布结果，但日志在公布条目之前就结束了：末尾的条目被删除',
    );
    // Passed off as never published (status, history and tally edited to match): only the
    // announced log tells, and it does.
    cut.status = 'closed';
    cut.history = cut.history!.filter(
      (event) => !['voting-closed', 'results-published'].includes(event.type),
    );
    cut.tally = verifyMeetingExport(cut).recount;
    expect(verifyMeetingExport(cut).ok).toBe(true);
    const against = verifyMeetingExport(cut, { announced });
    expect(against.problems.map((p) => p.check)).toEqual(['truncated']);
    expect(against.problems[0]!.message.en).toMatch(
      new RegExp(`^the log does not hold the announced entry ${announced.length} \\(hash `),
    );
    expect(against.problems[0]!.message['zh-CN']).toContain(
      `日志中没有公布的第 ${announced.length} 条`,
    );
  });

  it('detects a forger who cut the last ballot and rebuilt the whole chain', () => {
    const forged = copy();
    const lastBallot = lastBallotIndex(forged.log);
    forged.log.splice(lastBallot, 1);
    forged.log = rechain(forged.log);
    forged.ballots.pop();
    forged.tally = verifyMeetingExport(forged).recount;
    const problems = verifyMeetingExport(forged, { announced }).problems;
    expect(problems.map((p) => p.check)).toEqual(['published', 'published', 'truncated']);
    expect(problems[0]!.message.en).toMatch(/^the publish entry commits to a log of \d+ entries/);
    expect(problems[1]!.message['zh-CN']).toBe(
      '公布条目承诺的计票结果与按导出选票重新计票的结果不符',
    );
  });

  it('detects an entry removed from the middle', () => {
    const cut = copy();
    const index = cut.log.findIndex((entry) => entry.kind === 'voting.opened');
    cut.log.splice(index, 1);
    const problems = verifyMeetingExport(cut, { announced }).problems;
    expect(problems.map((p) => p.check)).toContain('chain');
    const messages = problems.filter((p) => p.check === 'chain').map((p) => p.message);
    expect(messages[0]).toEqual({
      en: `log entry ${index + 2} stands where entry ${index + 1} should: an entry was removed, inserted or moved`,
      'zh-CN': `日志第 ${index + 2} 条出现在第 ${index + 1} 条的位置：有条目被删除、插入或移动`,
    });
    expect(messages.map((m) => m.en)).toContain(
      `log entry ${index + 2} does not follow the entry before it: an entry was removed, inserted or moved`,
    );
    expect(checks(cut)).toContain('truncated'); // the announced entry moved
  });

  it('detects reordered entries', () => {
    const swapped = copy();
    const first = swapped.log.findIndex((entry) => entry.kind === 'ballot.cast');
    [swapped.log[first], swapped.log[first + 1]] = [swapped.log[first + 1]!, swapped.log[first]!];
    const problems = verifyMeetingExport(swapped, { announced }).problems;
    expect(problems.filter((p) => p.check === 'chain').map((p) => p.message['zh-CN'])).toContain(
      `日志第 ${first + 2} 条出现在第 ${first + 1} 条的位置：有条目被删除、插入或移动`,
    );
  });

  it('detects an edited entry', () => {
    const edited = copy();
    const publish = edited.log.at(-1)!;
    (publish.data['ranking'] as { project: string }[])[0]!.project = 'jinhuali-home';
    const problems = verifyMeetingExport(edited, { announced }).problems;
    expect(problems.map((p) => p.message)).toContainEqual({
      en: `log entry ${publish.seq} was changed after it was written: its hash does not match its content`,
      'zh-CN': `日志第 ${publish.seq} 条在写入后被改动：哈希与内容不符`,
    });
  });

  it('tells voters whether their receipt is in the log and counted', () => {
    const report = verifyMeetingExport(copy(), {
      receipts: [receipts[1]!, 'f'.repeat(64)],
    });
    expect(report.receipts).toEqual([
      {
        receipt: receipts[1],
        inLog: true,
        logSeq: bundle.ballots[1]!.logSeq,
        counted: true,
      },
      { receipt: 'f'.repeat(64), inLog: false },
    ]);
    const cut = copy();
    cut.log.splice(bundle.ballots[1]!.logSeq - 1);
    expect(verifyMeetingExport(cut, { receipts: [receipts[1]!] }).receipts).toEqual([
      { receipt: receipts[1], inLog: false },
    ]);
  });
});
