import type { Ballot } from '../meeting/ballot.js';

const all = { 'public-benefit': true, feasibility: true, sustainability: true } as const;

/**
 * Ballots cast at `pilotMeeting`, in the order they arrived: five of its seven attendees
 * voted (v05 and v06 did not). Made up for examples; small enough that the totals can be worked
 * out by hand (docs/scoring.md does). v01 marks its own community's project, which
 * own-community recusal leaves out of the count.
 *
 * @example
 * import { tally } from '@qingyuan/core';
 * import { pilotBallots, pilotMeeting } from '@qingyuan/core/examples';
 * tally(pilotMeeting, pilotBallots).counted; // 5
 */
export const pilotBallots: Ballot[] = [
  {
    voter: 'v01',
    marks: {
      'jinhuali-home': { ...all }, // own community: ignored under own-community recusal
      'yuhuayuan-culture': { 'public-benefit': true, feasibility: true, sustainability: false },
      'xinghuayuan-children': { 'public-benefit': true, sustainability: true },
    },
  },
  {
    voter: 'v02',
    marks: {
      'jinhuali-home': { ...all },
      'xinghuayuan-children': { 'public-benefit': true, feasibility: true },
    },
  },
  {
    voter: 'v03',
    marks: {
      'jinhuali-home': { 'public-benefit': true, sustainability: true },
      'yuhuayuan-culture': { feasibility: true, sustainability: true },
    },
  },
  {
    voter: 'v04',
    marks: {
      'jinhuali-home': { 'public-benefit': true, feasibility: true },
      'jinhuiyuan-efamily': { feasibility: true },
    },
  },
  {
    voter: 'e01',
    marks: { 'jinhuali-home': { 'public-benefit': true }, 'xinghuayuan-children': { ...all } },
  },
];

const yes = (publicBenefit: boolean, feasibility: boolean, sustainability: boolean) => ({
  'public-benefit': publicBenefit,
  feasibility,
  sustainability,
});

/**
 * Another way `pilotMeeting` could have voted: six attendees (all but the expert), with totals
 * close enough that moving the agreed weights would reorder projects. For weight-sensitivity
 * examples; the demo's report uses it. Made up for examples.
 *
 * @example
 * import { tally, weightSensitivity } from '@qingyuan/core';
 * import { closePilotBallots, pilotMeeting } from '@qingyuan/core/examples';
 * weightSensitivity(pilotMeeting, tally(pilotMeeting, closePilotBallots));
 */
export const closePilotBallots: Ballot[] = [
  {
    voter: 'v01',
    marks: {
      'yuhuayuan-culture': yes(true, true, true),
      'jinhuiyuan-efamily': yes(false, true, false),
      'xinghuayuan-children': yes(true, true, false),
    },
  },
  {
    voter: 'v02',
    marks: {
      'jinhuali-home': yes(true, true, true),
      'jinhuiyuan-efamily': yes(false, true, true),
      'xinghuayuan-children': yes(true, false, true),
    },
  },
  {
    voter: 'v03',
    marks: {
      'jinhuali-home': yes(true, false, true),
      'yuhuayuan-culture': yes(true, true, false),
      'xinghuayuan-children': yes(true, true, true),
    },
  },
  {
    voter: 'v04',
    marks: {
      'jinhuali-home': yes(true, true, false),
      'yuhuayuan-culture': yes(false, true, true),
      'jinhuiyuan-efamily': yes(true, false, false),
    },
  },
  {
    voter: 'v05',
    marks: {
      'jinhuali-home': yes(true, true, true),
      'yuhuayuan-culture': yes(true, true, true),
      'jinhuiyuan-efamily': yes(false, false, true),
      'xinghuayuan-children': yes(true, true, false),
    },
  },
  {
    voter: 'v06',
    marks: {
      'jinhuali-home': yes(true, true, true),
      'yuhuayuan-culture': yes(true, false, true),
      'jinhuiyuan-efamily': yes(true, true, false),
      'xinghuayuan-children': yes(true, true, true),
    },
  },
];
