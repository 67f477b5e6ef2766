import { describe, expect, it } from 'vitest';
import { meeting } from '../domain/pilot-2007.fixture.js';
import { replay } from './lifecycle.js';
import { meetingLifecycle, type MeetingEvent } from './meeting-lifecycle.js';
import { replayAll } from './replay-all.js';

const t = (minute: number) => `2008-03-20T14:${String(minute).padStart(2, '0')}:00+08:00`;
const ballot = (voter: string): MeetingEvent => ({
  type: 'ballot-cast',
  at: t(10),
  by: voter,
  payload: { ballot: { voter, marks: {} } },
});

describe('replayAll', () => {
  it('reports every refused event where replay stops at the first', () => {
    const history: MeetingEvent[] = [
      { type: 'agenda-saved', at: t(0), by: 'p-center', payload: { meeting } },
      ballot('v01'), // before voting opened
      { type: 'weights-locked', at: t(11), by: 'p-center' },
      { type: 'voting-opened', at: t(12), by: 'p-center' },
      { type: 'tie-break-set', at: t(13), by: 'p-center', payload: { tieBreak: ['lot'] } },
      ballot('v99'), // not a registered voter (and earlier than the event before)
      { type: 'voting-closed', at: t(20), by: 'p-center' },
    ];
    const first = replay(meetingLifecycle, history, {});
    expect(first.ok ? -1 : first.index).toBe(1);
    const all = replayAll(meetingLifecycle, history, {});
    expect(all.ok).toBe(false);
    expect(all.refused.map((r) => [r.index, r.violations.map((v) => v.rule)])).toEqual([
      [1, ['meeting.ballots-while-open']],
      [4, ['meeting.tie-break-before-voting']],
      [5, ['meeting.chronological', 'ballot.known-voter']],
    ]);
    // Refused events whose status allowed them still moved the state on.
    expect(all.state.status).toBe('voting-closed');
    expect(all.state.meeting?.tieBreak).toEqual(['lot']);
  });

  it('is ok with the same state as replay on an accepted history', () => {
    const history: MeetingEvent[] = [
      { type: 'agenda-saved', at: t(0), by: 'p-center', payload: { meeting } },
      { type: 'weights-locked', at: t(1), by: 'p-center' },
    ];
    const all = replayAll(meetingLifecycle, history, {});
    expect(all).toEqual({
      ok: true,
      state: replay(meetingLifecycle, history, {}).state,
      refused: [],
    });
  });
});
