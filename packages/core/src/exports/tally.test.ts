import { describe, expect, it } from 'vitest';
import { pilotBallots, pilotMeeting } from '../examples/index.js';
import * as core from '../index.js';
import * as tallyEntry from './tally.js';

describe('@qingyuan/core/tally', () => {
  it('gives the meeting index that checkBallot takes, with the same verdicts', () => {
    const index = tallyEntry.indexMeeting(pilotMeeting);
    expect(index.projects.get('jinhuali-home')).toBe(0);
    const ballots = [...pilotBallots, { voter: 'nobody', marks: {} }];
    expect(ballots.map((b) => core.checkBallot(pilotMeeting, b, index))).toEqual(
      ballots.map((b) => core.checkBallot(pilotMeeting, b)),
    );
  });

  it("keeps the tally's internals out of the root", () => {
    const internals = [
      'finishTally',
      'ExactAccumulator',
      'voterGroups',
      'nearestDouble',
      'indexMeeting',
      'isBallotShape',
      'supersededReason',
      'tiedBefore',
      'lotKey',
    ];
    expect(internals.filter((name) => name in core)).toEqual([]);
    expect(Object.keys(tallyEntry).sort()).toEqual(['indexMeeting', 'isMarksShape']);
    expect('isMarksShape' in core).toBe(false);
  });
});
