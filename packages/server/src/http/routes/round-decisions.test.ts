import { afterEach, beforeEach, expect, it } from 'vitest';
import type { MeetingEvent } from '@qingyuan/core';
import {
  pilotDecision,
  pilotMeeting,
  pilotRound,
  pilotSummarySheet,
} from '@qingyuan/core/examples';
import { describeEachBackend, type TestDatabase } from '../../../test/support/backends.js';
import {
  bearer,
  decisionBody,
  pilotBox,
  reviewed,
  zh,
  type Pilot,
} from '../../../test/support/pilot-round.js';
import { contentHash } from '../../audit/content-hash.js';
import { fundingDecidedEvent } from '../../meeting/meeting-transition.js';
import { verifyMeetingExport, type MeetingExport } from '../../verify/verify-export.js';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

describeEachBackend('a round’s funding decision and its review meeting', (backend) => {
  let store: TestDatabase;
  let pilot: Pilot;

  beforeEach(async () => {
    store = await backend.open();
    pilot = await pilotBox(store);
    await reviewed(pilot);
    const sheet = await pilot.box.request(
      'POST',
      `${pilot.at}/summary-sheets`,
      { sheet: pilotSummarySheet },
      bearer(pilot.keys.supervisor),
    );
    expect(sheet.status).toBe(201);
  });
  afterEach(async () => {
    await store.dispose();
  });

  it('ends the meeting’s history with core’s funding-decided event, and its export still verifies', async () => {
    const { box, keys, at } = pilot;
    const problems = async (bundle?: MeetingExport) =>
      verifyMeetingExport(
        bundle ??
          ((await (
            await box.request('GET', `/meetings/${pilotMeeting.id}/export`)
          ).json()) as MeetingExport),
      ).problems.map((p) => p.message.en);
    // The pilot meeting was published by hand (no ballots, the test's own log kinds): whatever
    // its export already fails, the decision must add nothing to it.
    const published = await problems();
    const res = await box.request(
      'POST',
      `${at}/funding-decisions`,
      decisionBody,
      bearer(keys.center),
    );
    expect(res.status, await res.clone().text()).toBe(201);
    const { decision } = (await res.json()) as Json;

    const meeting = (await (
      await box.request('GET', `/meetings/${pilotMeeting.id}`)
    ).json()) as Json;
    expect(meeting.status).toBe('funding-decided');
    // The results stay public after the decision, and still commit to the publish entry.
    const results = await box.request('GET', `/meetings/${pilotMeeting.id}/results`);
    expect(results.status).toBe(200);
    expect(((await results.json()) as Json).log).toBeDefined();

    const exported = (await (
      await box.request('GET', `/meetings/${pilotMeeting.id}/export`)
    ).json()) as MeetingExport;
    const last = exported.history!.at(-1) as MeetingEvent;
    expect(last.type).toBe('funding-decided');
    expect(last.type === 'funding-decided' && last.payload.decision).toEqual(decision);
    expect(last.by).toBe('p-center');
    const entry = exported.log.at(-1)!;
    expect(entry.kind).toBe('funding.decided');
    expect(entry.data).toEqual({
      round: pilotRound.id,
      id: decision.id,
      decision: contentHash(decision),
    });
    expect(await problems(exported)).toEqual(published);
    // A decision swapped in the history afterwards no longer matches what the log recorded.
    const forged = structuredClone(exported);
    const forgedLast = forged.history!.at(-1)!;
    if (forgedLast.type === 'funding-decided')
      forgedLast.payload.decision.grants[0]!.amount.amount += 1;
    expect(await problems(forged)).toContain(
      'the lifecycle history is not the one the log recorded',
    );
    expect(published).not.toContain('the lifecycle history is not the one the log recorded');
    // A second funding entry after the publish entry is refused too.
    const doubled = structuredClone(exported);
    doubled.log.push({ ...doubled.log.at(-1)! });
    expect(verifyMeetingExport(doubled).problems.map((p) => p.check)).toContain('published');
  });

  it('tells the meeting’s live viewers its new status', async () => {
    const { box, keys, at } = pilot;
    const res = await box.request('GET', `/meetings/${pilotMeeting.id}/events`);
    const reader = res.body!.getReader();
    const decoder = new TextDecoder();
    let text = '';
    const readUntil = async (needle: string) => {
      while (!text.includes(needle)) {
        const { value, done } = await reader.read();
        if (done) throw new Error(`stream ended before ${needle}`);
        text += decoder.decode(value);
      }
    };
    await readUntil('"status":"published"');
    const decided = await box.request(
      'POST',
      `${at}/funding-decisions`,
      decisionBody,
      bearer(keys.center),
    );
    expect(decided.status).toBe(201);
    await readUntil('"status":"funding-decided"');
    await reader.cancel();
  });

  it('answers a retry with the same Idempotency-Key with the decision recorded, once', async () => {
    const { box, keys, at } = pilot;
    const key = { 'idempotency-key': 'decide-2007' };
    const first = await box.request(
      'POST',
      `${at}/funding-decisions`,
      decisionBody,
      bearer(keys.center, key),
    );
    expect(first.status).toBe(201);
    const answered = (await first.json()) as Json;
    const again = await box.request(
      'POST',
      `${at}/funding-decisions`,
      decisionBody,
      bearer(keys.center, key),
    );
    expect(again.status).toBe(200);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    expect(await again.json()).toEqual(answered);
    const other = await box.request(
      'POST',
      `${at}/funding-decisions`,
      { ...decisionBody, id: 'fd-2007-b' },
      bearer(keys.center, { ...key, ...zh }),
    );
    expect(other.status).toBe(422);
    expect(((await other.json()) as Json).message).toContain('Idempotency-Key');
    const exported = (await (
      await box.request('GET', `${at}/export`, undefined, bearer(keys.auditor))
    ).json()) as Json;
    expect(exported.decisions).toHaveLength(1);
    const history = (await (
      await box.request('GET', `/meetings/${pilotMeeting.id}/export`)
    ).json()) as MeetingExport;
    expect(history.history!.filter((e) => e.type === 'funding-decided')).toHaveLength(1);
  });

  it('refuses a decision on a meeting whose history already holds one, with core’s meeting rule, and stores nothing', async () => {
    const { box, keys, at } = pilot;
    // The meeting was decided outside this round (an imported history): core's lifecycle
    // allows no second funding-decided event.
    const elsewhere = await box.repository.changeMeeting(pilotMeeting.id, (record) => ({
      ok: true,
      change: {
        events: [fundingDecidedEvent(record.state, pilotDecision)],
        log: { kind: 'funding.decided', data: { decision: 'elsewhere' } },
      },
    }));
    expect(elsewhere?.ok).toBe(true);
    const before = (await (
      await box.request('GET', `/meetings/${pilotMeeting.id}/export`)
    ).json()) as MeetingExport;
    const res = await box.request(
      'POST',
      `${at}/funding-decisions`,
      decisionBody,
      bearer(keys.center, zh),
    );
    expect(res.status).toBe(409);
    const refused = (await res.json()) as Json;
    const violation = refused.violations.find((v: Json) => v.path[0] === 'meeting');
    expect(violation.rule).toMatch(/^meeting\./);
    expect(violation.message).toMatch(/[\u4e00-\u9fff]/);
    const after = (await (
      await box.request('GET', `/meetings/${pilotMeeting.id}/export`)
    ).json()) as MeetingExport;
    expect(after.log).toHaveLength(before.log.length);
    const round = (await (
      await box.request('GET', `${at}/export`, undefined, bearer(keys.auditor))
    ).json()) as Json;
    expect(round.decisions).toEqual([]);
    const project = (await (
      await box.request('GET', `${at}/projects/jinhuali-home`, undefined, bearer(keys.center))
    ).json()) as Json;
    expect(project.status).toBe('in-review');
  });
});
