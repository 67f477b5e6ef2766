import { describe, expect, it } from 'vitest';
import { context, history } from '../domain/pilot-2007.fixture.js';
import { applyEvent, replay } from './lifecycle.js';
import { projectLifecycle } from './project-lifecycle.js';
import type { ProjectContext, ProjectState } from './project-state.js';
import { personName } from './project-rule.js';

const named: ProjectContext = {
  bodies: [],
  participants: [
    { id: 'p-xu-tao', name: { 'zh-CN': '徐涛', en: 'Xu Tao' }, roles: ['resident'] },
    { id: 'p-plain', name: '李主任', roles: ['residents-committee'] },
  ],
};

describe('personName', () => {
  it('names a participant in each language', () => {
    expect(personName(named, 'p-xu-tao')).toEqual({ 'zh-CN': '徐涛', en: 'Xu Tao' });
    expect(personName(named, 'p-plain')).toEqual({ 'zh-CN': '李主任', en: '李主任' });
  });

  it('falls back to the name the execution team gives a member, then to the id', () => {
    const state = {
      team: {
        project: 'x',
        members: [
          {
            participant: 'p-team-only',
            name: { 'zh-CN': '顾老师', en: 'Teacher Gu' },
            role: 'member',
            contract: { signed: false },
          },
        ],
      },
    } as unknown as Pick<ProjectState, 'team'>;
    expect(personName(named, 'p-team-only', state)).toEqual({
      'zh-CN': '顾老师',
      en: 'Teacher Gu',
    });
    expect(personName(named, 'p-nobody', state)).toEqual({ 'zh-CN': 'p-nobody', en: 'p-nobody' });
    expect(personName({}, 'p-xu-tao')).toEqual({ 'zh-CN': 'p-xu-tao', en: 'p-xu-tao' });
  });
});

describe('rule messages name people, not ids', () => {
  /** The pilot history up to the team's forming, with every contract still unsigned. */
  function unsignedTeam(ctx: ProjectContext) {
    const formed = history.findIndex((event) => event.type === 'team-formed');
    const result = replay(projectLifecycle, history.slice(0, formed + 1), context);
    if (!result.ok) throw new Error(JSON.stringify(result.violations));
    const state = result.state;
    const unsigned = {
      ...state,
      team: {
        ...state.team!,
        members: state.team!.members.map((m) => ({
          ...m,
          contract: { ...m.contract, signed: false },
        })),
      },
    } as ProjectState;
    return applyEvent(
      projectLifecycle,
      unsigned,
      { type: 'execution-started', at: '2010-01-01T00:00:00Z', by: 'p-li' },
      ctx,
    );
  }

  it('says who has not signed, by name, in zh-CN and en', () => {
    const zhao = context.participants!.find((p) => p.id === 'p-zhao')!;
    const ctx: ProjectContext = {
      ...context,
      participants: context.participants!.map((p) =>
        p.id === 'p-zhao' ? { ...zhao, name: { 'zh-CN': '赵会计', en: 'Accountant Zhao' } } : p,
      ),
    };
    const result = unsignedTeam(ctx);
    expect(result.ok).toBe(false);
    const messages = result.ok
      ? []
      : result.violations.filter((v) => v.rule === 'team.contracts-signed');
    expect(messages.map((v) => v.message['zh-CN'])).toContain('成员 赵会计 尚未签署职责合同');
    expect(messages.map((v) => v.message.en)).toContain(
      'Member Accountant Zhao has not signed the responsibility contract',
    );
    expect(JSON.stringify(messages)).not.toContain('p-zhao 尚未');
  });

  it('keeps the id when the context knows no name for the person', () => {
    const result = unsignedTeam({ ...context, participants: [], requireResident: false });
    const messages = result.ok
      ? []
      : result.violations.filter((v) => v.rule === 'team.contracts-signed');
    expect(messages.map((v) => v.message['zh-CN'])).toContain('成员 p-zhao 尚未签署职责合同');
  });
});
