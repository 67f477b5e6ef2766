import { CompiledQuery } from 'kysely';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { describeEachBackend, type TestDatabase } from '../../test/support/backends.js';
import { approvalMarks, pilotMeeting } from '../../test/support/fixtures.js';
import { lifecycleOnly, openVoting } from '../../test/support/lifecycle-steps.js';
import { hashSecret, normalizeVotingCode } from '../security/secrets.js';
import { codesByHash, codesByHashQuery } from './codes-by-hash.js';
import { BallotBoxRepository } from './repository.js';

describeEachBackend('codesByHash', (backend) => {
  let store: TestDatabase;
  let repo: BallotBoxRepository;

  beforeEach(async () => {
    store = await backend.open();
    repo = new BallotBoxRepository(store);
  });
  afterEach(async () => {
    await store.dispose();
  });

  async function meetingWithCodes(id: string, count: number) {
    const created = await repo.createMeeting(pilotMeeting(id), {
      liveResults: false,
      corsOrigins: [],
    });
    if (!created.ok) throw new Error('meeting exists');
    await openVoting(repo, id);
    const issued = await repo.issueCodes(id, { count }, () => []);
    if (!issued?.ok) throw new Error('not issued');
    return issued.codes;
  }
  const hashOf = (code: string) => hashSecret(normalizeVotingCode(code));

  it('finds a group of codes by hash and only the meeting’s own', async () => {
    const mine = await meetingWithCodes('a', 3);
    const theirs = await meetingWithCodes('b', 2);
    const found = await codesByHash(
      store.db,
      'a',
      [...mine, ...theirs].map((c) => hashOf(c.code)),
    );
    expect(found.map((row) => row.id).sort()).toEqual(mine.map((c) => c.id).sort());
    expect(await codesByHash(store.db, 'a', [])).toEqual([]);
  });

  it('refuses a ballot cast with another meeting’s code', async () => {
    await meetingWithCodes('a', 1);
    const [theirs] = await meetingWithCodes('b', 1);
    const outcome = await repo.castBallot(
      'a',
      { code: theirs!.code, marks: approvalMarks() },
      lifecycleOnly,
    );
    expect(outcome).toEqual({ ok: false, reason: 'unknown-code' });
    expect(await repo.turnout('a')).toEqual({ codes: 1, voted: 0, submissions: 0 });
  });

  if (backend.name === 'sqlite') {
    it('looks a large group up through the hash index, not a scan of the meeting’s codes', async () => {
      const codes = await meetingWithCodes('a', 300);
      const compiled = codesByHashQuery(
        store.db,
        codes.slice(0, 150).map((c) => hashOf(c.code)),
      ).compile();
      const plan = await store.db.executeQuery<{ detail: string }>(
        CompiledQuery.raw(`EXPLAIN QUERY PLAN ${compiled.sql}`, [...compiled.parameters]),
      );
      const details = plan.rows.map((row) => row.detail).join('\n');
      expect(details).toMatch(/USING INDEX \S+ \(code_hash=\?\)/);
      expect(details).not.toMatch(/meeting_id=\?/);
    });
  }
});
