import { afterEach, beforeEach, expect, it } from 'vitest';
import { pilotApplications } from '@qingyuan/core/examples';
import { describeEachBackend, type TestDatabase } from '../../../test/support/backends.js';
import { openSpaceSession } from '../../../test/support/open-space-fixtures.js';
import { bearer, pilotBox, zh, type Pilot } from '../../../test/support/pilot-round.js';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

describeEachBackend('an application that came from an Open Space idea', (backend) => {
  let store: TestDatabase;
  let pilot: Pilot;
  let sessions: string;

  beforeEach(async () => {
    store = await backend.open();
    pilot = await pilotBox(store);
    sessions = `/organizations/${pilot.org}/sessions`;
    const created = await pilot.box.request(
      'POST',
      sessions,
      { session: openSpaceSession() },
      bearer(pilot.keys.operator),
    );
    expect(created.status).toBe(201);
  });
  afterEach(async () => {
    await store.dispose();
  });

  const submit = (origin: unknown, id = 'jinhuali-lamps', headers: Record<string, string> = {}) =>
    pilot.box.request(
      'POST',
      `${pilot.at}/applications`,
      { application: { ...pilotApplications[0]!, id, origin }, by: 'p-li' },
      bearer(pilot.keys.applicant, headers),
    );

  it('keeps the link to its session and idea, and the session report shows the idea became it', async () => {
    const before = (await (
      await pilot.box.request('GET', `${sessions}/os-2007/report`)
    ).json()) as Json;
    expect(before.summary.becameApplications).toBe(0);
    const res = await submit({ session: 'os-2007', ideas: ['i-lamps'] });
    expect(res.status, await res.clone().text()).toBe(201);
    // Another application without an origin is not in the report.
    expect((await submit(undefined, 'jinhuali-other')).status).toBe(201);

    const report = (await (
      await pilot.box.request('GET', `${sessions}/os-2007/report`)
    ).json()) as Json;
    const lamps = report.ideas.find((entry: Json) => entry.idea.id === 'i-lamps');
    expect(lamps.applications).toEqual([
      {
        application: 'jinhuali-lamps',
        title: pilotApplications[0]!.title,
        status: 'submitted',
        funded: false,
        closed: false,
        terminated: false,
      },
    ]);
    expect(report.summary.becameApplications).toBe(1);
    const project = (await (
      await pilot.box.request(
        'GET',
        `${pilot.at}/projects/jinhuali-lamps`,
        undefined,
        bearer(pilot.keys.organizer),
      )
    ).json()) as Json;
    const saved = project.history.find((e: Json) => e.type === 'application-saved');
    expect(saved.payload.application.origin).toEqual({ session: 'os-2007', ideas: ['i-lamps'] });
  });

  it('refuses an origin in a session the organisation does not have, or an idea the session does not hold, in the asked language', async () => {
    const unknown = await submit({ session: 'os-nope', ideas: ['i-lamps'] }, 'a-1', zh);
    expect(unknown.status).toBe(409);
    const refused = (await unknown.json()) as Json;
    expect(refused.violations).toEqual([
      expect.objectContaining({
        rule: 'open-space.origin-session',
        path: ['application', 'origin', 'session'],
        message: expect.stringContaining('本组织没有开放空间会议“os-nope”'),
      }),
    ]);
    const idea = await submit({ session: 'os-2007', ideas: ['i-lamps', 'i-ghost'] }, 'a-2');
    expect(idea.status).toBe(409);
    expect(((await idea.json()) as Json).violations).toEqual([
      expect.objectContaining({
        rule: 'open-space.known-idea',
        path: ['application', 'origin', 'ideas', 1],
        message: 'Session "os-2007" has no idea "i-ghost"',
      }),
    ]);
    const report = (await (
      await pilot.box.request('GET', `${sessions}/os-2007/report`)
    ).json()) as Json;
    expect(report.summary.becameApplications).toBe(0);
    const projects = (await (
      await pilot.box.request(
        'GET',
        `${pilot.at}/projects`,
        undefined,
        bearer(pilot.keys.organizer),
      )
    ).json()) as Json;
    expect(projects.items).toEqual([]);
  });
});
