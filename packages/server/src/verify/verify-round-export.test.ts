import { describe, expect, it } from 'vitest';
import {
  pilotApplications,
  pilotBodies,
  pilotParticipants,
  pilotRound,
  pilotVettings,
} from '@qingyuan/core/examples';
import { GENESIS_HASH } from '../audit/hash-chain.js';
import { roundReceipt } from '../audit/round-receipt.js';
import type { RoundsTable } from '../db/database-schema.js';
import { roundState } from '../round/round-state.js';
import { asAuditEntry } from '../storage/log-row.js';
import { roundChainEntry } from '../storage/round-log.js';
import { roundExport, verifyRoundExport } from './verify-round-export.js';

/** A small round's log: created, one application submitted, vetted. */
function pilotLog() {
  const row: RoundsTable = {
    organization_id: 'org-test',
    id: pilotRound.id,
    log_length: 0,
    log_head: GENESIS_HASH,
    created_at: '2007-03-01T00:00:00.000Z',
    updated_at: '2007-03-01T00:00:00.000Z',
  };
  const application = pilotApplications[0]!;
  const at = '2007-03-20T09:00:00+08:00';
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

describe('verifyRoundExport', () => {
  const log = pilotLog();
  const bundle = roundExport('org-test', roundState(log), log);

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
});
