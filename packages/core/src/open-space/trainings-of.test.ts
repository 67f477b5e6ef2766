import { describe, expect, it } from 'vitest';
import type { ExecutionTeam } from '../domain/execution-team.js';
import { pilotTrainings } from '../examples/pilot-trainings.js';
import { teamTrainings, trainingsOf } from './trainings-of.js';

describe('trainingsOf', () => {
  it('lists a participant’s trainings earliest first, with the units they attended', () => {
    const later = {
      ...pilotTrainings[1]!,
      id: 'tr-forum',
      kind: 'forum' as const,
      start: '2007-09-08',
      end: '2007-09-08',
    };
    expect(
      trainingsOf('p-wang', [later, ...pilotTrainings]).map((r) => [r.training, r.kind, r.start]),
    ).toEqual([
      ['tr-able-people-2007', 'able-people-workshop', '2007-08-11'],
      ['tr-forum', 'forum', '2007-09-08'],
    ]);
    expect(trainingsOf('p-chen-jianguo', pilotTrainings)).toMatchObject([
      { training: 'tr-capacity-2007', completed: false, units: ['u-analyse'] },
    ]);
    expect(trainingsOf('p-li', pilotTrainings)[0]!.units).toEqual([
      'u-analyse',
      'u-needs',
      'u-apply',
    ]);
    expect(trainingsOf('p-nobody', pilotTrainings)).toEqual([]);
  });

  it('shows the trainings of each member when a team is formed', () => {
    const team: ExecutionTeam = {
      id: 'team-jinhuali',
      project: 'jinhuali-home',
      members: [
        { participant: 'p-li', role: 'overall-lead', contract: { signed: false } },
        { participant: 'p-zhao', role: 'finance-lead', contract: { signed: false } },
        { participant: 'p-new', role: 'member', contract: { signed: false } },
      ],
    };
    const byMember = teamTrainings(team, pilotTrainings);
    expect([...byMember].map(([p, records]) => [p, records.map((r) => r.kind)])).toEqual([
      ['p-li', ['capacity-building']],
      ['p-zhao', ['able-people-workshop']],
      ['p-new', []],
    ]);
  });
});
