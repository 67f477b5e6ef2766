import {
  PbBallotElectionSchema,
  PbBallotTextsSchema,
  checkPbBallot,
  parseDocument,
  pbBallotElectionFromJSON,
} from '@qingyuan/core';
import { describe, expect, it } from 'vitest';
import { exampleDistrictSheet, pbFormats } from './example-district-pb.js';

describe('the invented district’s PB sheet', () => {
  it.each(pbFormats)(
    'is a valid %s sheet that says it is invented, in both languages',
    (format) => {
      const sheet = exampleDistrictSheet(format);
      expect(parseDocument(PbBallotElectionSchema, sheet).ok).toBe(true);
      expect(parseDocument(PbBallotTextsSchema, sheet).ok).toBe(true);
      expect(sheet.rules.format).toBe(format);
      expect(sheet.title.en).toContain('invented');
      expect(sheet.title['zh-CN']).toContain('虚构');
      expect(sheet.description.en).toContain('not any real city');
      expect(sheet.description['zh-CN']).toContain('不是任何真实城市');
    },
  );

  it('checks each format’s limits as the box will', () => {
    const check = (
      format: (typeof pbFormats)[number],
      ballot: Parameters<typeof checkPbBallot>[1],
    ) => checkPbBallot(pbBallotElectionFromJSON(exampleDistrictSheet(format)), ballot);
    const four = ['playground', 'lane-lights', 'canteen', 'bike-shelter'];
    expect(check('approval', { projects: four.slice(0, 3) }).ok).toBe(true);
    expect(check('approval', { projects: four }).ok).toBe(false);
    // 180,000 + 250,000 + 220,000 is over the ¥600,000 limit of a knapsack ballot.
    expect(check('knapsack', { projects: ['playground', 'reading-room', 'canteen'] }).ok).toBe(
      false,
    );
    expect(check('knapsack', { projects: ['playground', 'reading-room', 'lane-lights'] }).ok).toBe(
      true,
    );
    expect(check('cumulative', { projects: ['canteen', 'playground'], points: [5, 5] }).ok).toBe(
      true,
    );
    expect(check('cumulative', { projects: ['canteen'], points: [6] }).ok).toBe(false);
    expect(check('ordinal', { projects: four.slice(0, 3) }).ok).toBe(true);
    expect(check('ordinal', { projects: four }).ok).toBe(false);
  });
});
