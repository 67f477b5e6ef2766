import {
  jinhualiExecutionHistory,
  liuyinliTerminationHistory,
  pilotProjectContext,
  pilotBallots,
  pilotBodies as corePilotBodies,
  pilotDecision,
  pilotMeeting as corePilotMeeting,
  pilotParticipants,
  pilotRound,
  pilotSummarySheet,
  subdistrictSurvey,
} from '@qingyuan/core/examples';
import { html, type TemplateResult } from 'lit';
import { userEvent } from 'vitest/browser';
import { pilotApplication } from '../application-form/application-form.fixture.js';
import { amendedApplication } from '../closing-report/closing-report.fixture.js';
import '../define/application-form.js';
import '../define/ballot.js';
import '../define/closing-report.js';
import '../define/execution-team.js';
import '../define/funding-decision.js';
import '../define/needs-report.js';
import '../define/project-status.js';
import { jinhualiTeam } from '../execution-team/execution-team.fixture.js';
import { surveyResponses } from '../needs-report/survey-responses.fixture.js';
import '../define/ranking-table.js';
import '../define/weight-editor.js';
import '../define/work-record.js';
import {
  pilotBodies,
  pilotDocuments,
  pilotHistory,
} from '../project-status/project-status.fixture.js';
import { settle, shadow, shadowAll, until } from './fixture.js';
import { pilotMeeting, scoreMeeting } from './meetings.js';

/** A component on realistic data, optionally driven to a state by a user. */
export interface Scene {
  name: string;
  /** The element's tag (the scene's root element). */
  tag: string;
  template: () => TemplateResult;
  /** Brings the element to the state the scene is about (clicks, key presses). */
  drive?: (el: HTMLElement) => Promise<void>;
}

/** The fund of the embed example: 18,000 yuan, so two of the pilot's four projects are beyond it. */
export const exampleFund = 1_800_000;

async function clickButton(el: HTMLElement, matches: (text: string) => boolean): Promise<void> {
  const found = shadowAll<HTMLButtonElement>(el, 'button').find((b) =>
    matches(b.textContent?.trim() ?? ''),
  );
  if (!found) throw new Error(`no such button in <${el.localName}>`);
  await userEvent.click(found);
  await settle(el.parentElement!);
}

/** Waits for the form of `<qy-closing-report writes>` (loaded on demand), then submits it empty. */
async function submitEmptyClosing(el: HTMLElement, field: string): Promise<void> {
  await until(() => el.shadowRoot?.querySelector(field) !== null, 'closing form');
  await clickButton(el, (text) => /^(Record the|Submit the report|提交)/.test(text));
}

/**
 * Every component the contrast and media tests look at, on the pilot's documents, in the
 * states that bring out secondary and error colours: recused projects and an incomplete-score
 * alert, rows beyond the fund with a breakdown open, weights over 100 %, missing fields, steps
 * ahead and a missing-items panel.
 */
export const scenes: Scene[] = [
  {
    name: 'ballot, recused voter',
    tag: 'qy-ballot',
    template: () => html`<qy-ballot voter="v-jinhuali" .meeting=${pilotMeeting()}></qy-ballot>`,
  },
  {
    name: 'ballot, incomplete score alert',
    tag: 'qy-ballot',
    template: () => html`<qy-ballot voter="v-expert" .meeting=${scoreMeeting()}></qy-ballot>`,
    drive: (el) =>
      clickButton(el, (text) => text === 'Review my ballot' || text === '检查我的选票'),
  },
  {
    name: 'ranking table beyond the fund, breakdown open',
    tag: 'qy-ranking-table',
    template: () =>
      html`<qy-ranking-table
        fund=${exampleFund}
        .meeting=${corePilotMeeting}
        .ballots=${pilotBallots}
      ></qy-ranking-table>`,
    drive: async (el) => {
      const why = shadowAll<HTMLButtonElement>(el, 'td.why-cell button').at(-1);
      if (!why) throw new Error('no "why" button');
      await userEvent.click(why);
      await settle(el.parentElement!);
    },
  },
  {
    name: 'weight editor over 100 %',
    tag: 'qy-weight-editor',
    template: () => html`<qy-weight-editor .meeting=${pilotMeeting()}></qy-weight-editor>`,
    drive: async (el) => {
      shadow(el, 'input').focus();
      await userEvent.keyboard('{ArrowUp}{ArrowUp}');
      await settle(el.parentElement!);
    },
  },
  {
    name: 'application form, the pilot application',
    tag: 'qy-application-form',
    template: () =>
      html`<qy-application-form .application=${pilotApplication()}></qy-application-form>`,
  },
  {
    name: 'blank application form',
    tag: 'qy-application-form',
    template: () => html`<qy-application-form></qy-application-form>`,
  },
  {
    name: 'project status, approved',
    tag: 'qy-project-status',
    template: () =>
      html`<qy-project-status
        .history=${pilotHistory(4)}
        .bodies=${pilotBodies}
        .documents=${pilotDocuments}
      ></qy-project-status>`,
  },
  {
    name: 'project status, missing items',
    tag: 'qy-project-status',
    template: () => html`<qy-project-status status="team-formed"></qy-project-status>`,
  },
  {
    name: 'project status, funded: the accountability view, expense lines open',
    tag: 'qy-project-status',
    template: () =>
      html`<qy-project-status
        .history=${jinhualiExecutionHistory}
        .bodies=${pilotProjectContext.bodies}
        .documents=${pilotProjectContext}
      ></qy-project-status>`,
    drive: async (el) => {
      await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
      shadow<HTMLDetailsElement>(el, '[part="expenses"]').open = true;
      await settle(el.parentElement!);
    },
  },
  {
    name: 'project status, terminated: the termination steps',
    tag: 'qy-project-status',
    template: () =>
      html`<qy-project-status
        .history=${liuyinliTerminationHistory}
        .bodies=${pilotProjectContext.bodies}
        .documents=${pilotProjectContext}
      ></qy-project-status>`,
    drive: async (el) => {
      await until(() => el.shadowRoot?.querySelector('[part="termination"]') != null, 'steps');
    },
  },
  {
    name: 'needs report, cross-tabulated by residency',
    tag: 'qy-needs-report',
    template: () =>
      html`<qy-needs-report
        .survey=${subdistrictSurvey}
        .responses=${surveyResponses()}
        .crossTabBy=${{ attribute: 'residency' }}
      ></qy-needs-report>`,
  },
  {
    name: 'funding decision, the pilot',
    tag: 'qy-funding-decision',
    template: () =>
      html`<qy-funding-decision
        decided-at="2007-10-09T10:00:00+08:00"
        .sheet=${pilotSummarySheet}
        .fund=${pilotRound.fund.amount}
        .bodies=${corePilotBodies}
        .participants=${pilotParticipants}
        .opinions=${pilotDecision.opinions}
      ></qy-funding-decision>`,
  },
  {
    name: 'execution team, two still to sign',
    tag: 'qy-execution-team',
    template: () =>
      html`<qy-execution-team
        project-name="金华里新居民之家"
        .participants=${pilotParticipants}
        .team=${jinhualiTeam()}
      ></qy-execution-team>`,
  },
  {
    name: 'closing report, execution report with errors',
    tag: 'qy-closing-report',
    template: () =>
      html`<qy-closing-report
        writes="report"
        .documents=${{ application: amendedApplication() }}
      ></qy-closing-report>`,
    drive: (el) => submitEmptyClosing(el, '#f-period-start'),
  },
  {
    name: 'closing report, audit with errors',
    tag: 'qy-closing-report',
    template: () =>
      html`<qy-closing-report
        writes="audit"
        .documents=${{ application: amendedApplication() }}
      ></qy-closing-report>`,
    drive: (el) => submitEmptyClosing(el, '#f-lines-0-actual'),
  },
  {
    name: 'closing report, evaluation with errors',
    tag: 'qy-closing-report',
    template: () =>
      html`<qy-closing-report
        writes="evaluation"
        .documents=${{ application: amendedApplication() }}
      ></qy-closing-report>`,
    drive: (el) => submitEmptyClosing(el, '#f-indicators-0-reached'),
  },
  {
    name: 'work record, the team to tick',
    tag: 'qy-work-record',
    template: () =>
      html`<qy-work-record
        project="jinhuali-home"
        recorded-by="p-zhao"
        .people=${pilotParticipants.filter((p) => ['p-li', 'p-zhao', 'p-wang'].includes(p.id))}
      ></qy-work-record>`,
  },
  {
    name: 'work record, saved empty with errors',
    tag: 'qy-work-record',
    template: () =>
      html`<qy-work-record project="jinhuali-home" recorded-by="p-zhao"></qy-work-record>`,
    drive: (el) => clickButton(el, (text) => text === 'Save the record' || text === '保存记录'),
  },
];
