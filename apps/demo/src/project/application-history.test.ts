import { projectLifecycle, replay, type ProjectEvent } from '@qingyuan/core';
import { describe, expect, it } from 'vitest';
import { binheDongliDraft, jinhualiApplication } from '../data/pilot-applications.js';
import { demoContext } from '../data/round-context.js';
import { applicationHistory, storedHistory } from './application-history.js';

const at = '2007-09-21T09:00:00+08:00';
/** Jinhuali's project as the round keeps it after the review meeting: submitted, then reviewed. */
const roundHistory: ProjectEvent[] = [
  { type: 'application-saved', at, by: 'p-li', payload: { application: jinhualiApplication } },
  { type: 'submitted', at, by: 'p-li' },
  {
    type: 'review-started',
    at: '2007-09-27T14:00:00+08:00',
    by: 'p-center',
    payload: { meeting: 'qingyuan-2007-ab12cd' },
  } as ProjectEvent,
];

describe('the application part of a project history', () => {
  it('takes the round’s events up to the submission, which core replays as submitted', () => {
    const history = applicationHistory(roundHistory, jinhualiApplication, '');
    expect(history.map((e) => [e.type, e.by])).toEqual([
      ['application-saved', 'p-li'],
      ['submitted', 'p-li'],
    ]);
    const replayed = replay(projectLifecycle, history, demoContext);
    expect(replayed.ok && replayed.state.status).toBe('submitted');
  });

  it('falls back to the stored text: submitted when ready, a draft when a rule refuses it', () => {
    expect(applicationHistory(undefined, jinhualiApplication, at).map((e) => e.type)).toEqual([
      'application-saved',
      'submitted',
    ]);
    expect(storedHistory(binheDongliDraft, at).map((e) => e.type)).toEqual(['application-saved']);
    // A round history without a submission is not the application's.
    expect(
      applicationHistory(roundHistory.slice(0, 1), binheDongliDraft, at).map((e) => e.type),
    ).toEqual(['application-saved']);
  });
});
