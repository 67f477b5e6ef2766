import { Hono } from 'hono';
import { localize } from '@qingyuan/core';
import { issueViolations, type CodesRequest } from '../../meeting/meeting-transition.js';
import { qrSheetSvg } from '../../qr/qr-sheet.js';
import { qrSheetPdf } from '../../qr/qr-sheet-pdf.js';
import type { BallotBoxEnv } from '../app-env.js';
import { conflict, validate } from '../error-responses.js';
import { meetingNotFound, organizerOnly } from '../access/meeting-access.js';
import { readJson } from '../request-json.js';
import { IssueCodesRequestSchema } from '../request-schemas.js';

/**
 * Voting codes, mounted at `/meetings`: `POST /:id/codes` (organizer only) issues anonymous
 * or named codes and answers them once, as JSON, an SVG sheet or a printable PDF of QR codes.
 *
 * @example
 * app.route('/meetings', codeRoutes());
 */
export function codeRoutes(): Hono<BallotBoxEnv> {
  const routes = new Hono<BallotBoxEnv>();

  routes.post('/:id/codes', organizerOnly, async (c) => {
    const current = c.var.meeting;
    const id = current.id;
    const body = validate(c, IssueCodesRequestSchema, await readJson(c));
    const request: CodesRequest = 'count' in body ? { count: body.count } : { voters: body.voters };
    const outcome = await c.var.repository.issueCodes(id, request, (record, named) =>
      issueViolations(record.state, request, named),
    );
    if (outcome === undefined) throw meetingNotFound(c);
    if (!outcome.ok) return conflict(c, outcome.violations);
    c.var.box.announce(id);
    c.header('Cache-Control', 'no-store');
    const title = current.document.title;
    if (body.format === 'pdf') {
      const pdfFont = c.var.box.pdfFont;
      const pdf = await qrSheetPdf(outcome.codes, {
        title: title === undefined ? current.id : localize(title, c.var.locale),
        ...(title === undefined ? {} : { fallbackTitle: localize(title, 'en') }),
        meetingId: current.id,
        ...(body.voteUrl !== undefined ? { voteUrl: body.voteUrl } : {}),
        ...(pdfFont !== undefined ? { font: pdfFont } : {}),
      });
      return c.body(new Uint8Array(pdf), 201, {
        'Content-Type': 'application/pdf',
        'Content-Disposition': `attachment; filename="${current.id}-codes.pdf"`,
      });
    }
    if (body.format === 'svg') {
      const svg = await qrSheetSvg(outcome.codes, {
        title: title === undefined ? current.id : localize(title, c.var.locale),
        meetingId: current.id,
        ...(body.voteUrl !== undefined ? { voteUrl: body.voteUrl } : {}),
      });
      return c.body(svg, 201, { 'Content-Type': 'image/svg+xml; charset=utf-8' });
    }
    return c.json({ codes: outcome.codes }, 201);
  });

  return routes;
}
