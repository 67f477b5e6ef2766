import { readFileSync } from 'node:fs';
import { pilotBallots, pilotMeeting } from '@qingyuan/core/examples';
import { describe, expect, it } from 'vitest';

// The command-line tests read the pilot meeting and ballots as JSON files, as a user would. The
// one copy of that data is `@qingyuan/core/examples`; these files must not drift from it.
const read = (name: string): unknown =>
  JSON.parse(readFileSync(new URL(`./fixtures/meeting/${name}`, import.meta.url), 'utf8'));

describe('the CLI test files', () => {
  it('pilot-meeting.json is the example pilot meeting', () => {
    expect(read('pilot-meeting.json')).toEqual(pilotMeeting);
  });

  it('pilot-ballots.json is the example ballots plus one from a voter not on the list', () => {
    const ballots = read('pilot-ballots.json') as { voter: string }[];
    expect(ballots.slice(0, -1)).toEqual(pilotBallots);
    const stranger = ballots.at(-1)!.voter;
    expect(pilotMeeting.voters.map((v) => v.id)).not.toContain(stranger);
  });

  it('bad-weight-meeting.json is the example meeting with one negative weight', () => {
    const bad = read('bad-weight-meeting.json') as typeof pilotMeeting;
    const negative = bad.criteria.filter((c) => c.weight < 0);
    expect(negative.map((c) => c.id)).toEqual(['feasibility']);
    const fixed = structuredClone(bad);
    for (const c of fixed.criteria) c.weight = Math.abs(c.weight);
    expect(fixed).toEqual(pilotMeeting);
  });
});
