import { expect } from 'vitest';
import {
  pilotApplications,
  pilotBodies,
  pilotDecision,
  pilotMeeting,
  pilotOpenSpaceSession,
  pilotParticipants,
  pilotRanking,
  pilotRound,
  pilotSummarySheet,
  pilotVettings,
} from '@qingyuan/core/examples';
import { lifecycleKinds } from '../../src/audit/lifecycle-entries.js';
import { organizerEvent } from '../../src/meeting/meeting-transition.js';
import type { TestDatabase } from './backends.js';
import { TestBox } from './ballot-box.js';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/**
 * The pilot round of @qingyuan/core's examples on a test box: an organisation with its role
 * credentials, the pilot review meeting published with the pilot ranking, the round created;
 * then its applications submitted, vetted and reviewed, and the funding decided.
 */
export const bearer = (token: string, more: Record<string, string> = {}) => ({
  authorization: `Bearer ${token}`,
  ...more,
});
export const zh = { 'accept-language': 'zh-CN' };

/** The pilot round as a new round: the lists the ballot box fills are empty. */
export const newRound = {
  ...pilotRound,
  applications: [],
  meetings: [],
  decisions: [],
  funded: [],
};

/**
 * A box with an organisation, its role credentials, the pilot round created, the pilot
 * review meeting of the organisation published with the pilot ranking, and the pilot's Open
 * Space session (where Jinhuali's application comes from).
 */
export async function pilotBox(store: TestDatabase) {
  const box = new TestBox(store);
  const repo = box.repository;
  const { organization, operatorKey } = await repo.createOrganization('Community Action');
  const org = organization.id;
  const token = async (role: Parameters<typeof repo.mintCredentials>[1], label: string = role) =>
    (await repo.mintCredentials(org, role, [label]))[0]!.secret;
  const keys = {
    operator: operatorKey,
    organizer: await token('organizer'),
    center: await token('service-center'),
    supervisor: await token('supervisor'),
    auditor: await token('auditor'),
    applicant: await token('applicant', 'Jinhuali residents'),
    otherApplicant: await token('applicant', 'Yuhuayuan residents'),
  };
  const created = await box.request(
    'POST',
    '/meetings',
    { meeting: pilotMeeting },
    bearer(operatorKey),
  );
  if (created.status !== 201) throw new Error(await created.text());
  for (const type of ['weights-locked', 'voting-opened', 'voting-closed'] as const) {
    await repo.changeMeeting(pilotMeeting.id, (record) => ({
      ok: true,
      change: {
        events: [organizerEvent(record.state, { type })],
        log: { kind: lifecycleKinds[type], data: {} },
      },
    }));
  }
  const published = await repo.changeMeeting(pilotMeeting.id, (record) => ({
    ok: true,
    change: {
      events: [
        organizerEvent(record.state, {
          type: 'results-published',
          payload: { ranking: pilotRanking },
        }),
      ],
      log: { kind: 'results.published', data: {} },
    },
  }));
  if (!published?.ok) throw new Error('could not publish the pilot meeting');
  const base = `/organizations/${org}/rounds`;
  const at = `${base}/${pilotRound.id}`;
  const res = await box.request(
    'POST',
    base,
    { round: newRound, bodies: pilotBodies, participants: pilotParticipants },
    bearer(operatorKey),
  );
  if (res.status !== 201) throw new Error(await res.text());
  // The Open Space session the pilot's Jinhuali application came from (its `origin`).
  await repo.openSpace.create(org, pilotOpenSpaceSession, []);
  return { box, org, keys, base, at };
}

export type Pilot = Awaited<ReturnType<typeof pilotBox>>;

/** Submits, vets and reviews the pilot applications (jinhuali-home by `keys.applicant`). */
export async function reviewed({ box, keys, at }: Pilot): Promise<Json[]> {
  const receipts: Json[] = [];
  for (const application of pilotApplications) {
    const key = application.id === 'jinhuali-home' ? keys.applicant : keys.otherApplicant;
    const res = await box.request(
      'POST',
      `${at}/applications`,
      { application, by: 'p-li', at: '2007-09-21T09:00:00+08:00' },
      bearer(key),
    );
    expect(res.status, await res.clone().text()).toBe(201);
    receipts.push(((await res.json()) as Json).receipt);
  }
  for (const vetting of pilotVettings) {
    const res = await box.request('POST', `${at}/vettings`, { vetting }, bearer(keys.center));
    expect(res.status, await res.clone().text()).toBe(201);
  }
  const review = await box.request(
    'POST',
    `${at}/reviews`,
    { meeting: pilotMeeting.id, by: 'p-center', at: '2007-09-27T14:00:00+08:00' },
    bearer(keys.center),
  );
  expect(review.status, await review.clone().text()).toBe(201);
  return receipts;
}

export const decisionBody = {
  id: pilotDecision.id,
  meeting: pilotMeeting.id,
  decidedBy: ['p-center'],
  decidedAt: pilotDecision.decidedAt,
  opinions: pilotDecision.opinions,
};

/** The Idempotency-Key {@link decided} sends the pilot's funding decision with. */
export const pilotDecisionKey = 'pilot-decision';

export async function decided(pilot: Pilot): Promise<void> {
  await reviewed(pilot);
  const { box, keys, at } = pilot;
  const sheet = await box.request(
    'POST',
    `${at}/summary-sheets`,
    { sheet: pilotSummarySheet },
    bearer(keys.supervisor),
  );
  expect(sheet.status, await sheet.clone().text()).toBe(201);
  const res = await box.request(
    'POST',
    `${at}/funding-decisions`,
    decisionBody,
    bearer(keys.center, { 'idempotency-key': pilotDecisionKey }),
  );
  expect(res.status, await res.clone().text()).toBe(201);
}
