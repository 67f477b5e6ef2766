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
  /** The signing page: the project whose contract is signed and the member signing it. */
  project?: string;
  member?: string;
}

/** A screen of the cycle, in the order of the year. */
export interface DemoScreen {
  id: string;
  label: Record<Locale, string>;
  render(locale: Locale, session: DemoSession, route: DemoRoute, role: DemoRole): TemplateResult;
}

/**
 * Reads the route from the location hash (`#/meeting`, `#/meeting/<meeting>`, `#/funding`,
 * `#/funding/<meeting>`, `#/vote/v01`, `#/vote/v01/<meeting>`, `#/sign/<project>/<member>`);
 * the Open Space session, where the cycle starts, by default.
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
  if (screen === 'sign' && first && second) {
    return { screen, project: decodeURIComponent(first), member: decodeURIComponent(second) };
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
    id: 'pb',
    label: { 'zh-CN': '参与式预算', en: 'Participatory budget' },
    render: (locale, session, _route, role) =>
      html`<demo-pb-screen
        .locale=${locale}
        .session=${session}
        .actingAs=${role}
      ></demo-pb-screen>`,
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

/**
 * The address a member's signing slip holds (its QR code): the signing page of their project
 * on `base` (the demo's address other devices reach), with their one-time code in the query,
 * where `<qy-execution-team code-param>` takes it from and then removes it.
 *
 * @example
 * signUrl('http://192.168.1.20:5173/', 'jinhuali-home', 'p-wang', 'K7Q2-9XPM');
 * // 'http://192.168.1.20:5173/?code=K7Q2-9XPM#/sign/jinhuali-home/p-wang'
 */
export function signUrl(base: string, project: string, member: string, code: string): string {
  const url = new URL(base);
  url.search = `?code=${encodeURIComponent(code)}`;
  url.hash = `#/sign/${encodeURIComponent(project)}/${encodeURIComponent(member)}`;
  return url.href;
}

/** A member's signing page, reached from the QR code of their signing slip. */
export const signRoute: DemoScreen = {
  id: 'sign',
  label: { 'zh-CN': '签署职责合同', en: 'Sign the contract' },
  render: (locale, session, route) =>
    html`<demo-sign-screen
      .locale=${locale}
      .session=${session}
      .project=${route.project ?? ''}
      .member=${route.member ?? ''}
    ></demo-sign-screen>`,
};
