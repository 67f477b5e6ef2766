import { Hono } from 'hono';
import { tallyHash } from '../../audit/publish-commitment.js';
import { apiStatus } from '../../meeting/meeting-status.js';
import { verifyMeetingExport } from '../../verify/verify-export.js';
import { resultsPublished } from '../meeting-view.js';
import type { BallotBoxEnv } from '../app-env.js';
import { resultsReaders } from '../access/meeting-access.js';
import { exportOf, tallyOf } from '../published-results.js';

/**
 * Results, exports and their verification, mounted at `/meetings`, for anyone once results
 * are public and for the organizer before: `GET /:id/results`, `GET /:id/export` (and its
 * `/ballots`, `/tally`, `/log` parts) and `GET /:id/verify` (with `?receipt=` for a voter's
 * own receipts).
 *
 * @example
 * app.route('/meetings', resultRoutes());
 */
export function resultRoutes(): Hono<BallotBoxEnv> {
  const routes = new Hono<BallotBoxEnv>();

  routes.get('/:id/results', resultsReaders, async (c) => {
    const repo = c.var.repository;
    const record = c.var.meeting;
    const [result, turnout, log] = await Promise.all([
      tallyOf(repo, record),
      repo.turnout(record.id),
      resultsPublished(record) ? repo.publishedLog(record.id) : undefined,
    ]);
    return c.json({
      meeting: record.id,
      status: apiStatus(record.status),
      turnout,
      ...result,
      // What the results commit to: an export whose log does not hold this entry was cut or changed.
      ...(log !== undefined ? { log, tallyHash: tallyHash(result) } : {}),
    });
  });

  routes.get('/:id/export', resultsReaders, async (c) =>
    c.json(await exportOf(c.var.repository, c.var.meeting)),
  );

  routes.get('/:id/export/ballots', resultsReaders, async (c) => {
    const id = c.var.meeting.id;
    return c.json({ meeting: id, ballots: await c.var.repository.ballots(id) });
  });

  routes.get('/:id/export/tally', resultsReaders, async (c) =>
    c.json({ meeting: c.var.meeting.id, ...(await tallyOf(c.var.repository, c.var.meeting)) }),
  );

  routes.get('/:id/export/log', resultsReaders, async (c) => {
    const id = c.var.meeting.id;
    return c.json({ meeting: id, log: await c.var.repository.auditLog(id) });
  });

  routes.get('/:id/verify', resultsReaders, async (c) => {
    const record = c.var.meeting;
    // A voter checks their own receipt (or a few): `?receipt=…&receipt=…`.
    const receipts = (c.req.queries('receipt') ?? []).slice(0, 20);
    const report = verifyMeetingExport(await exportOf(c.var.repository, record), { receipts });
    const locale = c.var.locale;
    return c.json({
      meeting: record.id,
      ok: report.ok,
      problems: report.problems.map(({ check, message }) => ({ check, message: message[locale] })),
      ...(receipts.length > 0 ? { receipts: report.receipts } : {}),
    });
  });

  return routes;
}
