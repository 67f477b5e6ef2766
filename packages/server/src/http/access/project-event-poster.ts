import type { Context } from 'hono';
import type { ProjectEvent } from '@qingyuan/core';
import type { CredentialRecord } from '../../storage/credentials.js';
import type { BallotBoxEnv } from '../app-env.js';
import { httpProblem } from '../error-responses.js';
import { credentialOpensRound, projectNotFound, roundMember } from './round-access.js';
import { accessRoles, projectEventRoles } from './roles.js';

/** Where a project event is posted, what it is, and the signing code it came with, if any. */
export interface ProjectEventPost {
  organization: string;
  round: string;
  project: string;
  event: ProjectEvent;
  /** A team member's one-time signing code (a `contract-signed` event without a bearer token). */
  code?: string | undefined;
}

/**
 * Who posts a project event, when they may: with a signing code, the team member it is (see
 * {@link signingCodeHolder}); else the request's credential, which must read the round and be
 * listed for the event's kind in {@link projectEventRoles} (an applicant only for projects it
 * submitted). Throws the localized `401`, `403` or `404` answer as an `HTTPException`.
 *
 * @example
 * const poster = await projectEventPoster(c, { organization: org, round: 'qingyuan-2027', project: 'garden-k3x9qa', event });
 */
export async function projectEventPoster(
  c: Context<BallotBoxEnv>,
  post: ProjectEventPost,
): Promise<CredentialRecord> {
  if (post.code !== undefined) return signingCodeHolder(c, { ...post, code: post.code });
  const { organization, round: roundId, project: projectId, event } = post;
  const { credential, round } = await roundMember(
    c,
    organization,
    roundId,
    accessRoles.roundReaders,
  );
  const roles = projectEventRoles[event.type];
  if (!roles.includes(credential.role)) {
    throw httpProblem(c, 403, 'forbidden', {
      en:
        roles.length === 0
          ? `A ${event.type} event is not posted here: it comes from the round's applications, reviews or funding decisions`
          : `A ${credential.role} credential cannot post a ${event.type} event (who may: ${roles.join(', ')})`,
      'zh-CN':
        roles.length === 0
          ? `${event.type} 事件不在此提交：它来自本轮次的申请、评审或资助决定`
          : `${credential.role} 角色凭证不能提交 ${event.type} 事件（可提交的角色：${roles.join('、')}）`,
    });
  }
  const project = round.state.projects.get(projectId);
  if (project === undefined) throw projectNotFound(c, projectId);
  if (credential.role === 'applicant' && project.submittedBy !== credential.id) {
    throw httpProblem(c, 403, 'forbidden', {
      en: `This applicant credential did not submit ${projectId}; it posts only for its own projects`,
      'zh-CN': `此申请方凭证没有提交项目 ${projectId}，只能为自己的项目提交记录`,
    });
  }
  return credential;
}

/**
 * The team member a signing code is, when it may sign this `contract-signed` event: a code of
 * the organisation (`401` otherwise), of this round if minted for one (`403`), whose label is
 * the member who signs and records the event (`403`: a member signs only for themselves).
 *
 * @example
 * const member = await signingCodeHolder(c, { organization: org, round, project, event, code });
 */
export async function signingCodeHolder(
  c: Context<BallotBoxEnv>,
  post: ProjectEventPost & { code: string },
): Promise<CredentialRecord> {
  const { event } = post;
  if (event.type !== 'contract-signed') {
    throw httpProblem(c, 403, 'forbidden', {
      en: `A signing code signs a contract-signed event only, not ${event.type}`,
      'zh-CN': `签名码只能用于签署职责合同（contract-signed），不能用于 ${event.type}`,
    });
  }
  const holder = await c.var.repository.signingCodeHolder(post.organization, post.code);
  if (holder === undefined) {
    throw httpProblem(c, 401, 'invalid-code', {
      en: 'This signing code is not valid here',
      'zh-CN': '此签名码在这里无效',
    });
  }
  credentialOpensRound(c, holder, post.round);
  if (holder.label !== event.payload.member || holder.label !== event.by) {
    throw httpProblem(c, 403, 'forbidden', {
      en: `This signing code is ${holder.label ?? 'unlabelled'}'s; a member signs only their own contract`,
      'zh-CN': `此签名码属于 ${holder.label ?? '未标注的成员'}；成员只能签署自己的职责合同`,
    });
  }
  return holder;
}
