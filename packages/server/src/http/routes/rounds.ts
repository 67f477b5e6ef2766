import { Hono } from 'hono';
import { z } from 'zod';
import {
  GovernanceBodySchema,
  ParticipantSchema,
  RoundSchema,
  agendaFromVetted,
  type Violation,
} from '@qingyuan/core';
import { pageLimit } from '../../storage/keyset-page.js';
import {
  originSessions,
  roundExport,
  type RoundExportSession,
} from '../../verify/verify-round-export.js';
import { organizationMember } from '../access/organization-member.js';
import { roundMember } from '../access/round-access.js';
import { accessRoles } from '../access/roles.js';
import type { BallotBoxEnv } from '../app-env.js';
import { roundConflict, validate } from '../error-responses.js';
import { readJson } from '../request-json.js';
import { CreateRoundRequestSchema } from '../round-request-schemas.js';
import { validateStrict } from '../strict-document.js';

const lists = ['applications', 'meetings', 'decisions', 'funded'] as const;

/**
 * Rounds of an organisation, mounted at `/organizations/:org/rounds`: `POST /` (its operator
 * or organizer) creates one from core's `Round` document (its lists empty: the round fills
 * them), its governance bodies and participants — the first entry of the round's hash-chained
 * log; `GET /` pages through them (`?after=<last id>&limit=`); `GET /:round` is one with the
 * head of its log; `GET /:round/agenda` is the review meeting's agenda built by core's
 * `agendaFromVetted` from the vetted applications (`409` when a vetting that counts breaks the
 * rules); `GET /:round/export` is the whole round (documents and log) for `verifyRoundExport`
 * and `qingyuan verify`. A credential of another organisation, or one minted for another
 * round, gets `403`.
 *
 * @example
 * app.route('/organizations/:org/rounds', roundRoutes());
 */
export function roundRoutes(): Hono<BallotBoxEnv> {
  const routes = new Hono<BallotBoxEnv>();

  routes.post('/', async (c) => {
    const org = c.req.param('org') ?? '';
    const credential = await organizationMember(c, org, accessRoles.organizationRunners);
    const body = validate(c, CreateRoundRequestSchema, await readJson(c));
    const round = validateStrict(c, RoundSchema, body.round, ['round']);
    const bodies = validateStrict(c, z.array(GovernanceBodySchema), body.bodies, ['bodies']);
    const participants = validateStrict(c, z.array(ParticipantSchema), body.participants, [
      'participants',
    ]);
    const filled: Violation[] = [
      ...lists.flatMap((list): Violation[] =>
        round[list].length === 0
          ? []
          : [
              {
                rule: 'ballot-box.round-starts-empty',
                message: {
                  en: `A new round’s ${list} are empty: the round records them as they happen`,
                  'zh-CN': `新轮次的 ${list} 须为空：轮次会在发生时逐一记录`,
                },
                path: ['round', list],
              },
            ],
      ),
      ...((round.carriedOver ?? []).length === 0
        ? []
        : [
            {
              rule: 'ballot-box.round-starts-empty',
              message: {
                en: 'Carrying projects over into a round is not supported by the ballot box yet',
                'zh-CN': '投票箱暂不支持把项目结转到新轮次',
              },
              path: ['round', 'carriedOver'],
            },
          ]),
    ];
    if (filled.length > 0) return roundConflict(c, filled);
    const created = await c.var.repository.createRound(
      org,
      { round, bodies, participants },
      credential.id,
    );
    if (created === undefined) {
      return roundConflict(c, [
        {
          rule: 'ballot-box.unique-round-id',
          message: {
            en: `This organisation already has a round “${round.id}”`,
            'zh-CN': `这个组织已有编号为“${round.id}”的轮次`,
          },
          path: ['round', 'id'],
        },
      ]);
    }
    return c.json(created.summary, 201);
  });

  routes.get('/', async (c) => {
    const org = c.req.param('org') ?? '';
    const credential = await organizationMember(c, org, accessRoles.roundReaders);
    const page = await c.var.repository.listRounds(
      org,
      c.req.query('after') || undefined,
      pageLimit(c.req.query('limit')),
    );
    // A credential of one round sees that round only.
    return c.json(
      credential.round === null
        ? page
        : { ...page, items: page.items.filter((round) => round.id === credential.round) },
    );
  });

  routes.get('/:round', async (c) => {
    const { round } = await roundMember(
      c,
      c.req.param('org') ?? '',
      c.req.param('round'),
      accessRoles.roundReaders,
    );
    return c.json({ ...round.summary, round: round.state.round });
  });

  routes.get('/:round/agenda', async (c) => {
    const { round } = await roundMember(
      c,
      c.req.param('org') ?? '',
      c.req.param('round'),
      accessRoles.roundReaders,
    );
    const { state } = round;
    const agenda = agendaFromVetted(state.round, state.applications, state.vettings, {
      bodies: state.bodies,
    });
    if (!agenda.ok) return roundConflict(c, agenda.violations);
    return c.json({
      round: state.round.id,
      projects: agenda.projects,
      returned: agenda.returned,
      notVetted: agenda.notVetted,
    });
  });

  routes.get('/:round/export', async (c) => {
    const org = c.req.param('org') ?? '';
    const { round } = await roundMember(
      c,
      org,
      c.req.param('round'),
      accessRoles.roundExportReaders,
    );
    c.header('Content-Disposition', `attachment; filename="${round.summary.id}-round-export.json"`);
    const openSpace: RoundExportSession[] = [];
    for (const id of originSessions(round.state.applications)) {
      const record = await c.var.repository.openSpace.get(org, id);
      if (record === undefined) continue;
      const log = await c.var.repository.openSpace.log(org, id);
      openSpace.push({ session: record.session, log });
    }
    return c.json(roundExport(org, round.state, round.log, openSpace));
  });

  return routes;
}
