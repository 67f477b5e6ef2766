import { afterEach, beforeEach, expect, it } from 'vitest';
import { describeEachBackend, type TestDatabase } from '../../test/support/backends.js';
import { approvalMarks, pilotMeeting } from '../../test/support/fixtures.js';
import { verifyChain } from '../audit/hash-chain.js';
import { ballotReceipt } from '../audit/receipt.js';
import { BallotBoxRepository } from './repository.js';
import { turnout } from './voting-codes.js';
import { lifecycleOnly as open, openVoting } from '../../test/support/lifecycle-steps.js';

describeEachBackend('BallotBoxRepository', (backend) => {
  let store: TestDatabase;
  let repo: BallotBoxRepository;

  beforeEach(async () => {
    store = await backend.open();
    repo = new BallotBoxRepository(store);
  });
  afterEach(async () => {
    await store.dispose();
  });

  async function openMeeting(id = 'm1') {
    const created = await repo.createMeeting(pilotMeeting(id), {
      liveResults: false,
      corsOrigins: [],
    });
    if (!created.ok) throw new Error('meeting exists');
    await openVoting(repo, id);
    return created;
  }

  it('stores a meeting and only its own organizer token opens it', async () => {
    const a = await openMeeting('a');
    const b = await openMeeting('b');
    expect(a.organizerToken).toMatch(/^qyo_[A-Za-z0-9_-]{22}$/);
    expect(await repo.isOrganizer('a', a.organizerToken)).toBe(true);
    expect(await repo.isOrganizer('a', b.organizerToken)).toBe(false);
    expect(await repo.isOrganizer('nope', a.organizerToken)).toBe(false);
    expect((await repo.getMeeting('a'))?.document.projects).toHaveLength(3);
  });

  it("speaks core's status names in its records (the API's short names are the HTTP edge's)", async () => {
    await openMeeting('status');
    const record = await repo.getMeeting('status');
    expect(record?.status).toBe('voting-open');
    expect(record?.status).toBe(record?.state.status);
  });

  it('runs the same storage function on the database and inside a transaction', async () => {
    await openMeeting('trx');
    const before = await turnout(store.db, 'trx');
    const inside = await store.db
      .transaction()
      .execute(async (trx) => {
        await trx
          .insertInto('voter_codes')
          .values({
            id: 'c-EXTRA',
            meeting_id: 'trx',
            code_hash: 'f'.repeat(64),
            voter_id: 'c-EXTRA',
            ballots_cast: 0,
            created_at: new Date().toISOString(),
          })
          .execute();
        // Reads through the transaction see its own uncommitted write.
        const seen = await turnout(trx, 'trx');
        throw Object.assign(new Error('roll back'), { seen });
      })
      .catch((error: { seen: Awaited<ReturnType<typeof turnout>> }) => error.seen);
    expect(inside.codes).toBe(before.codes + 1);
    expect((await turnout(store.db, 'trx')).codes).toBe(before.codes);
  });

  it('refuses a second meeting with the same id', async () => {
    await openMeeting('same');
    const again = await repo.createMeeting(pilotMeeting('same'), {
      liveResults: false,
      corsOrigins: [],
    });
    expect(again.ok).toBe(false);
  });

  it('counts the last ballot of each code and keeps every submission in the chain', async () => {
    await openMeeting();
    const issued = await repo.issueCodes('m1', { count: 2 }, () => []);
    if (!issued?.ok) throw new Error('not issued');
    const [first, second] = issued.codes;
    const r1 = await repo.castBallot('m1', { code: first!.code, marks: approvalMarks() }, open);
    const r2 = await repo.castBallot(
      'm1',
      { code: first!.code.toLowerCase(), marks: approvalMarks(() => false) },
      open,
    );
    await repo.castBallot('m1', { code: second!.code, marks: approvalMarks() }, open);
    expect(r1).toMatchObject({ ok: true, seq: 1 });
    expect(r2).toMatchObject({ ok: true, seq: 2 });

    const counted = await repo.ballots('m1', { countedOnly: true });
    expect(counted.map((b) => [b.code, b.seq])).toEqual([
      [first!.id, 2],
      [second!.id, 1],
    ]);
    expect(counted[0]!.marks['jinhuali-home']!['feasibility']).toBe(false);
    expect(await repo.ballots('m1')).toHaveLength(3);
    expect(await repo.turnout('m1')).toEqual({ codes: 2, voted: 2, submissions: 3 });

    const log = await repo.auditLog('m1');
    expect(verifyChain(log)).toEqual([]);
    const receipts = log.filter((e) => e.kind === 'ballot.cast').map((e) => e.data['receipt']);
    expect(receipts).toHaveLength(3);
    for (const ballot of await repo.ballots('m1')) {
      expect(receipts).toContain(ballot.receipt);
      expect(ballot.receipt).toBe(
        ballotReceipt({ meeting: 'm1', code: ballot.code, seq: ballot.seq, marks: ballot.marks }),
      );
    }
  });

  it('commits ballots that arrive together as one group, in order, each with its own outcome', async () => {
    await openMeeting();
    const issued = await repo.issueCodes('m1', { count: 2 }, () => []);
    if (!issued?.ok) throw new Error('not issued');
    const [a, b] = issued.codes;
    const yes = approvalMarks();
    const no = approvalMarks(() => false);
    const before = (await repo.auditLog('m1')).length;
    // Queued in the same turn of the event loop: one group commit.
    const outcomes = await Promise.all([
      repo.castBallot('m1', { code: a!.code, marks: yes, idempotencyKey: 'a-1' }, open),
      repo.castBallot('m1', { code: a!.code, marks: yes, idempotencyKey: 'a-1' }, open),
      repo.castBallot('m1', { code: a!.code, marks: no, idempotencyKey: 'a-2' }, open),
      repo.castBallot('m1', { code: 'AAAA-BBBB-CCCC-DDDD-EEEE-FFFF-GG', marks: yes }, open),
      repo.castBallot('m1', { code: b!.code, marks: yes, idempotencyKey: 'b-1' }, open),
      repo.castBallot('m1', { code: b!.code, marks: no, idempotencyKey: 'b-1' }, open),
    ]);
    expect(outcomes.map((o) => (o.ok ? [o.code, o.seq, o.replayed] : o.reason))).toEqual([
      [a!.id, 1, false],
      [a!.id, 1, true],
      [a!.id, 2, false],
      'unknown-code',
      [b!.id, 1, false],
      'idempotency-key-reused',
    ]);
    const [first, retry] = outcomes;
    expect(first!.ok && retry!.ok && retry.receipt === first.receipt).toBe(true);
    expect(await repo.turnout('m1')).toEqual({ codes: 2, voted: 2, submissions: 3 });
    const log = await repo.auditLog('m1');
    expect(log).toHaveLength(before + 3);
    expect(verifyChain(log)).toEqual([]);
    expect((await repo.ballots('m1', { countedOnly: true })).map((x) => [x.code, x.seq])).toEqual([
      [a!.id, 2],
      [b!.id, 1],
    ]);
  });

  it('fails a whole group when one of its ballots cannot be checked, and writes none of it', async () => {
    await openMeeting();
    const issued = await repo.issueCodes('m1', { count: 2 }, () => []);
    if (!issued?.ok) throw new Error('not issued');
    const broken = {
      ...open,
      marks: () => {
        throw new Error('check failed');
      },
    };
    const before = (await repo.auditLog('m1')).length;
    const outcomes = await Promise.allSettled([
      repo.castBallot('m1', { code: issued.codes[0]!.code, marks: approvalMarks() }, open),
      repo.castBallot('m1', { code: issued.codes[1]!.code, marks: approvalMarks() }, broken),
    ]);
    expect(outcomes.map((o) => o.status)).toEqual(['rejected', 'rejected']);
    expect(await repo.ballots('m1')).toEqual([]);
    expect(await repo.auditLog('m1')).toHaveLength(before);
    expect(await repo.turnout('m1')).toEqual({ codes: 2, voted: 0, submissions: 0 });
    // The queue goes on: the next ballot is committed.
    const later = await repo.castBallot(
      'm1',
      { code: issued.codes[0]!.code, marks: approvalMarks() },
      open,
    );
    expect(later).toMatchObject({ ok: true, seq: 1 });
  });

  it('stores codes only as hashes and rejects unknown codes', async () => {
    await openMeeting();
    const issued = await repo.issueCodes('m1', { count: 1 }, () => []);
    if (!issued?.ok) throw new Error('not issued');
    const code = issued.codes[0]!.code;
    const rows = await store.db.selectFrom('voter_codes').selectAll().execute();
    expect(JSON.stringify(rows)).not.toContain(code);
    expect(JSON.stringify(rows)).not.toContain(code.replace(/-/g, ''));
    const outcome = await repo.castBallot(
      'm1',
      { code: 'AAAA-BBBB-CCCC-DDDD-EEEE-FFFF-GG', marks: {} },
      open,
    );
    expect(outcome).toEqual({ ok: false, reason: 'unknown-code' });
  });

  it('makes a retried submission with the same idempotency key a no-op', async () => {
    await openMeeting();
    const issued = await repo.issueCodes('m1', { count: 1 }, () => []);
    if (!issued?.ok) throw new Error('not issued');
    const code = issued.codes[0]!.code;
    const ballot = { code, marks: approvalMarks(), idempotencyKey: 'k-1' };
    const first = await repo.castBallot('m1', ballot, open);
    const retry = await repo.castBallot('m1', ballot, open);
    expect(first).toMatchObject({ ok: true, replayed: false });
    expect(retry).toMatchObject({ ok: true, replayed: true });
    if (!first.ok || !retry.ok) throw new Error('unreachable');
    expect(retry.receipt).toBe(first.receipt);
    expect(await repo.ballots('m1')).toHaveLength(1);
    const reused = await repo.castBallot(
      'm1',
      { ...ballot, marks: approvalMarks(() => false) },
      open,
    );
    expect(reused).toMatchObject({ ok: false, reason: 'idempotency-key-reused' });
  });

  it('refuses a ballot the decision rejects and writes nothing', async () => {
    await repo.createMeeting(pilotMeeting('draft'), { liveResults: false, corsOrigins: [] });
    const issued = await repo.issueCodes('draft', { count: 1 }, () => []);
    if (!issued?.ok) throw new Error('not issued');
    const before = (await repo.auditLog('draft')).length;
    const outcome = await repo.castBallot(
      'draft',
      { code: issued.codes[0]!.code, marks: approvalMarks() },
      open,
    );
    expect(outcome).toMatchObject({
      ok: false,
      reason: 'rules',
      violations: [{ rule: 'meeting.ballots-while-open' }],
    });
    expect(await repo.ballots('draft')).toEqual([]);
    expect(await repo.auditLog('draft')).toHaveLength(before);
  });

  it('stores collection items verbatim, hostile text included', async () => {
    const { record } = await repo.createCollection({
      kind: 'survey-responses',
      schemaName: null,
      corsOrigins: [],
    });
    const hostile = {
      name: "Robert'); DROP TABLE ballots;--",
      note: '<script>alert(1)</script>',
      emoji: '社区 🏘️ \u0000 \\',
    };
    await repo.addItem(record.id, hostile);
    await repo.addItem(record.id, { n: 2 });
    const items = await repo.listItems(record.id, 0, 10);
    expect(items.map((i) => i.document)).toEqual([hostile, { n: 2 }]);
    expect(await repo.listItems(record.id, 1, 10)).toHaveLength(1);
    expect(await repo.addItem('missing', {})).toEqual({ ok: false, reason: 'unknown-collection' });
  });

  it('stores a collection item once per idempotency key, even when retries race', async () => {
    const { record } = await repo.createCollection({
      kind: 'survey-responses',
      schemaName: null,
      corsOrigins: [],
    });
    const { record: other } = await repo.createCollection({
      kind: 'survey-responses',
      schemaName: null,
      corsOrigins: [],
    });
    const answer = { q1: 'yes', q2: ['a', 'b'] };
    const first = await repo.addItem(record.id, answer, { idempotencyKey: 'r-1' });
    expect(first).toMatchObject({ ok: true, replayed: false, item: { seq: 1 } });
    if (!first.ok) throw new Error('not stored');
    const retries = await Promise.all(
      [1, 2, 3].map(() => repo.addItem(record.id, answer, { idempotencyKey: 'r-1' })),
    );
    for (const retry of retries) {
      expect(retry).toEqual({ ok: true, replayed: true, item: first.item });
    }
    // Retries racing each other before any of them is stored: still stored once.
    const racing = await Promise.all(
      [1, 2, 3].map(() => repo.addItem(record.id, { q1: 'no' }, { idempotencyKey: 'r-2' })),
    );
    expect(racing.filter((outcome) => outcome.ok && !outcome.replayed)).toHaveLength(1);
    expect(racing.filter((outcome) => outcome.ok && outcome.replayed)).toHaveLength(2);
    expect(await repo.addItem(record.id, { q1: 'no' }, { idempotencyKey: 'r-1' })).toEqual({
      ok: false,
      reason: 'idempotency-key-reused',
    });
    // Keys belong to their collection; no key means no deduplication.
    expect(await repo.addItem(other.id, answer, { idempotencyKey: 'r-1' })).toMatchObject({
      ok: true,
      replayed: false,
      item: { seq: 1 },
    });
    await repo.addItem(record.id, answer);
    await repo.addItem(record.id, answer);
    const items = await repo.listItems(record.id, 0, 10);
    expect(items.map((item) => item.seq)).toEqual([1, 2, 3, 4]);
    expect(items.map((item) => item.document)).toEqual([answer, { q1: 'no' }, answer, answer]);
    expect((await repo.getCollection(record.id))?.items).toBe(4);
  });

  it('issues named-voter codes and reports them to the decision', async () => {
    await openMeeting();
    const issued = await repo.issueCodes('m1', { voters: ['v01', 'v02'] }, () => []);
    expect(issued).toMatchObject({ ok: true });
    let seen: string[] = [];
    const again = await repo.issueCodes('m1', { voters: ['v01'] }, (_m, existing) => {
      seen = [...existing].sort();
      return [
        {
          rule: 'ballot-box.one-code-per-voter',
          message: { en: 'v01 already has a code', 'zh-CN': 'v01 已有投票码' },
          path: [],
        },
      ];
    });
    expect(seen).toEqual(['v01', 'v02']);
    expect(again).toMatchObject({ ok: false });
    expect((await repo.codeVoters('m1')).map((c) => c.voter).sort()).toEqual(['v01', 'v02']);
  });
});
