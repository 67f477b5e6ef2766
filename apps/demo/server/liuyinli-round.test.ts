import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer, type RunningServer } from '@qingyuan/server';
import { projectLifecycle, replay, type ProjectEvent } from '@qingyuan/core';
import { liuyinliTerminationHistory, pilotProjectContext } from '@qingyuan/core/examples';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo, type DemoSession } from './demo-session.js';
import { liuyinliProject, liuyinliUnderWay } from './liuyinli-round.js';

const operatorKey = 'liuyinli-round-test-operator-key-0123456789';

describe('the fictional Liuyinli round seeded beside the demo round', () => {
  let dir: string;
  let server: RunningServer;
  let session: DemoSession;
  const box = (path: string, init?: RequestInit) => fetch(`${server.url}${path}`, init);

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'qy-demo-liuyinli-'));
    server = await startServer({ database: { file: join(dir, 'demo.db') }, port: 0, operatorKey });
    session = await seedDemo(box, operatorKey);
  });
  afterAll(async () => {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('funds the reading corner by its own meeting’s decision and has it under way as core’s example does', async () => {
    const { organization, id, roles } = session.fictional;
    expect(id).not.toBe(session.round.id);
    const res = await box(
      `/organizations/${organization}/rounds/${id}/projects/${liuyinliProject}`,
      {
        headers: { authorization: `Bearer ${roles.auditor}` },
      },
    );
    expect(res.status).toBe(200);
    const project = (await res.json()) as { status: string; history: ProjectEvent[] };
    expect(project.status).toBe('in-execution');
    const types = project.history.map((e) => e.type);
    expect(types.slice(0, 4)).toEqual([
      'application-saved',
      'submitted',
      'review-started',
      'approved',
    ]);
    expect(project.history.slice(4)).toEqual(liuyinliUnderWay);
    // Core's own example, replayed, reaches the same state at the same step.
    const example = liuyinliTerminationHistory.slice(0, project.history.length);
    expect(replay(projectLifecycle, example, pilotProjectContext).state.status).toBe(
      'in-execution',
    );
    const round = (await (
      await box(`/organizations/${organization}/rounds/${id}`, {
        headers: { authorization: `Bearer ${roles.serviceCenter}` },
      })
    ).json()) as { round: { communities: string[]; funded: string[] } };
    expect(round.round.communities).toEqual(['liuyinli']);
    expect(round.round.funded).toEqual([liuyinliProject]);
  });

  it('gives its roles credentials of that round only: the demo round’s service center cannot post to it', async () => {
    const { organization, id } = session.fictional;
    const res = await box(
      `/organizations/${organization}/rounds/${id}/projects/${liuyinliProject}/events`,
      {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          authorization: `Bearer ${session.round.roles.serviceCenter}`,
        },
        body: JSON.stringify({
          event: { type: 'closed', at: '2007-12-31T10:00:00+08:00', by: 'p-center' },
        }),
      },
    );
    expect(res.status).toBe(403);
  });
});
