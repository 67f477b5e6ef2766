import { describe, expect, it } from 'vitest';
import {
  context,
  funding,
  history,
  meeting,
  participants,
  ranking,
  summarySheet,
  yuan,
} from '../domain/pilot-2007.fixture.js';
import type { FundingDecision } from '../domain/funding-decision.js';
import { applyEvent, missingForNext, replay } from './lifecycle.js';
import type { ProjectEvent } from './project-event.js';
import { projectLifecycle } from './project-lifecycle.js';
import type { ProjectContext } from './project-state.js';

const inReview = (() => {
  const result = replay(projectLifecycle, history.slice(0, 3), context);
  if (!result.ok) throw new Error('pilot history refused');
  return result.state;
})();
const at = '2008-04-02T10:00:00+08:00';
const approve: ProjectEvent = {
  type: 'approved',
  at,
  by: 'p-center',
  payload: { granted: yuan(10000), decision: 'fd-2008' },
};
const reject: ProjectEvent = {
  type: 'rejected',
  at,
  by: 'p-center',
  payload: { decision: 'fd-2008' },
};

/** The rules (with English messages and paths) an event breaks in a context. */
function broken(event: ProjectEvent, ctx: ProjectContext = context) {
  const result = applyEvent(projectLifecycle, inReview, event, ctx);
  return result.ok ? [] : result.violations.map((v) => [v.rule, v.message.en, v.path]);
}

/** The context with the pilot's decision replaced. */
const withDecision = (decision: FundingDecision): ProjectContext => ({
  ...context,
  meetings: [{ status: 'funding-decided', meeting, ranking, funding: decision }],
});

describe('approved / rejected follow a funding decision', () => {
  it('accepts the pilot approval: the decision’s grant, by the service center', () => {
    expect(broken(approve)).toEqual([]);
    const result = applyEvent(projectLifecycle, inReview, approve, context);
    expect(result.ok && [result.state.granted, result.state.decision]).toEqual([
      yuan(10000),
      'fd-2008',
    ]);
  });

  it('decision.named: a decision that is not on record', () => {
    expect(broken({ ...approve, payload: { granted: yuan(10000), decision: 'fd-1999' } })).toEqual([
      ['decision.named', 'There is no funding decision “fd-1999”', ['payload', 'decision']],
    ]);
  });

  it('approval.grant-matches: the grant is the decision’s amount', () => {
    expect(broken({ ...approve, payload: { granted: yuan(9000), decision: 'fd-2008' } })).toEqual([
      [
        'approval.grant-matches',
        'The decision grants jinhuali-home 10,000.00 CNY, not 9,000.00 CNY',
        ['payload', 'granted'],
      ],
    ]);
    const none = { ...funding, grants: funding.grants.slice(1) };
    expect(broken(approve, withDecision(none))[0]).toEqual([
      'approval.grant-matches',
      'Decision “fd-2008” grants nothing to jinhuali-home',
      ['payload', 'granted'],
    ]);
  });

  it('rejection.not-granted: a funded project cannot be recorded as rejected; an unfunded one can', () => {
    expect(broken(reject)).toEqual([
      [
        'rejection.not-granted',
        'The decision grants jinhuali-home 10,000.00 CNY; it cannot be rejected',
        ['payload', 'decision'],
      ],
    ]);
    const passedOver: FundingDecision = {
      ...funding,
      grants: funding.grants.filter((g) => g.project !== 'jinhuali-home'),
      departures: [{ project: 'jinhuali-home', by: 'p-center', reason: '申请人撤回' }],
    };
    expect(broken(reject, withDecision(passedOver))).toEqual([]);
    expect(broken({ type: 'rejected', at, by: 'p-center' })).toEqual([
      ['decision.named', 'No funding decision is named', ['payload', 'decision']],
    ]);
  });

  it('decision.recorded-after: not before the decision was made', () => {
    expect(broken({ ...approve, at: '2008-04-01T10:00:00+08:00' })).toEqual([
      [
        'decision.recorded-after',
        'Recorded at 2008-04-01T10:00:00+08:00, before decision “fd-2008” was made (2008-04-02T10:00:00+08:00)',
        ['at'],
      ],
    ]);
  });

  it('decision.meeting-published and decision.same-meeting', () => {
    const unpublished: ProjectContext = {
      ...context,
      meetings: [{ status: 'voting-closed', meeting, funding }],
    };
    expect(broken(approve, unpublished)).toContainEqual([
      'decision.meeting-published',
      'The results of meeting “qingyuan-2008” are not published',
      ['payload', 'decision'],
    ]);
    const elsewhere = { ...funding, id: 'fd-other', meeting: 'qingyuan-2009' };
    const rules = broken(
      { ...approve, payload: { granted: yuan(10000), decision: 'fd-other' } },
      { ...context, decisions: [elsewhere] },
    ).map(([rule]) => rule);
    expect(rules).toEqual([
      'decision.same-meeting',
      'decision.meeting-published',
      'decision.summary-signed-off',
    ]);
  });

  it('decision.by-funding-body: whoever decided is a member of the street office or service center', () => {
    const byNgo = { ...funding, decidedBy: ['p-center', 'p-ngo'] };
    expect(broken(approve, withDecision(byNgo))).toEqual([
      [
        'decision.by-funding-body',
        'p-ngo is not a member of Qingyuan community service center or Qingyuan street office',
        ['decision', 'decidedBy', 1],
      ],
    ]);
  });

  it('decision.opinions: the opinions of street leaders and experts are recorded', () => {
    const { opinions: _, ...silent } = funding;
    expect(broken(approve, withDecision(silent))).toEqual([
      [
        'decision.opinions',
        'Decision “fd-2008” records no opinion of street leaders and experts',
        ['decision', 'opinions'],
      ],
    ]);
    const onlyLeader = { ...funding, opinions: funding.opinions!.slice(0, 1) };
    expect(broken(approve, withDecision(onlyLeader))).toEqual([
      ['decision.opinions', 'The decision records no expert’s opinion', ['decision', 'opinions']],
    ]);
    // Without the participants, their roles are unknown: any recorded opinion counts.
    const { participants: _p, ...anonymous } = withDecision(onlyLeader);
    expect(participants.length).toBeGreaterThan(0);
    expect(broken(approve, anonymous)).toEqual([]);
  });

  it('decision.funding-rules: a departure from the ranking records who and why', () => {
    const skipsSecond: FundingDecision = {
      ...funding,
      grants: funding.grants.filter((g) => g.project !== 'xinghuayuan-kids'),
    };
    expect(broken(approve, withDecision(skipsSecond))).toEqual([
      [
        'decision.funding-rules',
        'xinghuayuan-kids (rank 2) is not funded while yuhuayuan-culture (rank 3) is: record who decided and why',
        ['decision', 'departures'],
      ],
    ]);
  });

  it('decision.summary-signed-off: a supervision-group member signed off the sheet before the decision', () => {
    expect(broken(approve, { ...context, summarySheets: [] })).toEqual([
      [
        'decision.summary-signed-off',
        'There is no results summary sheet of meeting “qingyuan-2008”',
        ['summarySheet'],
      ],
    ]);
    const { signOff: _, ...unsigned } = summarySheet;
    expect(broken(approve, { ...context, summarySheets: [unsigned] })).toEqual([
      [
        'decision.summary-signed-off',
        'Results summary sheet sheet-2008 has not been signed off by a supervision-group member',
        ['summarySheet', 'signOff'],
      ],
    ]);
    const late = {
      ...summarySheet,
      signOff: { body: 'qingyuan-supervision', by: 'p-center', at: '2008-04-03T09:00:00+08:00' },
    };
    expect(broken(approve, { ...context, summarySheets: [late] })).toEqual([
      [
        'decision.summary-signed-off',
        'p-center is not a member of Supervision and audit group',
        ['summarySheet', 'signOff', 'by'],
      ],
      [
        'decision.summary-signed-off',
        'The sheet was signed off at 2008-04-03T09:00:00+08:00, after the funding decision (2008-04-02T10:00:00+08:00)',
        ['summarySheet', 'signOff', 'at'],
      ],
    ]);
  });
});

describe('missingForNext in review', () => {
  it('checks the approval the meeting’s decision gives, and says what is still missing', () => {
    expect(missingForNext(projectLifecycle, inReview, context)).toEqual({
      event: 'approved',
      to: 'approved',
      missing: [],
    });
    const { signOff: _, ...unsigned } = summarySheet;
    const next = missingForNext(projectLifecycle, inReview, {
      ...context,
      summarySheets: [unsigned],
    });
    expect(next.missing.map((v) => v.message['zh-CN'])).toEqual([
      '评选结果汇总表 sheet-2008 尚未经项目监审组成员签字确认',
    ]);
    const undecided = missingForNext(projectLifecycle, inReview, {
      ...context,
      meetings: [{ status: 'results-published', meeting, ranking }],
    });
    expect(undecided.missing.map((v) => [v.rule, v.message.en])).toEqual([
      [
        'project.document-required',
        'A funding decision of the review meeting is needed (FundingDecision)',
      ],
    ]);
  });
});
