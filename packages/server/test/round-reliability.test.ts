import { afterEach, beforeEach, expect, it } from 'vitest';
import { spawnTimeout } from '../../../vitest.shared.mjs';
import {
  jinhualiExecutionHistory,
  pilotApplications,
  pilotMeeting,
  pilotRound,
  pilotSummarySheet,
} from '@qingyuan/core/examples';
import type { RoundReceipt } from '../src/audit/round-receipt.js';
import { verifyRoundExport, type RoundExport } from '../src/verify/verify-round-export.js';
import { describeEachBackend, type TestDatabase } from './support/backends.js';
import { killHard, startChildServer, type ChildServer } from './support/child-server.js';
import type { MeetingExport } from '../src/verify/verify-export.js';
import {
  bearer,
  decided,
  decisionBody,
  pilotBox,
  reviewed,
  type Pilot,
} from './support/pilot-round.js';

// Where a funding decision's server is killed, as fractions of the time a decision takes: before
// the request is read, while it decides and writes, after it answered.
const killPoints = [0, 1, 1.5, 2, 4];

describeEachBackend('a round across kill -9', (backend) => {
  let store: TestDatabase;
  const children: ChildServer[] = [];

  beforeEach(async () => {
    store = await backend.open();
  });
  afterEach(async () => {
    for (const child of children.splice(0)) await killHard(child.process);
    await store.dispose();
  });

  it(
    'keeps every acknowledged application and signature, and spends a code only with its signature',
    async () => {
      const pilot: Pilot = await pilotBox(store);
      await decided(pilot);
      const path = `/organizations/${pilot.org}/rounds/${pilotRound.id}`;
      const events = `${path}/projects/jinhuali-home/events`;
      const formed = jinhualiExecutionHistory.find((e) => e.type === 'team-formed')!;
      const res = await pilot.box.request(
        'POST',
        events,
        { event: formed },
        bearer(pilot.keys.applicant),
      );
      expect(res.status).toBe(201);
      // Signed at the same time: whichever the crash keeps, the other still fits after it.
      const signatures = jinhualiExecutionHistory
        .filter((e) => e.type === 'contract-signed')
        .map((e) => ({ ...e, at: '2007-10-11T16:00:00+08:00' }));
      const codes = await Promise.all(
        signatures.map(async (event) => {
          const member = event.type === 'contract-signed' ? event.payload.member : '';
          const [minted] = await pilot.box.repository.mintCredentials(pilot.org, 'team-member', [
            member,
          ]);
          return { id: minted!.id, code: minted!.secret };
        }),
      );

      // The requests of a busy afternoon: 80 applications of communities and the two signatures,
      // each with its Idempotency-Key (as an outbox sends them), 10 at a time.
      const jobs = [
        ...signatures.map((event, i) => ({
          key: `sign-${i}`,
          url: events,
          body: { code: codes[i]!.code, event },
          headers: {},
        })),
        ...Array.from({ length: 80 }, (_, i) => ({
          key: `apply-${i}`,
          url: `${path}/applications`,
          body: {
            application: { ...pilotApplications[0]!, id: `jinhuali-more-${i}` },
            by: 'p-li',
            at: '2007-09-21T09:00:00+08:00',
          },
          headers: bearer(pilot.keys.applicant),
        })),
      ];
      // The signatures go out among the first applications.
      jobs.splice(0, 0, ...jobs.splice(2, 6));
      const send = (url: string, job: (typeof jobs)[number]) =>
        fetch(`${url}${job.url}`, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            'idempotency-key': job.key,
            ...job.headers,
          },
          body: JSON.stringify(job.body),
        });

      const first = await startChildServer(store.options);
      children.push(first);
      const acknowledged = new Map<string, RoundReceipt>();
      let killed: Promise<void> | undefined;
      let next = 0;
      await Promise.all(
        Array.from({ length: 10 }, async () => {
          while (next < jobs.length) {
            const job = jobs[next++]!;
            try {
              const answer = await send(first.url, job);
              if (answer.status === 201 || answer.status === 200) {
                acknowledged.set(
                  job.key,
                  ((await answer.json()) as { receipt: RoundReceipt }).receipt,
                );
              }
            } catch {
              // The connection died with the server: not acknowledged, the sender retries.
            }
            if (acknowledged.size >= 15 && killed === undefined) killed = killHard(first.process);
          }
        }),
      );
      await killed;
      expect(acknowledged.size).toBeGreaterThanOrEqual(15);
      expect(acknowledged.size).toBeLessThan(jobs.length); // the crash did cut the load short

      const second = await startChildServer(store.options);
      children.push(second);
      const exportOf = async () =>
        (await (
          await fetch(`${second.url}${path}/export`, { headers: bearer(pilot.keys.auditor) })
        ).json()) as RoundExport;
      const afterCrash = await exportOf();
      const receipts = [...acknowledged.values()];
      const report = verifyRoundExport(afterCrash, { receipts });
      expect(report.problems).toEqual([]);
      expect(report.receipts.every((r) => r.inLog)).toBe(true);
      // A code is spent exactly when its signature is in the log: never one without the other.
      const listed = await pilot.box.repository.listCredentials(pilot.org, undefined, 1000);
      for (const { id } of codes) {
        const used = listed.items.find((c) => c.id === id)!.usedAt !== null;
        const signed = afterCrash.log.some(
          (entry) => entry.kind === 'project.event' && entry.data['credential'] === id,
        );
        expect(used, id).toBe(signed);
      }

      // Every sender retries with the same key: what was stored answers 200 with its receipt,
      // what was lost is stored now (201); each application and signature is there once.
      for (const job of jobs) {
        const answer = await send(second.url, job);
        const body = (await answer.json()) as { receipt: RoundReceipt };
        const earlier = acknowledged.get(job.key);
        if (earlier !== undefined) {
          expect(answer.status, job.key).toBe(200);
          expect(body.receipt).toEqual(earlier);
        } else {
          expect([200, 201], `${job.key}: ${JSON.stringify(body)}`).toContain(answer.status);
        }
      }
      const final = await exportOf();
      expect(verifyRoundExport(final).ok).toBe(true);
      expect(final.applications).toHaveLength(pilotApplications.length + 80);
      const history = final.projects.find((p) => p.id === 'jinhuali-home')!.history;
      expect(history.filter((e) => e.type === 'contract-signed')).toHaveLength(signatures.length);
    },
    spawnTimeout,
  );

  it(
    'stores a funding decision whole or not at all, and answers its retry the same after a restart',
    async () => {
      const outcomes: string[] = [];
      for (const fraction of killPoints) {
        const db = fraction === killPoints[0] ? store : await backend.open();
        try {
          const pilot = await pilotBox(db);
          await reviewed(pilot);
          const sheet = await pilot.box.request(
            'POST',
            `${pilot.at}/summary-sheets`,
            { sheet: pilotSummarySheet },
            bearer(pilot.keys.supervisor),
          );
          expect(sheet.status).toBe(201);
          const path = `/organizations/${pilot.org}/rounds/${pilotRound.id}`;
          const decide = (url: string) =>
            fetch(`${url}${path}/funding-decisions`, {
              method: 'POST',
              headers: {
                'content-type': 'application/json',
                'idempotency-key': `decide-${fraction}`,
                authorization: `Bearer ${pilot.keys.center}`,
              },
              body: JSON.stringify(decisionBody),
            });

          const first = await startChildServer(db.options);
          children.push(first);
          // A warm server (its code compiled, the round read once); how long a decision takes on
          // it is measured with one that core refuses (an override of no project), which walks
          // the same path up to the write. The kill then lands at fractions of that time.
          let took = 0;
          for (let i = 0; i < 3; i += 1) {
            const started = performance.now();
            const refused = await fetch(`${first.url}${path}/funding-decisions`, {
              method: 'POST',
              headers: {
                'content-type': 'application/json',
                authorization: `Bearer ${pilot.keys.center}`,
              },
              body: JSON.stringify({
                ...decisionBody,
                overrides: [{ project: 'nope', granted: 1, by: 'p-center', reason: { en: 'x' } }],
              }),
            });
            expect(refused.status).toBe(409);
            took = performance.now() - started;
          }
          const delay = took * fraction;
          let acknowledged: { receipt: RoundReceipt } | undefined;
          const sent = decide(first.url).then(
            async (answer) => {
              if (answer.status === 201)
                acknowledged = (await answer.json()) as typeof acknowledged;
            },
            () => undefined, // the connection died with the server: not acknowledged
          );
          await new Promise((resolve) => setTimeout(resolve, delay));
          await killHard(first.process);
          await sent;

          const second = await startChildServer(db.options);
          children.push(second);
          const state = async () => {
            const round = (await (
              await fetch(`${second.url}${path}/export`, { headers: bearer(pilot.keys.auditor) })
            ).json()) as RoundExport;
            const meeting = (await (
              await fetch(`${second.url}/meetings/${pilotMeeting.id}/export`)
            ).json()) as MeetingExport;
            return { round, meeting };
          };
          const after = await state();
          expect(verifyRoundExport(after.round).problems).toEqual([]);
          const stored = after.round.decisions.length;
          // Whole or nothing: the round's decision, the meeting's funding-decided event and every
          // approval of the meeting's projects are there together, or none of them.
          expect(stored === 0 || stored === 1).toBe(true);
          expect(
            after.meeting.history!.filter((event) => event.type === 'funding-decided'),
          ).toHaveLength(stored);
          expect(after.meeting.log.filter((e) => e.kind === 'funding.decided')).toHaveLength(
            stored,
          );
          const statuses = new Set(after.round.projects.map((p) => p.status));
          expect([...statuses]).toEqual([stored === 1 ? 'approved' : 'in-review']);
          if (acknowledged !== undefined) expect(stored).toBe(1);

          // The service center retries with the same key: a stored decision answers 200 with
          // the receipt it was (or would have been) acknowledged with; a lost one is decided now.
          const retry = await decide(second.url);
          const retried = (await retry.json()) as { receipt: RoundReceipt };
          expect(retry.status).toBe(stored === 1 ? 200 : 201);
          if (acknowledged !== undefined) expect(retried).toEqual(acknowledged);
          const final = await state();
          expect(final.round.decisions).toHaveLength(1);
          expect(
            final.meeting.history!.filter((event) => event.type === 'funding-decided'),
          ).toHaveLength(1);
          expect(verifyRoundExport(final.round, { receipts: [retried.receipt] }).ok).toBe(true);
          outcomes.push(acknowledged ? 'acknowledged' : stored === 1 ? 'stored' : 'lost');
          for (const child of children.splice(0)) await killHard(child.process);
        } finally {
          if (db !== store) await db.dispose();
        }
      }
      // The crash did cut some decisions short (killed before their answer).
      expect(outcomes.filter((o) => o !== 'acknowledged').length).toBeGreaterThan(0);
    },
    killPoints.length * spawnTimeout, // two server starts per kill point
  );
});
