import { describe, expect, it } from 'vitest';
import {
  pilotApplications,
  pilotBodies,
  pilotOpenSpaceSession,
  pilotParticipants,
  pilotRound,
  pilotVettings,
} from '@qingyuan/core/examples';
import { entryHash, GENESIS_HASH, type AuditEntry } from '../audit/hash-chain.js';
import { roundReceipt } from '../audit/round-receipt.js';
import type { RoundsTable } from '../db/database-schema.js';
import { roundState } from '../round/round-state.js';
import { asAuditEntry } from '../storage/log-row.js';
import { roundChainEntry } from '../storage/round-log.js';
import { originSessions, roundExport, verifyRoundExport } from './verify-round-export.js';

/** A small round's log: created, one application submitted, vetted. */
function pilotLog() {
  const row: RoundsTable = {
    organization_id: 'org-test',
    id: pilotRound.id,
    log_length: 0,
    log_head: GENESIS_HASH,
    created_at: '2007-09-15T00:00:00.000Z',
    updated_at: '2007-09-15T00:00:00.000Z',
  };
  const application = pilotApplications[0]!;
  const at = '2007-09-21T09:00:00+08:00';
  const round = { ...pilotRound, applications: [], meetings: [], decisions: [], funded: [] };
  return [
    roundChainEntry(row, 'round.created', {
      round,
      bodies: pilotBodies,
      participants: pilotParticipants,
    }),
    roundChainEntry(row, 'application.submitted', {
      project: application.id,
      credential: 'cred-a',
      events: [
        { type: 'application-saved', at, by: 'p-li', payload: { application } },
        { type: 'submitted', at, by: 'p-li' },
      ],
    }),
    roundChainEntry(row, 'vetting.recorded', { vetting: pilotVettings[0], credential: 'cred-c' }),
  ].map(asAuditEntry);
}

/** An Open Space session's chained log: created, then one idea proposed. */
function sessionLog(): AuditEntry[] {
  const entries: AuditEntry[] = [];
  let prevHash = GENESIS_HASH;
  const at = '2007-08-18T09:00:00+08:00';
  for (const [kind, data] of [
    ['session.created', { session: pilotOpenSpaceSession.id }],
    ['idea.proposed', { idea: 'i-love-supermarket', by: 'p-li' }],
  ] as const) {
    const seq = entries.length + 1;
    const hash = entryHash(prevHash, { seq, kind, at, data });
    entries.push({ seq, kind, at, data, prevHash, hash });
    prevHash = hash;
  }
  return entries;
}

describe('verifyRoundExport', () => {
  const log = pilotLog();
  const sessions = [{ session: pilotOpenSpaceSession, log: sessionLog() }];
  const bundle = roundExport('org-test', roundState(log), log, sessions);

  it('accepts an untouched export and finds the receipts it was given', () => {
    const receipt = roundReceipt(pilotRound.id, log[1]!);
    const report = verifyRoundExport(bundle, { receipts: [receipt] });
    expect(report).toEqual({ ok: true, problems: [], receipts: [{ receipt, inLog: true }] });
    expect(bundle.round.applications).toEqual([pilotApplications[0]!.id]);
    expect(bundle.projects).toMatchObject([{ id: pilotApplications[0]!.id, status: 'submitted' }]);
  });

  it('finds a document changed beside an intact log, and an entry removed from the log', () => {
    // As a file holds it: the documents and the log are separate copies.
    const changed = JSON.parse(JSON.stringify(bundle)) as typeof bundle;
    changed.vettings[0]!.outcome = 'returned';
    expect(verifyRoundExport(changed).problems.map((p) => [p.check, p.message.en])).toEqual([
      ['documents', "the export's vettings are not what the log recorded"],
    ]);
    const cut = { ...bundle, log: [log[0]!, log[2]!] };
    const problems = verifyRoundExport(cut).problems.map((p) => p.check);
    expect(problems).toContain('chain');
    expect(problems).toContain('documents');
  });

  it('refuses a log that does not start with the round’s creation, and a receipt it lacks', () => {
    const report = verifyRoundExport(
      { ...bundle, log: log.slice(1) },
      { receipts: [{ round: pilotRound.id, seq: 9, hash: 'f'.repeat(64) }] },
    );
    const checks = report.problems.map((p) => p.check);
    expect(checks).toContain('chain'); // entry 2 stands first and follows nothing
    expect(checks.slice(-2)).toEqual(['log', 'receipt']);
    expect(report.receipts[0]!.inLog).toBe(false);
  });

  it('holds the Open Space session an application came from, checks its log and the ideas the application names', () => {
    expect(originSessions(roundState(log).applications)).toEqual([pilotOpenSpaceSession.id]);
    const withSessions = JSON.parse(JSON.stringify(bundle)) as typeof bundle;
    expect(verifyRoundExport(withSessions)).toMatchObject({ ok: true, problems: [] });

    const openSpaceProblems = (changed: typeof bundle) =>
      verifyRoundExport(changed)
        .problems.filter((p) => p.check === 'open-space')
        .map((p) => p.message.en);
    const copy = () => JSON.parse(JSON.stringify(withSessions)) as typeof bundle;

    const forged = copy();
    (forged.openSpace![0]!.log[1]!.data as { by: string }).by = 'p-someone-else';
    expect(openSpaceProblems(forged)).toEqual([
      expect.stringMatching(/^Open Space session os-qingyuan-2007: log entry 2 /),
    ]);

    const withoutIdea = copy();
    withoutIdea.openSpace![0]!.session.ideas = withoutIdea.openSpace![0]!.session.ideas.filter(
      (idea) => idea.id !== 'i-cheap-goods',
    );
    expect(openSpaceProblems(withoutIdea)).toEqual([
      'Session "os-qingyuan-2007" has no idea "i-cheap-goods"',
    ]);

    const dropped = copy();
    dropped.openSpace = [];
    expect(openSpaceProblems(dropped)).toEqual([
      `application ${pilotApplications[0]!.id} comes from Open Space session os-qingyuan-2007, which the export does not hold`,
    ]);
    // An export made before sessions were exported with the round is not held to them.
    const older = copy();
    delete older.openSpace;
    expect(verifyRoundExport(older).ok).toBe(true);
  });
});
