import { describe, expect, it } from 'vitest';
import { context, history, meeting, round, vettings } from '../domain/pilot-2007.fixture.js';
import { applyEvent, replay } from './lifecycle.js';
import type { ProjectEvent } from './project-event.js';
import { projectLifecycle } from './project-lifecycle.js';
import type { ProjectContext, ProjectState } from './project-state.js';

const submitted = (() => {
  const result = replay(projectLifecycle, history.slice(0, 2), context);
  if (!result.ok) throw new Error('pilot history refused');
  return result.state;
})();
const review = history[2]! as ProjectEvent;

function check(state: ProjectState, ctx: ProjectContext, event: ProjectEvent = review) {
  const result = applyEvent(projectLifecycle, state, event, ctx);
  return result.ok ? [] : result.violations.map((v) => [v.rule, v.message.en, v.path]);
}

describe('review-started rules', () => {
  it('accepts the pilot review: a meeting of the round listing the vetted project', () => {
    expect(check(submitted, context)).toEqual([]);
  });

  it('review.meeting-in-round: the meeting must belong to a round that takes the project up', () => {
    expect(check(submitted, { ...context, rounds: [] })).toEqual([
      [
        'review.meeting-in-round',
        'Review meeting “qingyuan-2008” belongs to no known round',
        ['payload', 'meeting'],
      ],
    ]);
    const without = {
      ...round,
      applications: round.applications.filter((id) => id !== 'jinhuali-home'),
    };
    expect(check(submitted, { ...context, rounds: [without] })).toEqual([
      [
        'review.meeting-in-round',
        'Project jinhuali-home is not in round qingyuan-2008',
        ['payload', 'meeting'],
      ],
    ]);
  });

  it('review.on-agenda and agenda.requested-matches: listed, at its budget total', () => {
    const off = { ...meeting, projects: meeting.projects.slice(1) };
    expect(check(submitted, { ...context, meetings: [{ status: 'draft', meeting: off }] })).toEqual(
      [
        [
          'review.on-agenda',
          'Review meeting “qingyuan-2008” does not list jinhuali-home on its agenda',
          ['payload', 'meeting'],
        ],
      ],
    );
    const typo = {
      ...meeting,
      projects: meeting.projects.map((p, i) =>
        i === 0 ? { ...p, requested: { amount: 100000000, currency: 'CNY' } } : p,
      ),
    };
    const result = applyEvent(projectLifecycle, submitted, review, {
      ...context,
      meetings: [{ status: 'draft', meeting: typo }],
    });
    expect(result.ok || result.violations).toEqual([
      {
        rule: 'agenda.requested-matches',
        message: {
          'zh-CN': '议程上项目 jinhuali-home 申请 1,000,000.00 CNY，申请书预算总额是 10,000.00 CNY',
          en: 'The agenda lists jinhuali-home as requesting 1,000,000.00 CNY; its application’s budget total is 10,000.00 CNY',
        },
        path: ['payload', 'meeting'],
      },
    ]);
  });

  it('review.vetted: not vetted, returned, or vetted only after the review started', () => {
    const others = vettings.filter((v) => v.application !== 'jinhuali-home');
    expect(check(submitted, { ...context, vettings: others })).toEqual([
      [
        'review.vetted',
        'jinhuali-home has not been vetted by the service center',
        ['payload', 'meeting'],
      ],
    ]);
    const returned = {
      ...vettings[0]!,
      id: 'vet-again',
      at: '2008-03-12T10:00:00+08:00',
      outcome: 'returned' as const,
      reasons: ['预算不清'],
    };
    expect(check(submitted, { ...context, vettings: [...vettings, returned] })).toEqual([
      [
        'review.vetted',
        'jinhuali-home was returned by the service center’s vetting',
        ['payload', 'meeting'],
      ],
    ]);
    const late = { ...vettings[0]!, at: '2008-03-21T10:00:00+08:00' };
    expect(check(submitted, { ...context, vettings: [late] })[0]![1]).toBe(
      'jinhuali-home was vetted (2008-03-21T10:00:00+08:00) after its review started',
    );
  });
});
