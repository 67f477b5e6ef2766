import { Hono } from 'hono';
import { isSigningCodeRole } from '../../organization/credential-roles.js';
import { qrSheetSvg } from '../../qr/qr-sheet.js';
import { qrSheetPdf } from '../../qr/qr-sheet-pdf.js';
import { pageLimit } from '../../storage/keyset-page.js';
import type { MintedCredential } from '../../storage/credentials.js';
import type { IssuedCode } from '../../storage/records.js';
import { apiStatus } from '../../meeting/meeting-status.js';
import type { MeetingStatus } from '@qingyuan/core';
import { organizationMember } from '../access/organization-member.js';
import { accessRoles } from '../access/roles.js';
import type { BallotBoxEnv } from '../app-env.js';
import { errorResponse, httpProblem, localizeViolations, validate } from '../error-responses.js';
import { readJson } from '../request-json.js';
import { MintCredentialsRequestSchema } from '../request-schemas.js';

/**
 * Organisations, mounted at `/organizations`: `GET /:id` (any credential of it) names it and
 * the caller's role; `POST /:id/credentials` (its operator) mints role credentials, answered
 * once (team members' signing codes also as a QR sheet); `GET /:id/meetings` and
 * `GET /:id/collections` page through what it owns (`?after=<last id>&limit=`);
 * `GET /:id/credentials` (its operator) lists its credentials without secrets, revoked ones
 * included, and `DELETE /:id/credentials/:credential` (its operator) revokes one, whose token
 * gets `401` from then on (the last valid operator key cannot be revoked: `409`). A credential
 * of another organisation gets `403` on all of them.
 *
 * @example
 * app.route('/organizations', organizationRoutes());
 */
export function organizationRoutes(): Hono<BallotBoxEnv> {
  const routes = new Hono<BallotBoxEnv>();

  routes.get('/:id', async (c) => {
    const id = c.req.param('id');
    const you = await organizationMember(c, id, accessRoles.organizationMembers);
    const organization = await c.var.repository.getOrganization(id);
    return c.json({
      ...organization!,
      you: { id: you.id, role: you.role, label: you.label },
    });
  });

  routes.post('/:id/credentials', async (c) => {
    const id = c.req.param('id');
    await organizationMember(c, id, accessRoles.operator);
    const body = validate(c, MintCredentialsRequestSchema, await readJson(c));
    const labels = body.labels ?? Array.from({ length: body.count ?? 0 }, () => null);
    if (
      body.round !== undefined &&
      (await c.var.repository.getRound(id, body.round)) === undefined
    ) {
      throw httpProblem(c, 404, 'not-found', {
        en: `This organisation has no round ${body.round}`,
        'zh-CN': `这个组织没有轮次 ${body.round}`,
      });
    }
    const minted = await c.var.repository.mintCredentials(
      id,
      body.role,
      labels,
      body.round ?? null,
    );
    // Each secret is shown once: no cache may keep the answer that carries them.
    c.header('Cache-Control', 'no-store');
    if (isSigningCodeRole(body.role) && body.format !== 'json') {
      const organization = (await c.var.repository.getOrganization(id))!;
      const codes = minted.map(asIssuedCode);
      const voteUrl = body.signUrl?.replaceAll('{organization}', encodeURIComponent(id));
      const title =
        c.var.locale === 'zh-CN'
          ? `${organization.name}：团队成员签名码`
          : `${organization.name}: team members' signing codes`;
      if (body.format === 'pdf') {
        const pdfFont = c.var.box.pdfFont;
        const pdf = await qrSheetPdf(codes, {
          title,
          fallbackTitle: `${organization.name}: team members' signing codes`,
          meetingId: id,
          ...(voteUrl !== undefined ? { voteUrl } : {}),
          ...(pdfFont !== undefined ? { font: pdfFont } : {}),
        });
        return c.body(new Uint8Array(pdf), 201, {
          'Content-Type': 'application/pdf',
          'Content-Disposition': `attachment; filename="${id}-signing-codes.pdf"`,
        });
      }
      const svg = await qrSheetSvg(codes, {
        title,
        meetingId: id,
        ...(voteUrl !== undefined ? { voteUrl } : {}),
      });
      return c.body(svg, 201, { 'Content-Type': 'image/svg+xml; charset=utf-8' });
    }
    return c.json({ credentials: minted }, 201);
  });

  routes.get('/:id/meetings', async (c) => {
    const id = c.req.param('id');
    await organizationMember(c, id, accessRoles.organizationMembers);
    const page = await c.var.repository.listMeetings(
      id,
      c.req.query('after') || undefined,
      pageLimit(c.req.query('limit')),
    );
    return c.json({
      items: page.items.map((meeting) => ({
        ...meeting,
        status: apiStatus(meeting.status as MeetingStatus),
      })),
      next: page.next,
    });
  });

  routes.get('/:id/collections', async (c) => {
    const id = c.req.param('id');
    await organizationMember(c, id, accessRoles.collectionReaders);
    const page = await c.var.repository.listCollections(
      id,
      c.req.query('after') || undefined,
      pageLimit(c.req.query('limit')),
    );
    return c.json(page);
  });

  routes.get('/:id/credentials', async (c) => {
    const id = c.req.param('id');
    await organizationMember(c, id, accessRoles.operator);
    const page = await c.var.repository.listCredentials(
      id,
      c.req.query('after') || undefined,
      pageLimit(c.req.query('limit')),
    );
    return c.json(page);
  });

  routes.delete('/:id/credentials/:credential', async (c) => {
    const id = c.req.param('id');
    await organizationMember(c, id, accessRoles.operator);
    const credentialId = c.req.param('credential');
    const outcome = await c.var.repository.revokeCredential(id, credentialId);
    if (!outcome.ok) {
      if (outcome.reason === 'unknown-credential') {
        throw httpProblem(c, 404, 'not-found', {
          en: `This organisation has no credential ${credentialId}`,
          'zh-CN': `这个组织没有凭证 ${credentialId}`,
        });
      }
      return errorResponse(
        c,
        409,
        'rule-violation',
        {
          en: 'This is the organisation’s last valid operator key; mint another first',
          'zh-CN': '这是该组织最后一个有效的运营密钥：请先发放另一个',
        },
        {
          violations: localizeViolations(c, [
            {
              rule: 'ballot-box.operator-key-remains',
              message: {
                en: 'An organisation keeps at least one valid operator key',
                'zh-CN': '组织至少保留一个有效的运营密钥',
              },
              path: ['credential'],
            },
          ]),
        },
      );
    }
    return c.json(outcome.credential);
  });

  return routes;
}

/** A team member's signing code as the QR sheet prints it (under it: the credential's id). */
function asIssuedCode(minted: MintedCredential): IssuedCode {
  return { id: minted.id, code: minted.secret, voter: minted.label ?? minted.id };
}
