import type { Locale } from '@qingyuan/core';
import { html, type TemplateResult } from 'lit';
import type { DemoRole } from './api/demo-roles.js';
import type { DemoSession } from './api/demo-api.js';

/**
 * Where the demo is: a screen, for a ballot the attendee, and the review meeting the meeting
 * screen, the funding screen or the ballot is of (absent: the round's seeded meeting).
 */
export interface DemoRoute {
  screen: string;
  voter?: string;
  meeting?: string;
}

/** A screen of the cycle, in the order of the year. */
export interface DemoScreen {
  id: string;
  label: Record<Locale, string>;
  render(locale: Locale, session: DemoSession, route: DemoRoute, role: DemoRole): TemplateResult;
}

/**
 * Reads the route from the location hash (`#/meeting`, `#/meeting/<meeting>`, `#/funding`,
 * `#/funding/<meeting>`, `#/vote/v01`, `#/vote/v01/<meeting>`); the Open Space session, where
 * the cycle starts, by default.
 *
 * @example
 * parseRoute('#/vote/v02'); // { screen: 'vote', voter: 'v02' }
 */
export function parseRoute(hash: string): DemoRoute {
  const [screen, first, second] = hash.replace(/^#\/?/, '').split('/');
  const meeting = (id: string | undefined) => (id ? { meeting: decodeURIComponent(id) } : {});
  if (screen === 'vote' && first) {
    return { screen, voter: decodeURIComponent(first), ...meeting(second) };
  }
  if (screen === 'meeting' || screen === 'funding') return { screen, ...meeting(first) };
  // The menu's screens; anything else shows the first one.
  return { screen: demoRoutes.some((r) => r.id === screen) ? screen! : demoRoutes[0]!.id };
}

/** The screens, in the order of the cycle. */
export const demoRoutes: DemoScreen[] = [
  {
    id: 'open-space',
    label: { 'zh-CN': '开放空间', en: 'Open Space' },
    render: (locale, session) =>
      html`<demo-open-space-screen .locale=${locale} .session=${session}></demo-open-space-screen>`,
  },
  {
    id: 'survey',
    label: { 'zh-CN': '需求调查', en: 'Needs survey' },
    render: (locale, session) =>
      html`<demo-survey-screen .locale=${locale} .session=${session}></demo-survey-screen>`,
  },
  {
    id: 'report',
    label: { 'zh-CN': '需求报告', en: 'Needs report' },
    render: (locale, session) =>
      html`<demo-report-screen .locale=${locale} .session=${session}></demo-report-screen>`,
  },
  {
    id: 'applications',
    label: { 'zh-CN': '项目申请', en: 'Applications' },
    render: (locale, session, _route, actingAs) =>
      html`<demo-applications-screen
        .locale=${locale}
        .session=${session}
        .actingAs=${actingAs}
      ></demo-applications-screen>`,
  },
  {
    id: 'meeting',
    label: { 'zh-CN': '评审会', en: 'Review meeting' },
    render: (locale, session, route, role) =>
      html`<demo-meeting-screen
        .locale=${locale}
        .session=${session}
        .actingAs=${role}
        .meetingId=${route.meeting ?? ''}
      ></demo-meeting-screen>`,
  },
  {
    id: 'funding',
    label: { 'zh-CN': '资助决定', en: 'Funding' },
    render: (locale, session, route, role) =>
      html`<demo-funding-screen
        .locale=${locale}
        .session=${session}
        .actingAs=${role}
        .meetingId=${route.meeting ?? ''}
      ></demo-funding-screen>`,
  },
  {
    id: 'execution',
    label: { 'zh-CN': '项目执行', en: 'Execution' },
    render: (locale, session, _route, role) =>
      html`<demo-execution-screen
        .locale=${locale}
        .session=${session}
        .actingAs=${role}
      ></demo-execution-screen>`,
  },
  {
    id: 'closing',
    label: { 'zh-CN': '结项', en: 'Closing' },
    render: (locale, session, _route, role) =>
      html`<demo-closing-screen
        .locale=${locale}
        .session=${session}
        .actingAs=${role}
      ></demo-closing-screen>`,
  },
  {
    id: 'audit',
    label: { 'zh-CN': '审计日志', en: 'Audit log' },
    render: (locale, session) =>
      html`<demo-audit-screen .locale=${locale} .session=${session}></demo-audit-screen>`,
  },
];

/** The ballot page, reached from the meeting's links and QR codes rather than the menu. */
export const voteRoute: DemoScreen = {
  id: 'vote',
  label: { 'zh-CN': '投票', en: 'Vote' },
  render: (locale, session, route) =>
    html`<demo-vote-screen
      .locale=${locale}
      .session=${session}
      .voter=${route.voter ?? ''}
      .meetingId=${route.meeting ?? ''}
    ></demo-vote-screen>`,
};
