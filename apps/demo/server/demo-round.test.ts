import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer, type RunningServer } from '@qingyuan/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo, type DemoSession } from './demo-session.js';

const operatorKey = 'demo-round-test-operator-key-0123456789';

describe('the demo round seeded on the ballot box', () => {
  let dir: string;
  let server: RunningServer;
  let session: DemoSession;
  const box = (path: string, init?: RequestInit) => fetch(`${server.url}${path}`, init);

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'qy-demo-round-'));
    server = await startServer({ database: { file: join(dir, 'demo.db') }, port: 0, operatorKey });
    session = await seedDemo(box, operatorKey);
  });
  afterAll(async () => {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('puts the four pilot applications, submitted and vetted, on the demo meeting’s agenda', async () => {
    const { organization, id, roles } = session.round;
    const res = await box(`/organizations/${organization}/rounds/${id}/projects`, {
      headers: { authorization: `Bearer ${roles.auditor}` },
    });
    expect(res.status).toBe(200);
    const body = (await res.json()) as { items: { id: string; status: string }[] };
    expect(body.items.map((p) => [p.id, p.status])).toEqual([
      ['jinhuali-home', 'in-review'],
      ['jinhuiyuan-efamily', 'in-review'],
      ['xinghuayuan-children', 'in-review'],
      ['yuhuayuan-culture', 'in-review'],
    ]);
    const round = (await (
      await box(`/organizations/${organization}/rounds/${id}`, {
        headers: { authorization: `Bearer ${roles.serviceCenter}` },
      })
    ).json()) as { round: { meetings: string[]; fund: { amount: { amount: number } } } };
    expect(round.round.meetings).toEqual([session.meetingId]);
    expect(round.round.fund.amount.amount).toBe(2500000);
  });

  it('gives each role a credential of this round only: an applicant cannot vet', async () => {
    const { organization, id, roles } = session.round;
    const res = await box(`/organizations/${organization}/rounds/${id}/vettings`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${roles.applicants.jinhuali}`,
      },
      body: JSON.stringify({ vetting: {} }),
    });
    expect(res.status).toBe(403);
  });
});
