import type { GovernanceBody } from '../domain/governance-body.js';
import type { ParticipantRole } from '../domain/participant.js';
import { localize, type LocalizedText } from '../text/localized-text.js';
import type { LocalizedMessage } from '../locale/localized-message.js';
import type { Violation } from '../validation/violation.js';
import type { LifecycleCheck, LifecycleRule } from './lifecycle.js';
import type { ProjectEvent } from './project-event.js';
import type { ProjectContext, ProjectState } from './project-state.js';

/** A rule of the project lifecycle. */
export type ProjectRule = LifecycleRule<ProjectState, ProjectEvent, ProjectContext>;

/** A rule of the project lifecycle without its description: what replaying a history runs. */
export type ProjectCheck = LifecycleCheck<ProjectState, ProjectEvent, ProjectContext>;

/**
 * A message in both languages.
 *
 * @example
 * message('需要收据', 'A receipt is needed'); // { 'zh-CN': '需要收据', en: 'A receipt is needed' }
 */
export const message = (zh: string, en: string): LocalizedMessage => ({ 'zh-CN': zh, en });

/**
 * Builds the check of a project rule that only sees the events it guards (narrowed by type).
 *
 * @example
 * projectCheck('expense.receipt', ['expense-recorded'], ({ event }) => []);
 */
export function projectCheck<T extends ProjectEvent['type']>(
  id: string,
  on: readonly T[],
  check: (input: {
    state: ProjectState;
    event: Extract<ProjectEvent, { type: T }>;
    context: ProjectContext;
  }) => Violation[],
): ProjectCheck {
  return {
    id,
    on,
    check: ({ state, event, context }) =>
      (on as readonly string[]).includes(event.type)
        ? check({ state, event: event as Extract<ProjectEvent, { type: T }>, context })
        : [],
  };
}

/**
 * Builds a project rule whose check only sees the events it guards (narrowed by type).
 *
 * @example
 * projectRule('expense.receipt', message('…', '…'), ['expense-recorded'], ({ event }) => []);
 */
export function projectRule<T extends ProjectEvent['type']>(
  id: string,
  description: LocalizedMessage,
  on: readonly T[],
  check: Parameters<typeof projectCheck<T>>[2],
): ProjectRule {
  return { ...projectCheck(id, on, check), description };
}

/**
 * The rules of some checks: each check with its description, by rule id (a programmer error,
 * thrown at once, when one has none). `describe` is called once; a bundle that uses only the
 * checks leaves the call and the descriptions out (it is marked pure where it is used).
 *
 * @example
 * export const reportRules = withDescriptions(reportChecks, () => ({ 'report.activities-from-plan': message('…', '…') }));
 */
export function withDescriptions(
  checks: readonly ProjectCheck[],
  describe: () => Readonly<Record<string, LocalizedMessage>>,
): ProjectRule[] {
  const descriptions = describe();
  return checks.map((check) => {
    const description = descriptions[check.id];
    if (!description) throw new Error(`withDescriptions: no description of rule ${check.id}`);
    return { ...check, description };
  });
}

/**
 * What a {@link sameProjectCheck} asks, in both languages.
 *
 * @example
 * sameProjectDescription('expense', '支出'); // { 'zh-CN': '支出属于本项目', en: 'The expense belongs to this project' }
 */
export const sameProjectDescription = (kind: string, zh: string): LocalizedMessage =>
  message(`${zh}属于本项目`, `The ${kind} belongs to this project`);

/**
 * A rule refusing a document recorded for another project than the application's (a document
 * that names no project, as a draft may, is left to the document's schema).
 *
 * @example
 * sameProjectRule('expense.same-project', 'expense', '支出', ['expense-recorded'], (e) => e.payload.expense.project);
 */
export function sameProjectRule<T extends ProjectEvent['type']>(
  id: string,
  kind: string,
  zh: string,
  on: readonly T[],
  project: (event: Extract<ProjectEvent, { type: T }>) => string | undefined,
): ProjectRule {
  return {
    ...sameProjectCheck(id, kind, zh, on, project),
    description: sameProjectDescription(kind, zh),
  };
}

/**
 * The check of {@link sameProjectRule}, without its description.
 *
 * @example
 * sameProjectCheck('expense.same-project', 'expense', '支出', ['expense-recorded'], (e) => e.payload.expense.project);
 */
export function sameProjectCheck<T extends ProjectEvent['type']>(
  id: string,
  kind: string,
  zh: string,
  on: readonly T[],
  project: (event: Extract<ProjectEvent, { type: T }>) => string | undefined,
): ProjectCheck {
  return projectCheck(id, on, ({ state, event }) => {
    const expected = state.application?.id;
    const actual = project(event);
    return expected === undefined || actual === undefined || actual === expected
      ? []
      : [
          {
            rule: id,
            message: message(
              `${zh}属于项目 ${actual}，不是本项目 ${expected}`,
              `The ${kind} is for project ${actual}, not ${expected}`,
            ),
            path: ['payload'],
          },
        ];
  });
}

/**
 * The supervision and audit group 项目监审组 named `id`, if the context has one.
 *
 * @example
 * supervisionGroup(context, 'qingyuan-supervision')?.members;
 */
export function supervisionGroup(context: ProjectContext, id: string): GovernanceBody | undefined {
  return context.bodies.find((body) => body.id === id && body.kind === 'supervision-group');
}

/**
 * Whether `participant` is a member of any supervision group of the context.
 *
 * @example
 * inSupervisionGroup(context, 'p-finance-office'); // true
 */
export function inSupervisionGroup(context: ProjectContext, participant: string): boolean {
  return context.bodies.some(
    (body) =>
      body.kind === 'supervision-group' &&
      body.members.some((member) => member.participant === participant),
  );
}

/**
 * Whether the context's participant records give `participant` the role `role`.
 *
 * @example
 * hasRole(context, 'p-center', 'service-center'); // true
 */
export function hasRole(
  context: ProjectContext,
  participant: string,
  role: ParticipantRole,
): boolean {
  return (context.participants ?? []).some(
    (record) => record.id === participant && record.roles.includes(role),
  );
}

/**
 * Whether `participant` is on the project's execution team.
 *
 * @example
 * onTeam(state, 'p-li'); // true
 */
export function onTeam(state: ProjectState, participant: string): boolean {
  return (state.team?.members ?? []).some((member) => member.participant === participant);
}

/**
 * The violation a body decision recorded by someone outside the supervision group gets: the
 * body is not a supervision group, or `by` is not among its members (named as {@link personName}
 * names them, with the project's team when `state` is given).
 *
 * @example
 * supervisionViolations('change.decided-by-supervision-group', context, 'qingyuan-supervision', 'p-li', ['payload', 'decision', 'body']);
 */
export function supervisionViolations(
  rule: string,
  context: ProjectContext,
  bodyId: string,
  by: string,
  bodyPath: readonly (string | number)[],
  state?: Pick<ProjectState, 'team'>,
): Violation[] {
  const body = supervisionGroup(context, bodyId);
  if (!body) {
    return [
      {
        rule,
        message: message(
          `“${bodyId}”不是项目监审组`,
          `“${bodyId}” is not a supervision and audit group`,
        ),
        path: bodyPath,
      },
    ];
  }
  if (body.members.some((member) => member.participant === by)) return [];
  const who = personName(context, by, state);
  return [
    {
      rule,
      message: message(
        `${who['zh-CN']} 不是${localize(body.name, 'zh-CN')}的成员`,
        `${who.en} is not a member of ${localize(body.name, 'en')}`,
      ),
      path: ['by'],
    },
  ];
}

/**
 * How a rule's message names a person: the name the context's participant records give `id`
 * (or, failing that, the name the project's execution team gives the member), in both
 * languages; the id itself when no name is known. Rule messages are read by people, who know
 * each other by name, not by id.
 *
 * @example
 * personName({ bodies: [], participants: [{ id: 'p-xu-tao', name: { 'zh-CN': '徐涛', en: 'Xu Tao' }, roles: ['resident'] }] }, 'p-xu-tao');
 * // { 'zh-CN': '徐涛', en: 'Xu Tao' }
 * personName({}, 'p-unknown'); // { 'zh-CN': 'p-unknown', en: 'p-unknown' }
 */
export function personName(
  context: Pick<ProjectContext, 'participants'>,
  id: string,
  state?: Pick<ProjectState, 'team'>,
): LocalizedMessage {
  const name: LocalizedText | undefined =
    (context.participants ?? []).find((record) => record.id === id)?.name ??
    (state?.team?.members ?? []).find((member) => member.participant === id)?.name;
  return name === undefined
    ? { 'zh-CN': id, en: id }
    : { 'zh-CN': localize(name, 'zh-CN'), en: localize(name, 'en') };
}
