import { describe, expect, it } from 'vitest';
import {
  pilotApplications,
  pilotDecision,
  pilotRound,
  pilotSubdistrict,
} from '../examples/index.js';
import { parseDocument } from '../validation/parse-document.js';
import { checkRound } from './check-round.js';
import { RoundSchema } from './round.js';
import { SubdistrictSchema } from './subdistrict.js';

describe('Round and Subdistrict documents', () => {
  it('names a project listed twice, at the later place', () => {
    const twice = { ...pilotRound, funded: [...pilotRound.funded, 'jinhuali-home'] };
    const result = parseDocument(RoundSchema, twice, { locale: 'en' });
    expect(result.ok || result.issues.map((issue) => issue.where)).toEqual(['funded[4]']);
    const community = pilotSubdistrict.communities[0]!;
    const again = {
      ...pilotSubdistrict,
      communities: [...pilotSubdistrict.communities, community],
    };
    expect(parseDocument(SubdistrictSchema, again).ok).toBe(false);
  });
});

describe('checkRound', () => {
  it('accepts the 2007 pilot round', () => {
    expect(
      checkRound(pilotRound, {
        subdistrict: pilotSubdistrict,
        applications: pilotApplications,
        decisions: [pilotDecision],
      }),
    ).toEqual({ ok: true });
  });

  it('reports every mismatch at once: foreign community, grants above the fund, funded list off', () => {
    const round = {
      ...pilotRound,
      communities: [...pilotRound.communities.slice(1), 'wangjing'],
      fund: { ...pilotRound.fund, amount: { amount: 2500000, currency: 'CNY' } },
      funded: pilotRound.funded.slice(0, 3),
    };
    const result = checkRound(round, {
      subdistrict: pilotSubdistrict,
      applications: pilotApplications,
      decisions: [pilotDecision],
    });
    expect(result.ok || result.violations.map((v) => [v.rule, v.message.en, v.path])).toEqual([
      [
        'round.subdistrict',
        'Community wangjing is not in subdistrict qingyuan',
        ['communities', 3],
      ],
      [
        'round.communities',
        'Application jinhuali-home is from jinhuali, which does not take part in the round',
        ['applications', 0],
      ],
      [
        'round.within-fund',
        'The round grants 29,000.00 CNY in all, more than its fund of 25,000.00 CNY',
        ['decisions'],
      ],
      [
        'round.funded-matches-decisions',
        'A decision funds jinhuiyuan-efamily, but the round does not list it as funded',
        ['funded'],
      ],
    ]);
    expect(result.ok || result.violations[2]!.message['zh-CN']).toBe(
      '本轮资助合计 29,000.00 CNY，超过专项资金 25,000.00 CNY',
    );
  });
});
