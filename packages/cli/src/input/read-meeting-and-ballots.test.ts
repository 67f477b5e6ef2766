import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readMeetingAndBallots } from './read-meeting-and-ballots.js';

const fixture = (name: string) =>
  fileURLToPath(new URL(`../../test/fixtures/meeting/${name}`, import.meta.url));

describe('readMeetingAndBallots', () => {
  it('reads MEETING.json and BALLOTS.json', async () => {
    const { meeting, ballots } = await readMeetingAndBallots(
      [fixture('pilot-meeting.json'), fixture('pilot-ballots.json')],
      'tally',
    );
    expect(meeting.projects.length).toBeGreaterThan(0);
    expect(ballots.length).toBeGreaterThan(0);
  });

  it('points at the command help when the number of files is wrong', async () => {
    await expect(readMeetingAndBallots([fixture('pilot-meeting.json')], 'explain')).rejects.toThrow(
      'explain takes MEETING.json and BALLOTS.json (see `qingyuan explain --help`)',
    );
  });
});
