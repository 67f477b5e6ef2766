import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BallotBoxRepository } from '../storage/repository.js';
import { openDatabase, type BallotBoxDatabase } from '../db/open-database.js';
import { approvalMarks, pilotMeeting } from '../../test/support/fixtures.js';
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
    expect(skippedChecks.map((p) => p.message)).toContain(
      'the lifecycle history is not the one the log recorded',
    );
    expect(
      skippedChecks.some(
        (p) =>
          p.message.startsWith('core’s lifecycle refuses event 2') ||
          p.message.startsWith("core's lifecycle refuses event 2"),
      ),
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
});
