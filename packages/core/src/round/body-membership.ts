import type { GovernanceBody, GovernanceBodyKind } from '../domain/governance-body.js';
import { localize } from '../text/localized-text.js';
import type { LocalizedMessage } from '../locale/localized-message.js';

/** The bodies that fund projects: the street office and its community service center. */
export const fundingBodyKinds: readonly GovernanceBodyKind[] = ['street-office', 'service-center'];

/**
 * Why `participant` cannot act for a body of one of `kinds`, or `undefined` when they can: the
 * body named `bodyId` (or, without an id, any body of those kinds) exists and lists them as a
 * member. The message says which, in both languages.
 *
 * @example
 * notMemberOf(bodies, ['service-center'], 'p-random');
 * // { 'zh-CN': 'p-random 不是社区服务中心的成员', en: 'p-random is not a member of …' }
 */
export function notMemberOf(
  bodies: readonly GovernanceBody[],
  kinds: readonly GovernanceBodyKind[],
  participant: string,
  bodyId?: string,
): LocalizedMessage | undefined {
  const candidates = bodies.filter(
    (body) => kinds.includes(body.kind) && (bodyId === undefined || body.id === bodyId),
  );
  if (candidates.length === 0) {
    const wanted = kinds.map((kind) => kindLabels[kind]);
    return bodyId === undefined
      ? {
          'zh-CN': `没有${wanted.map((k) => k['zh-CN']).join('或')}的成员名单`,
          en: `No ${wanted.map((k) => k.en).join(' or ')} is on record`,
        }
      : {
          'zh-CN': `“${bodyId}”不是${wanted.map((k) => k['zh-CN']).join('或')}`,
          en: `“${bodyId}” is not the ${wanted.map((k) => k.en).join(' or ')}`,
        };
  }
  if (candidates.some((body) => body.members.some((m) => m.participant === participant)))
    return undefined;
  return {
    'zh-CN': `${participant} 不是${candidates.map((b) => localize(b.name, 'zh-CN')).join('或')}的成员`,
    en: `${participant} is not a member of ${candidates.map((b) => localize(b.name, 'en')).join(' or ')}`,
  };
}

const kindLabels: Record<GovernanceBodyKind, LocalizedMessage> = {
  'leading-group': { 'zh-CN': '领导小组', en: 'leading group' },
  'coordination-group': { 'zh-CN': '项目协调组', en: 'coordination group' },
  'execution-team': { 'zh-CN': '项目执行小组', en: 'execution team' },
  'supervision-group': { 'zh-CN': '项目监审组', en: 'supervision and audit group' },
  'street-office': { 'zh-CN': '街道办事处', en: 'street office' },
  'service-center': { 'zh-CN': '社区服务中心', en: 'community service center' },
};
