import { afterEach, beforeEach, expect, it } from 'vitest';
import { spawnTimeout } from '../../../vitest.shared.mjs';
import { verifyMeetingExport, type MeetingExport } from '../src/verify/verify-export.js';
import { BallotBoxRepository } from '../src/storage/repository.js';
import { startServer, type RunningServer } from '../src/start-server.js';
import { describeEachBackend, type TestDatabase } from './support/backends.js';
import { killHard, startChildServer, type ChildServer } from './support/child-server.js';
import { approvalMarks, pilotMeeting } from './support/fixtures.js';
import { openVoting } from './support/lifecycle-steps.js';

type Code = { id: string; code: string };

describeEachBackend('ballot box under load and crashes', (backend) => {
  let store: TestDatabase;
  let repo: BallotBoxRepository;
  const servers: RunningServer[] = [];
  const children: ChildServer[] = [];

  beforeEach(async () => {
    store = await backend.open();
    repo = new BallotBoxRepository(store);
  });
  afterEach(async () => {
    for (const child of children.splice(0)) await killHard(child.process);
    for (const server of servers.splice(0)) await server.close();
    await store.dispose();
  });

  /** A meeting open for voting with `count` codes, set up straight in the database. */
  async function openMeeting(count: number): Promise<{ token: string; codes: Code[] }> {
    const created = await repo.createMeeting(pilotMeeting('load'), {
      liveResults: false,
      corsOrigins: [],
    });
    if (!created.ok) throw new Error('exists');
    const issued = await repo.issueCodes('load', { count }, () => []);
    if (!issued?.ok) throw new Error('codes');
    await openVoting(repo, 'load');
    return { token: created.organizerToken, codes: issued.codes };
  }

  const marksOf = (i: number) => approvalMarks((_p, c) => (i + c.length) % 3 !== 0);

  async function cast(url: string, code: Code, i: number): Promise<Response> {
    return fetch(`${url}/meetings/load/ballots`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'idempotency-key': `vote-${code.id}` },
      body: JSON.stringify({ code: code.code, marks: marksOf(i) }),
    });
  }

  /**
   * The meeting's export. A GET is safe to repeat, and is repeated once when its connection
   * fails: on a loaded machine the client may reuse a kept-alive connection in the same moment
   * the box closes it as idle (undici's "other side closed"), which says nothing of the ballots.
   */
  async function exported(url: string, token: string): Promise<MeetingExport> {
    const read = async () =>
      (await (
        await fetch(`${url}/meetings/load/export`, {
          headers: { authorization: `Bearer ${token}` },
        })
      ).json()) as MeetingExport;
    try {
      return await read();
    } catch (error) {
      if (!(error instanceof TypeError)) throw error;
      return read();
    }
  }

  it(
    'counts exactly one ballot per code when hundreds of voters retry concurrently',
    { timeout: spawnTimeout },
    async () => {
      const { token, codes } = await openMeeting(300);
      const server = await startServer({
        database: store.options,
        port: 0,
        perAddress: false,
        perCode: false,
      });
      servers.push(server);
      // Every voter sends the same ballot three times at once, as a flaky network would; at most
      // 200 requests are in flight at a time (more overflow the listen backlog of a busy machine).
      const jobs = codes.flatMap((code, i) => [0, 1, 2].map(() => () => cast(server.url, code, i)));
      const responses: Response[] = new Array<Response>(jobs.length);
      let nextJob = 0;
      await Promise.all(
        Array.from({ length: 200 }, async () => {
          while (nextJob < jobs.length) {
            const index = nextJob++;
            responses[index] = await jobs[index]!();
          }
        }),
      );
      const bodies = await Promise.all(
        responses.map(async (res) => ({
          status: res.status,
          body: (await res.json()) as { code: string; receipt: string; seq: number },
        })),
      );
      expect(bodies.filter((r) => r.status === 201)).toHaveLength(300);
      expect(bodies.filter((r) => r.status === 200)).toHaveLength(600);
      const receiptsByCode = new Map<string, Set<string>>();
      for (const { body } of bodies) {
        expect(body.seq).toBe(1);
        receiptsByCode.set(
          body.code,
          (receiptsByCode.get(body.code) ?? new Set()).add(body.receipt),
        );
      }
      expect([...receiptsByCode.values()].every((set) => set.size === 1)).toBe(true);

      const bundle = await exported(server.url, token);
      expect(bundle.ballots).toHaveLength(300);
      expect(new Set(bundle.ballots.map((b) => b.code)).size).toBe(300);
      expect(bundle.tally.counted).toBe(300);
      expect(verifyMeetingExport(bundle)).toMatchObject({ ok: true, problems: [] });
      expect(await repo.turnout('load')).toEqual({ codes: 300, voted: 300, submissions: 300 });
    },
  );

  it(
    'keeps every acknowledged ballot and nothing half-written across kill -9',
    { timeout: spawnTimeout },
    async () => {
      const { token, codes } = await openMeeting(200);
      const first = await startChildServer(store.options);
      children.push(first);

      const acknowledged = new Map<string, string>();
      let killed: Promise<void> | undefined;
      // 20 voters at a time, so the crash lands while most ballots are still to come (a group
      // commit may acknowledge everything already in flight).
      let nextCode = 0;
      await Promise.all(
        Array.from({ length: 20 }, async () => {
          while (nextCode < codes.length) {
            const i = nextCode++;
            const code = codes[i]!;
            try {
              const res = await cast(first.url, code, i);
              if (res.status === 201 || res.status === 200) {
                acknowledged.set(code.id, ((await res.json()) as { receipt: string }).receipt);
              }
            } catch {
              // The connection died with the server: not acknowledged, the voter will retry.
            }
            if (acknowledged.size >= 40 && killed === undefined) killed = killHard(first.process);
          }
        }),
      );
      await killed;
      await killHard(first.process);
      expect(acknowledged.size).toBeGreaterThanOrEqual(40);
      expect(acknowledged.size).toBeLessThan(200); // the crash did cut the load short

      const second = await startChildServer(store.options);
      children.push(second);
      const afterCrash = await exported(second.url, token);
      expect(verifyMeetingExport(afterCrash)).toMatchObject({ ok: true, problems: [] });
      const stored = new Map(afterCrash.ballots.map((b) => [b.code, b.receipt]));
      for (const [code, receipt] of acknowledged) expect(stored.get(code)).toBe(receipt);

      // Voters whose request got no answer retry with the same key: each code ends with one ballot.
      const retries = await Promise.all(codes.map((code, i) => cast(second.url, code, i)));
      expect(retries.every((res) => res.status === 200 || res.status === 201)).toBe(true);
      const final = await exported(second.url, token);
      expect(final.ballots).toHaveLength(200);
      expect(final.tally.counted).toBe(200);
      for (const [code, receipt] of acknowledged) {
        expect(final.ballots.find((b) => b.code === code)?.receipt).toBe(receipt);
      }
      expect(verifyMeetingExport(final).ok).toBe(true);
    },
  );

  it.runIf(backend.name === 'postgres')(
    'shows a ballot sent to one instance in the event stream of another (LISTEN/NOTIFY)',
    async () => {
      const { codes } = await openMeeting(2);
      const a = await startServer({ database: store.options, port: 0 });
      const b = await startServer({ database: store.options, port: 0 });
      servers.push(a, b);
      const controller = new AbortController();
      const stream = await fetch(`${b.url}/meetings/load/events`, { signal: controller.signal });
      const reader = stream.body!.getReader();
      const decoder = new TextDecoder();
      let text = '';
      const readUntil = async (needle: string) => {
        while (!text.includes(needle)) {
          const { value, done } = await reader.read();
          if (done) throw new Error(`stream ended before ${needle}`);
          text += decoder.decode(value);
        }
      };
      await readUntil('"voted":0');
      expect((await cast(a.url, codes[0]!, 0)).status).toBe(201);
      await readUntil('"voted":1');
      controller.abort();
    },
    30_000,
  );
});
