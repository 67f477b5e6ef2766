import { describe, expect, it } from 'vitest';
import { isMeetingAction, meetingActionNames, meetingActions } from './meeting-transition.js';

describe('the organizer’s lifecycle actions', () => {
  it('are one list, in lifecycle order, each with the core event it records', () => {
    expect(Object.keys(meetingActions)).toEqual([...meetingActionNames]);
    expect(meetingActionNames).toEqual(['lock-weights', 'open', 'close', 'publish']);
  });

  it('tells an action from any other path segment', () => {
    expect(meetingActionNames.every(isMeetingAction)).toBe(true);
    expect(isMeetingAction('results')).toBe(false);
    expect(isMeetingAction('constructor')).toBe(false);
  });
});
