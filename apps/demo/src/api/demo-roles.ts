import type { Locale } from '@qingyuan/core';

/** The people the demo's header lets you act as, each with their own credential. */
export type DemoRole =
  'organizer' | 'service-center' | 'supervisor' | 'auditor' | 'team-member' | 'resident';

/** Every role of the header, in the order of the cycle. */
export const demoRoles: readonly DemoRole[] = [
  'organizer',
  'service-center',
  'supervisor',
  'auditor',
  'team-member',
  'resident',
];

/** The roles' names in both languages. */
export const demoRoleNames: Record<DemoRole, Record<Locale, string>> = {
  organizer: { 'zh-CN': '组织方（协调小组）', en: 'Organizer (coordination group)' },
  'service-center': { 'zh-CN': '社区服务中心', en: 'Community service center' },
  supervisor: { 'zh-CN': '项目监审组成员', en: 'Supervision group member' },
  auditor: { 'zh-CN': '审计', en: 'Auditor' },
  'team-member': { 'zh-CN': '执行小组成员', en: 'Execution team member' },
  resident: { 'zh-CN': '居民（申请方）', en: 'Resident (applicant)' },
};

/**
 * Whether `value` names a role of the header.
 *
 * @example
 * isDemoRole('auditor'); // true
 */
export function isDemoRole(value: unknown): value is DemoRole {
  return typeof value === 'string' && (demoRoles as readonly string[]).includes(value);
}

/** A role's credential of the demo's round, as the demo's server side hands it out. */
export interface RoleCredential {
  role: DemoRole;
  token: string;
  organization: string;
  round: string;
}

const cache = new Map<string, Promise<RoleCredential | undefined>>();

/**
 * The round credential of a bearer role (a resident: their community's applicant), from the
 * demo's `/demo/roles/:role`; kept in memory for the page's life. Team members have none: they
 * sign with the one-time code of their signing slip (`demoApi.signingSlips`).
 *
 * @example
 * const center = await roleCredential('service-center', session.round.id);
 */
export function roleCredential(
  role: Exclude<DemoRole, 'team-member'>,
  round: string,
  community?: string,
): Promise<RoleCredential | undefined> {
  const key = `${round}:${role}:${community ?? ''}`;
  let found = cache.get(key);
  if (!found) {
    const query = new URLSearchParams({ round, ...(community ? { community } : {}) });
    found = fetch(`/demo/roles/${role}?${query}`)
      .then(async (res) => (res.ok ? ((await res.json()) as RoleCredential) : undefined))
      .catch(() => undefined);
    found.then(
      (value) => value === undefined && cache.delete(key),
      () => cache.delete(key),
    );
    cache.set(key, found);
  }
  return found;
}
