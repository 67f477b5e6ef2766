import { describe, expect, it } from 'vitest';
import { pilotBallots, pilotMeeting } from '../examples/index.js';
import { allocateFunds, fundingCandidates } from '../funding/allocate-funds.js';
import { applyOverrides } from '../funding/funding-override.js';
import { explainProject } from '../scoring/explain.js';
import { isRecused } from '../scoring/recusal.js';
import { weightSensitivity } from '../analysis/sensitivity.js';
import { tallyColumns, type BallotColumns } from '../scoring/tally-columns.js';
import { tally } from '../scoring/weighted-tally.js';
import { InvalidInputError } from '../validation/invalid-input-error.js';
import { parseDocument } from '../validation/parse-document.js';
import { ReviewMeetingSchema } from './review-meeting.js';

/** The pilot meeting as a file would hold it: plain JSON, nothing checked. */
function rawMeeting(): Record<string, unknown> & { projects: Record<string, unknown>[] } {
  return JSON.parse(JSON.stringify(pilotMeeting)) as ReturnType<typeof rawMeeting>;
}

/** Runs `fn` and returns the InvalidInputError it throws (fails the test otherwise). */
function refusal(fn: () => unknown): InvalidInputError {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(InvalidInputError);
    return error as InvalidInputError;
  }
  throw new Error('expected an InvalidInputError, nothing was thrown');
}

const fund = { amount: 2_000_000, currency: 'CNY' };

describe('public functions never compute on an unchecked meeting', () => {
  it('a file without `aggregate` is summed (its schema default), as `qingyuan tally` sums it', () => {
    const raw = rawMeeting();
    delete raw['aggregate'];
    const parsed = parseDocument(ReviewMeetingSchema, raw);
    if (!parsed.ok) throw new Error('the pilot meeting is valid');
    expect(parsed.value.aggregate).toBe('sum');
    const fromFile = tally(raw as never, pilotBallots);
    expect(fromFile).toEqual(tally(parsed.value, pilotBallots));
    // The pilot's hand-worked totals (docs/scoring.md): sums, not means.
    expect(fromFile.ranking.map((row) => [row.project, row.exact.total])).toEqual([
      ['jinhuali-home', '14/5'],
      ['xinghuayuan-children', '12/5'],
      ['yuhuayuan-culture', '13/10'],
      ['jinhuiyuan-efamily', '3/10'],
    ]);
  });

  it('a project without a community is refused with the violations parseDocument gives', () => {
    const raw = rawMeeting();
    delete raw.projects[0]!['community'];
    const error = refusal(() => tally(raw as never, pilotBallots));
    const parsed = parseDocument(ReviewMeetingSchema, raw);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(error.violations).toEqual(parsed.violations);
    expect(error.violations.map((v) => v.path)).toEqual([['projects', 0, 'community']]);
    expect(error).toMatchObject({
      function: 'tally',
      argument: 'meeting',
      expected: 'ReviewMeeting',
    });
    expect(error.message).toContain('projects[0].community');
    expect(error.format('zh-CN')).toMatch(
      /参数 meeting 不是有效的 ReviewMeeting\n {2}projects\[0\]\.community: /,
    );
  });

  it('refuses negative weights and duplicate project ids with their paths, in both languages', () => {
    const raw = rawMeeting() as { criteria: { weight: number }[]; projects: { id: string }[] };
    raw.criteria[1]!.weight = -0.3;
    raw.projects[2]!.id = raw.projects[0]!.id;
    const error = refusal(() => tally(raw as never, pilotBallots));
    expect(error.violations.map((v) => [v.rule, v.path])).toEqual([
      ['too_small', ['criteria', 1, 'weight']],
      ['duplicate-id', ['projects', 2, 'id']],
    ]);
    for (const violation of error.violations) {
      expect(violation.message.en).not.toBe(violation.message['zh-CN']);
    }
  });

  it('checks the meeting in every function that reads one', () => {
    const raw = rawMeeting();
    delete raw.projects[1]!['community'];
    const result = tally(pilotMeeting, pilotBallots);
    const calls: [string, () => unknown][] = [
      [
        'tallyColumns',
        () => tallyColumns(raw as never, { voter: new Int32Array(0), marks: new Uint8Array(0) }),
      ],
      ['explainProject', () => explainProject(raw as never, result, 'jinhuali-home')],
      ['weightSensitivity', () => weightSensitivity(raw as never, result)],
      ['fundingCandidates', () => fundingCandidates(raw as never, result)],
      ['recusal', () => isRecused(raw as never, 'v01', 'jinhuali-home')],
    ];
    for (const [name, call] of calls) {
      const error = refusal(call);
      expect(error.function).toBe(name);
      expect(error.violations.map((v) => v.path)).toEqual([['projects', 1, 'community']]);
    }
  });
});

describe('misuse answers with a typed error, not a TypeError from inside', () => {
  const result = tally(pilotMeeting, pilotBallots);

  it('weightSensitivity with the options where the result belongs', () => {
    const error = refusal(() => weightSensitivity(pilotMeeting, { fund } as never));
    expect(error.argument).toBe('result');
    expect(error.violations.map((v) => v.path)).toContainEqual(['ranking']);
  });

  it('weightSensitivity with a fund given as the options, or a fund that is not money', () => {
    expect(refusal(() => weightSensitivity(pilotMeeting, result, fund as never))).toMatchObject({
      argument: 'options',
      violations: [{ rule: 'unrecognized_keys', path: [] }],
    });
    const error = refusal(() =>
      weightSensitivity(pilotMeeting, result, { fund: { amount: 1.5, currency: 'CNY' } }),
    );
    expect(error.violations.map((v) => [v.rule, v.path])).toEqual([
      ['money-integer', ['fund', 'amount']],
    ]);
  });

  it('a result of another meeting is refused by explainProject and weightSensitivity', () => {
    const other = {
      ...pilotMeeting,
      criteria: [{ id: 'x', name: 'X', weight: 1 }],
    };
    const error = refusal(() => explainProject(other, result, 'jinhuali-home'));
    expect(error.argument).toBe('result');
    expect(error.violations[0]).toMatchObject({
      rule: 'unknown-criterion',
      path: ['ranking', 0, 'exact', 'criteria', 'x'],
    });
    const fewer = { ...pilotMeeting, projects: pilotMeeting.projects.slice(1) };
    expect(refusal(() => weightSensitivity(fewer, result)).violations[0]).toMatchObject({
      rule: 'unknown-project',
      path: ['ranking', 0, 'project'],
    });
  });

  it('explainProject with a locale it does not ship', () => {
    expect(
      refusal(() => explainProject(pilotMeeting, result, 'jinhuali-home', 'fr' as never)).argument,
    ).toBe('locale');
  });

  it('tally with ballots that are not a list; tallyColumns with columns of the wrong kind', () => {
    expect(refusal(() => tally(pilotMeeting, { voter: 'v01' } as never)).argument).toBe('ballots');
    const error = refusal(() =>
      tallyColumns(pilotMeeting, { voter: [0], marks: [1, 0, 1] } as unknown as BallotColumns),
    );
    expect(error.violations.map((v) => v.path)).toEqual([['voter'], ['marks']]);
  });

  it('allocateFunds with candidates, fund or options of the wrong shape', () => {
    expect(refusal(() => allocateFunds(undefined as never, fund)).argument).toBe('candidates');
    expect(refusal(() => allocateFunds([], 2_000_000 as never)).argument).toBe('fund');
    expect(refusal(() => allocateFunds([], fund, { mode: 'greedy' } as never))).toMatchObject({
      argument: 'options',
      violations: [{ path: ['mode'] }],
    });
    // Amount rules stay business-rule values, not errors.
    expect(allocateFunds([], { amount: -1, currency: 'CNY' })).toMatchObject({ ok: false });
  });

  it('applyOverrides with an override that is not a FundingOverride, or no allocation', () => {
    const allocated = allocateFunds(fundingCandidates(pilotMeeting, result), fund);
    if (!allocated.ok) throw new Error('the pilot fund is valid');
    const error = refusal(() =>
      applyOverrides(allocated.allocation, [
        { project: 'jinhuali-home', granted: 10.5, by: 'p-center' } as never,
      ]),
    );
    expect(error.argument).toBe('overrides');
    expect(error.violations.map((v) => v.path)).toEqual([
      [0, 'reason'],
      [0, 'granted'],
    ]);
    expect(refusal(() => applyOverrides(allocated as never, [])).argument).toBe('allocation');
  });
});
