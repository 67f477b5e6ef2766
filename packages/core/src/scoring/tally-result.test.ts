import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toJSONSchema } from '../schemas/registry.js';
import { parseDocument } from '../validation/parse-document.js';
import { pilotBallots, pilotMeeting } from './pilot-meeting.fixture.js';
import { meetingWithBallotsArb } from './tally-arbitraries.fixture.js';
import { TallyResultSchema } from './tally-result.js';
import { tally } from './weighted-tally.js';

describe('TallyResultSchema', () => {
  it('accepts exactly what tally returns, through JSON, dropping nothing', () => {
    fc.assert(
      fc.property(meetingWithBallotsArb, ({ meeting, ballots }) => {
        // a malformed and an unknown-voter ballot, so `rejected` has reasons in it
        const result = tally(meeting, [...ballots, { marks: 3 }, { voter: 'nobody', marks: {} }]);
        const json: unknown = JSON.parse(JSON.stringify(result));
        expect(TallyResultSchema.parse(json)).toEqual(result);
      }),
    );
  });

  it('accepts a result without the exact values (another platform may leave them out)', () => {
    const { ranking, counted, rejected } = tally(pilotMeeting, pilotBallots);
    const bare = ranking.map(({ exact: _exact, ...row }) => row);
    const parsed = parseDocument(TallyResultSchema, { ranking: bare, counted, rejected });
    expect(parsed).toEqual({ ok: true, value: { ranking: bare, counted, rejected } });
  });

  it('names every bad field and a repeated project, in zh-CN and English', () => {
    const { ranking } = tally(pilotMeeting, pilotBallots);
    const bad = {
      ranking: [
        { ...ranking[0]!, rank: 0 },
        { ...ranking[1]!, project: ranking[0]!.project },
        { project: 'x', rank: 3, total: '1', tied: false, criteria: {} },
      ],
      counted: -1,
      rejected: [],
    };
    const en = parseDocument(TallyResultSchema, bad, { locale: 'en' });
    const zh = parseDocument(TallyResultSchema, bad, { locale: 'zh-CN' });
    if (en.ok || zh.ok) throw new Error('expected issues');
    expect(en.issues.map((issue) => issue.where).sort()).toEqual([
      'counted',
      'ranking[0].rank',
      'ranking[2].total',
    ]);
    // the duplicate is reported once the fields are right
    const duplicate = parseDocument(
      TallyResultSchema,
      {
        ...bad,
        ranking: bad.ranking.slice(0, 2).map((row, i) => ({ ...row, rank: i + 1 })),
        counted: 1,
      },
      { locale: 'en' },
    );
    expect(duplicate).toMatchObject({
      ok: false,
      issues: [
        {
          where: 'ranking[1].project',
          code: 'duplicate-id',
          message: `Duplicate id "${ranking[0]!.project}" in ranking`,
        },
      ],
    });
    const zhTotal = zh.issues.find((issue) => issue.where === 'ranking[2].total')!;
    expect(zhTotal.message).toMatch(/[\u4e00-\u9fff]/);
    expect(zhTotal.message).not.toBe(
      en.issues.find((i) => i.where === 'ranking[2].total')!.message,
    );
  });

  it('is published as JSON Schema with ranking, counted and rejected required', () => {
    const schema = toJSONSchema('TallyResult') as { required: string[]; $id: string };
    expect(schema.$id).toBe('https://qingyuan.dev/schemas/TallyResult.json');
    expect([...schema.required].sort()).toEqual(['counted', 'ranking', 'rejected']);
  });
});
