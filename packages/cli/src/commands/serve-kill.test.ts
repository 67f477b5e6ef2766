import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { jinhualiSurvey } from '@qingyuan/core/examples';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

// `kill -9` of the real `qingyuan serve` (the built bin, as an NGO runs it) on an SQLite file:
// whatever the box acknowledged with a 2xx before the kill — ballots and survey responses — is
// there after a restart on the same file, and the audit log still verifies (on the box and
// offline with `qingyuan verify`).

const bin = fileURLToPath(new URL('../../dist/bin.js', import.meta.url));

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const criteria = ['public-benefit', 'feasibility', 'sustainability'];
const projects = ['jinhuali-home', 'yuhuayuan-culture', 'xinghuayuan-children'];
const meeting = {
  id: 'crash-2026',
  title: { 'zh-CN': '断电演练评审会', en: 'Crash drill meeting' },
  criteria: criteria.map((id) => ({ id, name: { 'zh-CN': id, en: id }, weight: 1 / 3 })),
  method: { type: 'approval' },
  projects: projects.map((id, i) => ({
    id,
    title: { 'zh-CN': id, en: id },
    community: id.split('-')[0],
    requested: { amount: 100000 * (i + 1), currency: 'CNY' },
  })),
  voters: [],
};
const marksOf = (i: number) =>
  Object.fromEntries(
    projects.map((p, j) => [
      p,
      Object.fromEntries(criteria.map((c, k) => [c, (i + j + k) % 3 !== 0])),
    ]),
  );

/** A running `qingyuan serve`: its URL and what it printed. */
interface Served {
  child: ChildProcess;
  url: string;
  stdout: () => string;
}

/** Starts the bin on `db`; `firstStart` waits for the operator key it prints once, too. */
function serve(db: string, firstStart: boolean): Promise<Served> {
  const child = spawn(process.execPath, [bin, 'serve', '--db', db, '--port', '0'], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, QINGYUAN_OPERATOR_KEY: '' },
  });
  let out = '';
  let err = '';
  return new Promise((resolve, reject) => {
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const listening = /listening on (http:\/\/\S+)/.exec(out);
      // The operator key follows the listening line, maybe in a later chunk: wait for it too.
      const keyed = !firstStart || /\nqyk_\S+\n/.test(out);
      if (listening && keyed) resolve({ child, url: listening[1]!, stdout: () => out });
    });
    child.stderr!.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.once('exit', (code) => reject(new Error(`serve exited (${code}): ${err}`)));
  });
}

async function killHard(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const gone = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGKILL');
  await gone;
}

describe('qingyuan serve killed with SIGKILL', () => {
  let dir: string;
  const children: ChildProcess[] = [];

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'qingyuan-kill-'));
  });
  afterEach(async () => {
    for (const child of children.splice(0)) await killHard(child);
    rmSync(dir, { recursive: true, force: true });
  });

  it(
    'keeps every acknowledged ballot and survey response, and its log verifies',
    { timeout: 240_000 },
    async () => {
      const db = join(dir, 'box.db');
      const first = await serve(db, true);
      children.push(first.child);
      const operatorKey = /\n(qyk_\S+)\n/.exec(first.stdout())![1]!;
      const call = async (method: string, path: string, body?: unknown, headers: Json = {}) => {
        const res = await fetch(`${first.url}${path}`, {
          method,
          headers: { 'content-type': 'application/json', ...headers },
          ...(body === undefined ? {} : { body: JSON.stringify(body) }),
        });
        if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${await res.text()}`);
        return (await res.json()) as Json;
      };
      // Set up as an organizer would, through the API.
      const created = await call(
        'POST',
        '/meetings',
        { meeting },
        { authorization: `Bearer ${operatorKey}` },
      );
      const organizer = { authorization: `Bearer ${created.organizerToken as string}` };
      const { codes } = (await call(
        'POST',
        `/meetings/${meeting.id}/codes`,
        { count: 120 },
        organizer,
      )) as {
        codes: { id: string; code: string }[];
      };
      await call('POST', `/meetings/${meeting.id}/lock-weights`, undefined, organizer);
      await call('POST', `/meetings/${meeting.id}/open`, undefined, organizer);
      const collection = await call(
        'POST',
        '/collections',
        { kind: 'survey-responses', survey: jinhualiSurvey },
        { authorization: `Bearer ${operatorKey}` },
      );

      const ballots = new Map<string, string>(); // code id → receipt
      const responses = new Map<string, number>(); // response id → seq
      let killed: Promise<void> | undefined;
      const killAfter = 30;
      const send = async (path: string, body: unknown, key: string): Promise<Json | undefined> => {
        try {
          const res = await fetch(`${first.url}${path}`, {
            method: 'POST',
            headers: { 'content-type': 'application/json', 'idempotency-key': key },
            body: JSON.stringify(body),
          });
          return res.status === 200 || res.status === 201
            ? ((await res.json()) as Json)
            : undefined;
        } catch {
          return undefined; // the connection died with the box: not acknowledged
        }
      };
      let next = 0;
      await Promise.all(
        Array.from({ length: 8 }, async () => {
          while (next < codes.length) {
            const i = next++;
            const code = codes[i]!;
            const ballot = await send(
              `/meetings/${meeting.id}/ballots`,
              { code: code.code, marks: marksOf(i) },
              `ballot-${code.id}`,
            );
            if (ballot !== undefined) ballots.set(code.id, ballot.receipt as string);
            const response = {
              id: `resp-${i}`,
              survey: jinhualiSurvey.id,
              attributes: { residency: i % 2 === 0 ? 'migrant' : 'long-term' },
              answers: { 'q-needs': ['goods'] },
              submittedAt: '2026-12-05T10:00:00.000Z',
            };
            const stored = await send(
              `/collections/${collection.id as string}/items`,
              { document: response },
              `response-${i}`,
            );
            if (stored !== undefined) responses.set(response.id, stored.seq as number);
            if (ballots.size >= killAfter && killed === undefined) killed = killHard(first.child);
          }
        }),
      );
      await killed;
      expect(ballots.size).toBeGreaterThanOrEqual(killAfter);
      expect(ballots.size).toBeLessThan(codes.length); // the kill did cut the voting short

      // Restart on the same file: no new operator key, everything acknowledged is there.
      const second = await serve(db, false);
      children.push(second.child);
      expect(second.stdout()).not.toContain('operator key');
      const again = async (path: string, headers: Json) =>
        (await (await fetch(`${second.url}${path}`, { headers })).json()) as Json;
      const exported = await again(`/meetings/${meeting.id}/export`, organizer);
      const stored = new Map(
        (exported.ballots as Json[]).map((b) => [b.code as string, b.receipt as string]),
      );
      for (const [code, receipt] of ballots) expect(stored.get(code), code).toBe(receipt);
      const verified = await again(`/meetings/${meeting.id}/verify`, organizer);
      expect(verified).toMatchObject({ ok: true, problems: [] });
      const items = await again(`/collections/${collection.id as string}/items?limit=1000`, {
        authorization: `Bearer ${collection.organizerToken as string}`,
      });
      const seqs = new Map(
        (items.items as Json[]).map((item) => [item.document.id as string, item.seq as number]),
      );
      for (const [id, seq] of responses) expect(seqs.get(id), id).toBe(seq);

      // The export verifies offline too, with every acknowledged receipt in its log.
      const file = join(dir, 'export.json');
      writeFileSync(file, JSON.stringify(exported));
      const receipts = [...ballots.values()].flatMap((r) => ['--receipt', r]);
      const { stdout } = await promisify(execFile)(process.execPath, [
        bin,
        'verify',
        file,
        ...receipts,
        '--lang',
        'en',
      ]);
      expect(stdout).toContain('valid: nothing was changed, added, removed or cut off');
      expect(stdout.match(/found in the log/g)).toHaveLength(ballots.size);
    },
  );
});
