import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  allocateFunds,
  checkRound,
  type FundingDecision,
  type Round,
  fundingCandidates,
  fundingDecisionFrom,
  localize,
  needsReport,
  parseDocument,
  NeedsSurveySchema,
  ReviewMeetingSchema,
  formatMoney,
  tally,
  type Ballot,
  type WorkRecord,
  WorkRecordSchema,
  ApplicationSchema,
  type Application,
} from '@qingyuan/core';
import { choiceChart, crossTabChart } from '@qingyuan/elements';
import type { Browser, Locator, Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { needsSurvey2007, seedSurveyResponses } from '../src/data/needs-survey-2007.js';
import { pilotFund, pilotMeeting } from '../src/data/pilot-2007.js';
import { workRecords } from '../src/data/project-histories.js';
import { epsilonText, sensitivityOf, sensitivityRows } from '../src/report/sensitivity-rows.js';
import { launchChromium } from './chromium.js';
import { startDemo, type RunningDemo } from './demo-server.js';

// One full review meeting through the UI, keyboard only: the organizer agrees new weights
// (50/25/25) and locks them, opens voting; three attendees vote in their own tabs; the live
// ranking, the final ranking, the funding decision and the audit log must all agree with core.
const dataDir = mkdtempSync(join(tmpdir(), 'qy-demo-e2e-'));
let demo: RunningDemo;
let browser: Browser;
let organizer: Page;
/** The receipts the three voters were shown, in voting order. */
const receipts: string[] = [];

const weights = { 'public-benefit': 50, feasibility: 25, sustainability: 25 };
const votes: Record<string, Record<string, string[]>> = {
  v02: {
    'jinhuali-home': ['public-benefit', 'feasibility', 'sustainability'],
    'jinhuiyuan-efamily': ['feasibility'],
    'xinghuayuan-children': ['public-benefit', 'sustainability'],
  },
  v05: {
    'jinhuali-home': ['public-benefit'],
    'yuhuayuan-culture': ['public-benefit', 'feasibility', 'sustainability'],
    'jinhuiyuan-efamily': ['sustainability'],
    'xinghuayuan-children': ['public-benefit', 'feasibility'],
  },
  v06: {
    'jinhuali-home': ['public-benefit', 'sustainability'],
    'yuhuayuan-culture': ['feasibility'],
    'jinhuiyuan-efamily': ['public-benefit', 'feasibility', 'sustainability'],
    'xinghuayuan-children': ['feasibility'],
  },
};

const meetingWithWeights = ReviewMeetingSchema.parse({
  ...pilotMeeting,
  criteria: pilotMeeting.criteria.map((c) => ({
    ...c,
    weight: weights[c.id as keyof typeof weights] / 100,
  })),
});
const ballots: Ballot[] = Object.entries(votes).map(([voter, marks]) => ({
  voter,
  marks: Object.fromEntries(
    Object.entries(marks).map(([project, yes]) => [
      project,
      Object.fromEntries(meetingWithWeights.criteria.map((c) => [c.id, yes.includes(c.id)])),
    ]),
  ),
}));
const expected = tally(meetingWithWeights, ballots);
const title = (id: string) =>
  localize(meetingWithWeights.projects.find((p) => p.id === id)!.title, 'zh-CN');

const screen = (page: Page, name: string): Locator => page.locator(`demo-${name}-screen`);
const status = (page: Page) => screen(page, 'meeting').locator('[data-status]');
/** The words a screen shows (its shadow root's text), to catch developer words and ids. */
const shownText = (page: Page, name: string): Promise<string> =>
  screen(page, name).evaluate((el) => el.shadowRoot?.textContent ?? '');
/**
 * Chooses `value` in a native select with the arrow keys, as a keyboard user does (Chromium
 * changes a closed select's value on ArrowDown/ArrowUp and fires its change event).
 */
const choose = async (select: Locator, value: string): Promise<void> => {
  const [from, to] = await select.evaluate((el, wanted) => {
    const options = [...(el as HTMLSelectElement).options];
    return [(el as HTMLSelectElement).selectedIndex, options.findIndex((o) => o.value === wanted)];
  }, value);
  if (to === undefined || from === undefined || to < 0) throw new Error(`no option "${value}"`);
  const key = to > from ? 'ArrowDown' : 'ArrowUp';
  for (let i = 0; i < Math.abs(to - from); i++) await select.press(key);
  await expect.poll(() => select.inputValue()).toBe(value);
};
/** Switches the role in the demo's header, as a person does with the keyboard. */
const actAs = async (page: Page, role: string): Promise<void> => {
  await choose(page.locator('qy-demo-app #role'), role);
};
/** Words of the code, not of the people who use the demo. */
const developerWords = /核心库|core library|needsReport|weightSensitivity|<qy-/;

beforeAll(async () => {
  demo = await startDemo(dataDir);
  browser = await launchChromium();
  organizer = await (await browser.newContext()).newPage();
});

afterAll(async () => {
  await browser?.close();
  await demo?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

// What one resident answers in the survey, keyboard only.
const myAnswers = {
  attributes: { community: 'jinhuali', residency: 'migrant' },
  answers: {
    'q-needs': ['goods', 'childcare'],
    'q-kids': 2,
    'q-satisfaction': 2,
    'q-priority': ['children-space', 'supermarket', 'elder-volunteers'],
    'q-join': 'lead',
  },
};

describe('before the survey: an Open Space session', () => {
  let newIdea = '';

  it('three residents propose and dot ideas from their own views; the report ranks them as core does', async () => {
    await organizer.goto(`${demo.url}#/open-space`);
    const view = screen(organizer, 'open-space');
    const board = view.locator('qy-idea-board');
    // What is invented goes on a fictional community, and the screen says so.
    expect(await view.locator('#made-up').textContent()).toContain('柳荫里是虚构的社区');
    const as = (who: string) => view.locator(`input[name="viewer"][value="${who}"]`).press('Space');
    // Wang proposes an idea for the fictional community.
    await as('p-wang');
    const form = board.locator('[part="propose"]');
    await form.locator('input[name="title"]').pressSequentially('楼道互助角');
    await choose(form.locator('select[name="community"]'), 'liuyinli');
    await form.locator('button[type="submit"]').press('Enter');
    const proposed = board.locator('[part="idea"]').filter({ hasText: '楼道互助角' });
    await expect.poll(() => proposed.count()).toBe(1);
    newIdea = (await proposed.getAttribute('data-idea'))!;
    const dot = async (idea: string, times: number) => {
      for (let i = 0; i < times; i++) {
        await board.locator(`[part="idea"][data-idea="${idea}"] [part="dot-add"]`).press('Enter');
      }
    };
    await dot(newIdea, 2);
    // A third dot on one idea is over the session's limit (2): core refuses it, nothing changes.
    await dot(newIdea, 1);
    await expect.poll(() => board.locator('[part="notice"]').textContent()).toMatch(/\S/);
    await as('p-chen-jianguo');
    await dot(newIdea, 1);
    await dot('i-opera-troupe', 2);
    await as('p-huang-jing');
    await dot(newIdea, 1);
    await dot('i-after-school', 2);
    // Every idea and dot is the ballot box's: its report (core's openSpaceReport) ranks them,
    // and nothing of the session is kept in this browser.
    const session = (await (await fetch(`${demo.url}demo/session`)).json()) as {
      round: { organization: string };
      openSpace: { id: string };
    };
    const sessionUrl = `${demo.url}api/organizations/${session.round.organization}/sessions/${session.openSpace.id}`;
    const boxReport = async () =>
      (
        (await (await fetch(`${sessionUrl}/report`)).json()) as {
          ideas: { idea: { id: string }; dots: number; voters: number }[];
        }
      ).ideas;
    await expect
      .poll(async () => (await boxReport())[0])
      .toMatchObject({
        idea: { id: newIdea },
        dots: 4,
        voters: 3,
      });
    const ranked = await boxReport();
    const rows = view.locator('#ideas tbody tr');
    const shownRows = () =>
      rows.evaluateAll((trs) =>
        trs.map((tr) => [tr.getAttribute('data-idea'), Number(tr.getAttribute('data-dots'))]),
      );
    await expect.poll(shownRows).toEqual(ranked.map((r) => [r.idea.id, r.dots]));
    expect(
      await organizer.evaluate(() =>
        Object.keys(localStorage).filter((key) => key.startsWith('qy-demo-open-space')),
      ),
    ).toEqual([]);
    // The love supermarket idea became Jinhuali's application, in review in the round.
    expect(
      await view.locator('tr[data-idea="i-love-supermarket"] li[data-application]').textContent(),
    ).toMatch(/新居民之家\s*—\s*尚未获资助/);
    // A second browser (nothing stored) reads the same ideas and dots from the box.
    const other = await (await browser.newContext()).newPage();
    await other.goto(`${demo.url}#/open-space`);
    await expect
      .poll(() =>
        screen(other, 'open-space')
          .locator('#ideas tbody tr')
          .evaluateAll((trs) =>
            trs.map((tr) => [tr.getAttribute('data-idea'), Number(tr.getAttribute('data-dots'))]),
          ),
      )
      .toEqual(ranked.map((r) => [r.idea.id, r.dots]));
    await other.context().close();
    expect(await shownText(organizer, 'open-space')).not.toMatch(developerWords);
  });

  it('carries the new idea into an application draft that names its origin', async () => {
    const openSpaceId = (
      (await (await fetch(`${demo.url}demo/session`)).json()) as { openSpace: { id: string } }
    ).openSpace.id;
    expect(openSpaceId).toMatch(/^os-qingyuan-2007-/);
    const view = screen(organizer, 'open-space');
    await view.locator(`button.carry[data-idea="${newIdea}"]`).press('Enter');
    await expect.poll(() => organizer.evaluate(() => location.hash)).toBe('#/applications');
    const form = screen(organizer, 'applications').locator('qy-application-form');
    await expect.poll(() => form.locator('#f-title').inputValue()).toBe('楼道互助角');
    expect(
      await form.evaluate((el) => (el as never as { value?: { origin?: unknown } }).value?.origin),
    ).toEqual({ session: openSpaceId, ideas: [newIdea] });
  });
});

describe('the needs survey and its report', () => {
  it('a resident fills in the survey with the keyboard and it reaches the ballot box', async () => {
    const page = await (await browser.newContext()).newPage();
    await page.goto(`${demo.url}#/survey`);
    const survey = screen(page, 'survey').locator('qy-needs-survey');
    await survey.getByRole('radio', { name: '金华里' }).press('Space');
    await survey.getByRole('radio', { name: '外来人口' }).press('Space');
    await survey.getByRole('checkbox', { name: '低价生活用品' }).press('Space');
    await survey.getByRole('checkbox', { name: '儿童看护' }).press('Space');
    // Shown only now that child care is a need (core's show-if).
    const kids = survey.locator('#in-q-kids');
    await kids.pressSequentially('2');
    await survey.locator('[data-question="q-satisfaction"] input[value="2"]').press('Space');
    await survey.locator('[part="actions"] button.primary').press('Enter');
    for (const option of myAnswers.answers['q-priority']) {
      await survey
        .locator(
          `[data-question="q-priority"] li[data-option="${option}"] button[data-action="add"]`,
        )
        .press('Enter');
    }
    await survey.getByRole('radio', { name: '愿意牵头' }).press('Space');
    await survey.locator('[part="actions"] button.primary').press('Enter'); // to the review
    await survey.locator('[part="actions"] button.primary').press('Enter'); // submit
    await expect
      .poll(() => screen(page, 'survey').locator('[data-outcome]').getAttribute('data-outcome'))
      .toBe('sent');
    await page.context().close();
  });

  it('a response retried with the same Idempotency-Key (the survey’s outbox) is stored once', async () => {
    const response = { id: 'r-retried', survey: needsSurvey2007.id, ...myAnswers };
    const post = () =>
      fetch(`${demo.url}demo/survey-responses`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'idempotency-key': 'retry-1' },
        body: JSON.stringify(response),
      });
    const first = await post();
    const again = await post();
    expect([first.status, again.status]).toEqual([201, 200]);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    const stored = (await (await fetch(`${demo.url}demo/survey-responses`)).json()) as {
      items: { document: { id: string } }[];
    };
    expect(stored.items.filter((i) => i.document.id === 'r-retried')).toHaveLength(1);
  });

  it('the needs report counts every response, and its charts say what core’s needsReport says', async () => {
    const survey = NeedsSurveySchema.parse(needsSurvey2007);
    const all = [
      ...seedSurveyResponses(),
      { id: 'r-mine', survey: survey.id, ...myAnswers },
      { id: 'r-retried', survey: survey.id, ...myAnswers },
    ];
    const report = needsReport(survey, all, { crossTabBy: { attribute: 'residency' } });
    await organizer.goto(`${demo.url}#/report`);
    const page = screen(organizer, 'report');
    await expect
      .poll(() => page.locator('#counted').textContent())
      .toContain(`共 ${all.length} 份答卷`);
    const cells = (chart: string) =>
      page
        .locator(`#${chart} tbody tr`)
        .evaluateAll((trs) =>
          trs.map((tr) => [...tr.querySelectorAll('th, td')].map((c) => c.textContent?.trim())),
        );
    const needs = choiceChart(report, 'q-needs', 'zh-CN', '');
    expect(await cells('chart-q-needs')).toEqual(needs.rows.map((r) => [r.label, ...r.texts]));
    const cross = crossTabChart(report, 'q-needs', 'zh-CN');
    expect(await cells('chart-q-needs-by-group')).toEqual(
      cross.rows.map((r) => [r.label, ...r.texts]),
    );
    // Each bar is as long as its share: the bars of one chart are in the ratio of the shares.
    const widths = await page
      .locator('#chart-q-needs rect.bar')
      .evaluateAll((rects) => rects.map((r) => parseFloat(r.getAttribute('width') ?? '0')));
    const shares = needs.rows.map((r) => r.values[0]!);
    widths.forEach((w, i) => expect(w / widths[0]!).toBeCloseTo(shares[i]! / shares[0]!, 5));
    // The table is reachable with the keyboard.
    const summary = page.locator('#chart-q-needs summary');
    await summary.press('Enter');
    await expect.poll(() => page.locator('#chart-q-needs table').isVisible()).toBe(true);
    expect(await shownText(organizer, 'report')).not.toMatch(developerWords);
  });
});

describe('applications', () => {
  it('lists the seeded applications with what each still lacks, as core says', async () => {
    await organizer.goto(`${demo.url}#/applications`);
    const page = screen(organizer, 'applications');
    const rows = page.locator('#applications tbody tr');
    await expect.poll(() => rows.count()).toBe(6);
    expect(
      await rows.evaluateAll((trs) =>
        trs.map((tr) => [tr.getAttribute('data-application'), tr.getAttribute('data-missing')]),
      ),
    ).toEqual([
      ['jinhuali-home', '0'],
      ['yuhuayuan-culture', '0'],
      ['jinhuiyuan-efamily', '0'],
      ['xinghuayuan-children', '0'],
      ['yuhuayuan-erli-environment', '0'],
      ['binhe-dongli-189', '2'],
    ]);
    // Jinhuali's application names the Open Space ideas it carries forward, by their titles.
    expect(
      await page.locator('tr[data-application="jinhuali-home"] .origin').textContent(),
    ).toContain('来自开放空间会议的点子：“爱心超市：低价生活用品”、“买得起的日用品”');
    await page.locator('tr[data-application="binhe-dongli-189"] button').press('Enter');
    const missing = page.locator('qy-project-status [part="missing"] li .message');
    await expect
      .poll(() => missing.allTextContents())
      .toEqual([
        '申请书至少需要一项指标（可衡量的目标及单位）',
        '预算条目合计 3,000.00 CNY，与总额 5,000.00 CNY 不符',
      ]);
  });

  it('continues the draft in the application form until nothing is missing, and stores it', async () => {
    const page = screen(organizer, 'applications');
    await page.locator('#start-draft').press('Enter');
    const form = page.locator('qy-application-form');
    await expect
      .poll(() => form.locator('[part="missing"]').textContent())
      .toContain('申请书至少需要一项指标');
    await form.locator('#f-indicators').press('Enter');
    const type = async (id: string, text: string) => {
      await form.locator(`#${id}`).pressSequentially(text);
    };
    await type('f-indicators-0-description', '签署公约的商户');
    await type('f-indicators-0-unit', '家');
    await type('f-indicators-0-target', '150');
    // Binhe Dongli joins the 2007 round only in the demo, which says so.
    expect(await page.locator('#invented').textContent()).toMatch(/演示虚构/);
    // No one is asked for an id: the draft keeps its own, and the community is picked by name
    // from the round's communities.
    expect(await form.locator('#f-id').count()).toBe(0);
    expect(await form.locator('#f-community option:checked').textContent()).toContain('滨河东里');
    expect(await form.locator('#f-community option').allTextContents()).toContain('金华里');
    // The organizer is not the applicant: the screen says whose step it is.
    await form.locator('[part="actions"] button.primary').press('Enter');
    await expect
      .poll(() => page.locator('[data-outcome]').getAttribute('data-outcome'))
      .toBe('failed');
    expect(await page.locator('[data-outcome]').textContent()).toContain('居民');
    await actAs(organizer, 'resident');
    await form.locator('[part="actions"] button.primary').press('Enter');
    await expect
      .poll(() => page.locator('[data-outcome]').getAttribute('data-outcome'))
      .toBe('saved');
    await expect
      .poll(() =>
        page.locator('tr[data-application="binhe-dongli-189"]').getAttribute('data-missing'),
      )
      .toBe('0');
    // What reached the box was submitted, and its status says so (not "draft").
    await expect
      .poll(() =>
        page
          .locator('#application-status qy-project-status')
          .evaluate((el) => (el as never as { currentStatus: string }).currentStatus),
      )
      .toBe('submitted');
    const row = page.locator('tr[data-application="binhe-dongli-189"]');
    expect(await row.getAttribute('data-status')).toBe('submitted');
    expect(await row.getAttribute('data-vetting')).toBe('none');
    // The service center vets it.
    await actAs(organizer, 'service-center');
    await row.locator('button.vet').press('Enter');
    await expect.poll(() => row.getAttribute('data-vetting')).toBe('accepted');
    expect(await shownText(organizer, 'applications')).not.toMatch(developerWords);
    // On the server: the round holds the application as written, submitted, and its vetting;
    // a reload shows the same.
    const round = (await (await fetch(`${demo.url}demo/round`)).json()) as {
      round: { communities: string[] };
      applications: Application[];
      vettings: { application: string; outcome: string; by: string }[];
      projects: { id: string; status: string }[];
    };
    expect(round.round.communities).toContain('binhe-dongli');
    const stored = round.applications.find((a) => a.id === 'binhe-dongli-189');
    expect(stored?.indicators).toHaveLength(1);
    expect(JSON.stringify(stored?.indicators)).toContain('签署公约的商户');
    expect(parseDocument(ApplicationSchema, stored).ok).toBe(true);
    expect(round.projects.find((p) => p.id === 'binhe-dongli-189')?.status).toBe('submitted');
    expect(
      round.vettings.filter((v) => v.application === 'binhe-dongli-189').map((v) => v.outcome),
    ).toEqual(['accepted']);
    await organizer.reload();
    await expect.poll(() => row.getAttribute('data-vetting')).toBe('accepted');
    expect(await row.getAttribute('data-status')).toBe('submitted');
    await actAs(organizer, 'organizer');
  });
});

describe('the written application on a new review meeting’s agenda', () => {
  /** The id of the meeting the organizer creates. */
  let created = '';
  const binhe = 'binhe-dongli-189';
  const binheVotes: Record<string, string[]> = {
    v02: ['public-benefit', 'feasibility'],
    v06: ['public-benefit', 'feasibility', 'sustainability'],
  };
  /** Reads the box as the organizer does (its own credential of the round). */
  const asOrganizer = async <T>(path: string): Promise<T> => {
    const { token, organization, round } = (await (
      await fetch(`${demo.url}demo/roles/organizer`)
    ).json()) as { token: string; organization: string; round: string };
    const res = await fetch(
      `${demo.url}api${path.replace('{round}', `organizations/${organization}/rounds/${round}`)}`,
      { headers: { authorization: `Bearer ${token}` } },
    );
    expect(res.status).toBe(200);
    return (await res.json()) as T;
  };
  type BoxMeeting = {
    id: string;
    status: string;
    meeting: {
      title: Record<string, string>;
      projects: { id: string; title: Record<string, string> }[];
      criteria: unknown[];
      communities?: { id: string; name: unknown }[];
    };
    turnout: { voted: number; codes: number };
  };

  it('the organizer puts the accepted application on a new meeting’s agenda, keyboard only', async () => {
    await organizer.goto(`${demo.url}#/meeting`);
    const view = screen(organizer, 'meeting');
    // The agenda the box builds from the vettings; the pilots are already reviewed by the seeded
    // meeting, so only the written application waits.
    const agenda = await asOrganizer<{ projects: { id: string }[] }>('/{round}/agenda');
    expect(agenda.projects.map((p) => p.id)).toContain(binhe);
    await expect
      .poll(() =>
        view
          .locator('#waiting li')
          .evaluateAll((lis) => lis.map((li) => li.getAttribute('data-project'))),
      )
      .toEqual([binhe]);
    expect(await view.locator('#invented-meeting').textContent()).toMatch(/演示虚构/);
    // Only the organizer takes this step: the resident is told whose step it is.
    await actAs(organizer, 'resident');
    await expect
      .poll(() => view.locator('#new-review [data-role-step]').getAttribute('data-role-step'))
      .toBe('organizer');
    expect(await view.locator('#create-review').count()).toBe(0);
    await actAs(organizer, 'organizer');
    await view.locator('#create-review').press('Enter');
    await expect
      .poll(() => organizer.evaluate(() => location.hash))
      .toMatch(/^#\/meeting\/.+-review-2$/);
    created = decodeURIComponent((await organizer.evaluate(() => location.hash)).slice(10));
    await expect
      .poll(() => view.locator('#meeting-title').getAttribute('data-meeting'))
      .toBe(created);
    expect(await view.locator('#review-outcome').getAttribute('data-outcome')).toBe('ok');
    // On the box: the meeting has the application on its agenda and the seeded meeting's
    // criteria; the round reviews it (the project is in review), and nothing waits any more.
    const box = await asOrganizer<BoxMeeting>(`/meetings/${created}`);
    const session = (await (await fetch(`${demo.url}demo/session`)).json()) as {
      meetingId: string;
    };
    const seeded = await asOrganizer<BoxMeeting>(`/meetings/${session.meetingId}`);
    expect(box.meeting.projects.map((p) => p.id)).toEqual([binhe]);
    expect(box.meeting.criteria).toEqual(seeded.meeting.criteria);
    // …and the names of its communities, which the ballot shows on its cards.
    expect(box.meeting.communities).toContainEqual({
      id: 'binhe-dongli',
      name: { 'zh-CN': '滨河东里', en: 'Binhe Dongli' },
    });
    expect(box.status).toBe('draft');
    const round = (await (await fetch(`${demo.url}demo/round`)).json()) as {
      round: { meetings: string[] };
      projects: { id: string; status: string }[];
    };
    expect(round.round.meetings).toContain(created);
    expect(round.projects.find((p) => p.id === binhe)?.status).toBe('in-review');
    await expect.poll(() => view.locator('#nothing-waiting').count()).toBe(1);
    expect(await view.locator('#create-review').count()).toBe(0);
    expect(await shownText(organizer, 'meeting')).not.toMatch(developerWords);
  });

  it('runs that meeting: weights locked, two attendees vote on it, voting closed and results published', async () => {
    const view = screen(organizer, 'meeting');
    await expect.poll(() => status(organizer).getAttribute('data-status')).toBe('draft');
    await view.locator('qy-weight-editor [part="lock-button"]').press('Enter');
    await expect.poll(() => status(organizer).getAttribute('data-status')).toBe('weights-locked');
    // A second organizer's tab, in English, still shows the locked weights when voting opens.
    const context = await browser.newContext();
    await context.addInitScript(() => localStorage.setItem('qy-demo-locale', 'en'));
    // (It does not hear the box's live events, as a tab on a dropped connection would not.)
    await context.route('**/events', (route) => route.abort());
    const stale = await context.newPage();
    await stale.goto(organizer.url());
    await expect.poll(() => status(stale).getAttribute('data-status')).toBe('weights-locked');
    await view.getByRole('button', { name: '开始投票' }).press('Enter');
    await expect.poll(() => status(organizer).getAttribute('data-status')).toBe('open');
    // Its own "Open voting" is refused by the box, in words and in the page's language.
    await screen(stale, 'meeting').getByRole('button', { name: 'Open voting' }).press('Enter');
    const refusal = screen(stale, 'meeting').locator('p.error[role="alert"]');
    await expect.poll(() => refusal.textContent()).toMatch(/^\s*The ballot box refused: \S/);
    expect(await refusal.textContent()).not.toMatch(/[\u4e00-\u9fff]/);
    // …and the tab then shows the box's state, voting open.
    await expect.poll(() => status(stale).getAttribute('data-status')).toBe('open');
    await context.close();
    for (const [voter, criteria] of Object.entries(binheVotes)) {
      const href = await view.locator(`a[data-voter="${voter}"]`).getAttribute('href');
      expect(href).toContain(`/${created}`);
      const tab = await (await browser.newContext()).newPage();
      await tab.goto(href!);
      const ballot = screen(tab, 'vote').locator('qy-ballot');
      await expect
        .poll(() => ballot.locator('fieldset.project dd').first().textContent())
        .toMatch(/^(滨河东里|Binhe Dongli)$/);
      for (const criterion of criteria) {
        await ballot
          .locator(`input[data-project="${binhe}"][data-criterion="${criterion}"]`)
          .press('Space');
      }
      await ballot.locator('[part="actions"] button.primary').press('Enter');
      await ballot.locator('[part="actions"] button.primary').press('Enter');
      await expect
        .poll(() => screen(tab, 'vote').locator('[data-outcome]').getAttribute('data-receipt'))
        .toMatch(/\S{8,}/);
      await tab.context().close();
    }
    await expect
      .poll(() => status(organizer).textContent())
      .toContain(`已投票 2 / ${pilotMeeting.voters.length} 人`);
    await view.getByRole('button', { name: '结束投票' }).press('Enter');
    await expect.poll(() => status(organizer).getAttribute('data-status')).toBe('closed');
    await view.getByRole('button', { name: '公布结果' }).press('Enter');
    await expect.poll(() => status(organizer).getAttribute('data-status')).toBe('published');
  });

  it('a reload and a second browser at 360 px show what the box holds', async () => {
    const box = await asOrganizer<BoxMeeting>(`/meetings/${created}`);
    const results = await asOrganizer<{ counted: number; ranking: { project: string }[] }>(
      `/meetings/${created}/results`,
    );
    expect(box.status).toBe('published');
    expect(results.counted).toBe(2);
    const agenda = await asOrganizer<{ projects: { id: string }[] }>('/{round}/agenda');
    expect(agenda.projects.map((p) => p.id)).toContain(binhe);
    await organizer.reload();
    const phone = await (
      await browser.newContext({ viewport: { width: 360, height: 740 } })
    ).newPage();
    await phone.goto(`${demo.url}#/meeting/${encodeURIComponent(created)}`);
    for (const page of [organizer, phone]) {
      const view = screen(page, 'meeting');
      await expect.poll(() => status(page).getAttribute('data-status')).toBe(box.status);
      expect(await view.locator('#meeting-title').textContent()).toContain(
        box.meeting.title['zh-CN'],
      );
      expect(await status(page).textContent()).toContain(
        `已投票 ${box.turnout.voted} / ${box.turnout.codes} 人`,
      );
      await expect
        .poll(() => view.locator('qy-ranking-table tr[part="row"] .title').allTextContents())
        .toEqual(
          results.ranking.map(
            (r) => box.meeting.projects.find((p) => p.id === r.project)!.title['zh-CN'],
          ),
        );
      // The round's meetings, each with the box's status; the one shown is marked.
      const round = (await (await fetch(`${demo.url}demo/round`)).json()) as {
        round: { meetings: string[] };
      };
      expect(
        await view
          .locator('#round-meetings li')
          .evaluateAll((lis) => lis.map((li) => li.getAttribute('data-meeting'))),
      ).toEqual(round.round.meetings);
      expect(
        await view
          .locator(`#round-meetings li[data-meeting="${created}"]`)
          .getAttribute('data-meeting-status'),
      ).toBe('published');
      expect(await view.locator('#round-meetings a[aria-current="page"]').textContent()).toContain(
        box.meeting.title['zh-CN'],
      );
    }
    expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      360,
    );
    // Nothing of it in the browser's storage.
    expect(
      await organizer.evaluate(() =>
        Object.keys(localStorage).filter((k) => /meeting|review/.test(k)),
      ),
    ).toEqual([]);
    await phone.context().close();
    // Back to the seeded meeting, keyboard only, for the review meeting of the pilots below.
    await screen(organizer, 'meeting').locator('#round-meetings li:first-child a').press('Enter');
    await expect.poll(() => organizer.evaluate(() => location.hash)).toBe('#/meeting');
    await expect.poll(() => status(organizer).getAttribute('data-status')).toBe('draft');
  });
});

describe('a review meeting, end to end', () => {
  it('the organizer agrees and locks the weights, then opens voting', async () => {
    await organizer.goto(`${demo.url}#/meeting`);
    await expect.poll(() => status(organizer).getAttribute('data-status')).toBe('draft');
    const editor = screen(organizer, 'meeting').locator('qy-weight-editor');
    for (const [criterion, percent] of Object.entries(weights)) {
      const input = editor.locator(`#w-${criterion}`);
      await input.press('ControlOrMeta+a');
      await input.pressSequentially(String(percent));
    }
    await editor.locator('[part="lock-button"]').press('Enter');
    await expect.poll(() => status(organizer).getAttribute('data-status')).toBe('weights-locked');
    await screen(organizer, 'meeting').getByRole('button', { name: '开始投票' }).press('Enter');
    await expect.poll(() => status(organizer).getAttribute('data-status')).toBe('open');
  });

  it('three attendees vote from their own tabs, keyboard only', async () => {
    const links = screen(organizer, 'meeting').locator('a[data-voter]');
    await expect.poll(() => links.count()).toBe(pilotMeeting.voters.length);
    for (const [voter, marks] of Object.entries(votes)) {
      const href = await links
        .and(organizer.locator(`[data-voter="${voter}"]`))
        .getAttribute('href');
      // The first voter is on a phone: the ballot and its receipt fit 360 px.
      const phone = voter === Object.keys(votes)[0];
      const tab = await (
        await browser.newContext(phone ? { viewport: { width: 360, height: 740 } } : {})
      ).newPage();
      await tab.goto(href!);
      const ballot = screen(tab, 'vote').locator('qy-ballot');
      for (const [project, criteria] of Object.entries(marks)) {
        for (const criterion of criteria) {
          await ballot
            .locator(`input[data-project="${project}"][data-criterion="${criterion}"]`)
            .press('Space');
        }
      }
      await ballot.locator('[part="actions"] button.primary').press('Enter');
      await ballot.locator('[part="actions"] button.primary').press('Enter');
      const outcome = screen(tab, 'vote').locator('[data-outcome]');
      await expect.poll(() => outcome.getAttribute('data-receipt')).toMatch(/\S{8,}/);
      const receipt = (await outcome.getAttribute('data-receipt'))!;
      // One receipt on the page, the box's: shown whole by the ballot, not a second one beside it.
      expect(await ballot.locator('[part="receipt"]').textContent()).toContain(receipt);
      expect(
        await screen(tab, 'vote').evaluate((el) => el.shadowRoot?.textContent ?? ''),
      ).not.toContain(receipt);
      receipts.push(receipt);
      if (phone) {
        expect(await tab.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
          360,
        );
      }
      await tab.context().close();
    }
    await expect
      .poll(() => status(organizer).textContent())
      .toContain(`已投票 ${Object.keys(votes).length} / ${pilotMeeting.voters.length} 人`);
  });

  it('the live ranking shows the order core tallies', async () => {
    const rows = screen(organizer, 'meeting').locator('qy-ranking-table tr[part="row"] .title');
    await expect
      .poll(() => rows.allTextContents())
      .toEqual(expected.ranking.map((r) => title(r.project)));
  });

  it('says how far the weights would have to move to change the ranking, as core computes', async () => {
    const report = sensitivityOf(meetingWithWeights, expected, pilotFund)!;
    const view = screen(organizer, 'meeting');
    const summary = view.locator('#sensitivity-summary');
    await expect
      .poll(() => summary.textContent())
      .toContain(
        report.ranking.number === null
          ? '任何正权重都不会改变这个排名'
          : epsilonText(report.ranking.number, 'zh-CN'),
      );
    const rows = sensitivityRows(report, meetingWithWeights, 'zh-CN');
    expect(
      await view
        .locator('#chart-sensitivity tbody tr')
        .evaluateAll((trs) => trs.map((tr) => tr.textContent?.replace(/\s+/g, ' ').trim())),
    ).toEqual(rows.map((r) => `${r.label} ${r.texts[0]}`));
  });

  it('after closing: the results published, the sheet signed and the funding decided in the round, each by its own role', async () => {
    await screen(organizer, 'meeting').getByRole('button', { name: '结束投票' }).press('Enter');
    await expect.poll(() => status(organizer).getAttribute('data-status')).toBe('closed');
    await organizer.goto(`${demo.url}#/funding`);
    const view = screen(organizer, 'funding');
    // The sheet is prepared from the published ranking: the organizer publishes it first.
    await view.locator('#publish').press('Enter');
    // The organizer cannot sign the sheet: the screen says whose step it is.
    await expect
      .poll(() => view.locator('[data-role-step]').getAttribute('data-role-step'))
      .toBe('supervisor');
    expect(await view.locator('#sign').count()).toBe(0);
    await actAs(organizer, 'supervisor');
    await view.locator('#sign').press('Enter');
    await expect.poll(() => view.locator('#signed').getAttribute('data-signed-by')).toBe('p-jiwei');
    // The supervisor cannot decide the funding; the service center can.
    expect(await view.locator('qy-funding-decision').count()).toBe(0);
    await actAs(organizer, 'service-center');
    const decision = view.locator('qy-funding-decision');
    const rows = decision.locator('[part="ranking"] tbody tr[data-project]');
    await expect
      .poll(() => rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-project'))))
      .toEqual(expected.ranking.map((r) => r.project));
    const allocation = allocateFunds(fundingCandidates(meetingWithWeights, expected), pilotFund);
    expect(allocation.ok).toBe(true);
    const funded = allocation.ok
      ? allocation.allocation.grants.filter((g) => g.status === 'funded').map((g) => g.project)
      : [];
    expect(
      await rows.evaluateAll((trs) =>
        trs
          .filter((tr) => tr.getAttribute('data-status') === 'funded')
          .map((tr) => tr.getAttribute('data-project')),
      ),
    ).toEqual(funded);
    // A recorded change, keyboard only: the top project gets half its request, decided by the
    // service center; then the decision is posted to the round.
    const top = expected.ranking[0]!.project;
    const opinions = {
      'p-street-leader': '优先照顾流动人口多的社区',
      'p-expert': '先做一期，年底再评估',
    };
    const requested = meetingWithWeights.projects.find((p) => p.id === top)!.requested.amount;
    const form = decision.locator('[part="override-form"]');
    await choose(form.locator('#override-project'), top);
    await form.locator('[name="amount"]').pressSequentially(String(requested / 200));
    await choose(form.locator('select[name="by"]'), 'p-center');
    await form.locator('[name="reason"]').pressSequentially('专家建议先做一期');
    await form.locator('button[type="submit"]').press('Enter');
    await expect
      .poll(() => decision.locator('[part="overrides"] li').allTextContents())
      .toEqual([expect.stringMatching(/街道社区服务中心[\s\S]*专家建议先做一期/)]);
    // Core's rule: a decision records the opinions of the street leader and the experts it weighed.
    const opinion = decision.locator('[part="opinion-form"]');
    for (const [by, text] of Object.entries(opinions)) {
      await choose(opinion.locator('#opinion-by'), by);
      await opinion.locator('[name="opinion"]').pressSequentially(text);
      await opinion.locator('button[type="submit"]').press('Enter');
    }
    await decision.locator('[part="post"]').first().press('Enter');
    await expect.poll(() => view.locator('#saved').count()).toBe(1);
    // Nothing of it in the browser's storage: the round on the server holds the sheet and the
    // decision, with the change and its reason.
    expect(
      await organizer.evaluate(() =>
        Object.keys(localStorage).filter((k) => /decision|sign-off|sheet/.test(k)),
      ),
    ).toEqual([]);
    const round = (await (await fetch(`${demo.url}demo/round`)).json()) as {
      summarySheets: { signOff?: { by: string } }[];
      decisions: {
        meeting: string;
        grants: { project: string; amount: { amount: number } }[];
        departures: { project: string; by: string; reason: Record<string, string> }[];
        opinions?: { by: string; text: Record<string, string> }[];
      }[];
      projects: { id: string; status: string }[];
    };
    expect(round.summarySheets.map((sheet) => sheet.signOff?.by)).toEqual(['p-jiwei']);
    expect(round.decisions).toHaveLength(1);
    const stored = round.decisions[0]!;
    expect(stored.departures).toContainEqual(
      expect.objectContaining({
        project: top,
        by: 'p-center',
        reason: { 'zh-CN': '专家建议先做一期' },
      }),
    );
    expect(stored.grants.find((g) => g.project === top)?.amount.amount).toBe(requested / 2);
    expect(stored.opinions).toEqual(
      Object.entries(opinions).map(([by, text]) => ({ by, text: { 'zh-CN': text } })),
    );
    // The rule's own departures (a project skipped while a lower one got money) are recorded too.
    const byRule = allocation.ok
      ? fundingDecisionFrom(allocation.allocation, [], {
          id: 'x',
          meeting: meetingWithWeights.id,
          decidedBy: ['p-center'],
          decidedAt: new Date(0).toISOString(),
        })
      : undefined;
    expect(byRule?.ok).toBe(true);
    for (const departure of byRule?.ok ? byRule.decision.departures : []) {
      expect(stored.departures.map((d) => d.project)).toContain(departure.project);
    }
    // Every project of the meeting is approved or rejected by the decision, in the round.
    const grantOf = (id: string) => stored.grants.find((g) => g.project === id)?.amount.amount ?? 0;
    const reviewed = round.projects.filter((p) =>
      meetingWithWeights.projects.some((m) => m.id === p.id),
    );
    expect(reviewed).toHaveLength(4);
    expect(reviewed.map((p) => [p.id, p.status])).toEqual(
      reviewed.map((p) => [p.id, grantOf(p.id) > 0 ? 'approved' : 'rejected']),
    );
    // The screen's own copy of the element's messages is gone: one fund line, from the element.
    expect(await view.locator('#grants').count()).toBe(0);
    // A second browser (empty storage) at 360 px shows the stored decision; nothing runs off
    // the side of the page.
    const phone = await (
      await browser.newContext({ viewport: { width: 360, height: 740 } })
    ).newPage();
    await phone.goto(`${demo.url}#/funding`);
    const shown = screen(phone, 'funding').locator('#stored-decision tr[data-project]');
    await expect
      .poll(() =>
        shown.evaluateAll((trs) =>
          trs.map((tr) => [
            tr.getAttribute('data-project'),
            Number(tr.getAttribute('data-granted')),
          ]),
        ),
      )
      .toEqual(expected.ranking.map((r) => [r.project, grantOf(r.project)]));
    expect(await screen(phone, 'funding').locator('#signed').getAttribute('data-signed-by')).toBe(
      'p-jiwei',
    );
    expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      360,
    );
    await phone.context().close();
    // A second decision for the meeting is refused by the box, in Chinese (posted as the
    // element does, straight to the box's round with the service center's credential).
    const center = (await (await fetch(`${demo.url}demo/roles/service-center`)).json()) as {
      token: string;
      organization: string;
      round: string;
    };
    const again = await fetch(
      `${demo.url}api/organizations/${center.organization}/rounds/${center.round}/funding-decisions`,
      {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'accept-language': 'zh-CN',
          authorization: `Bearer ${center.token}`,
        },
        body: JSON.stringify({ id: 'fd-again', meeting: stored.meeting, decidedBy: ['p-center'] }),
      },
    );
    expect(again.status).toBe(409);
    expect(JSON.stringify(await again.json())).toContain('已有资助决定');
  });

  it('the audit log records the three ballots in words and verifies', async () => {
    await organizer.goto(`${demo.url}#/audit`);
    const audit = screen(organizer, 'audit');
    await expect.poll(() => audit.locator('#verification').textContent()).toMatch(/核验通过/);
    const ballots = audit.locator('#audit-log tbody tr[data-kind="ballot.cast"]');
    await expect.poll(() => ballots.count()).toBe(3);
    expect(await ballots.locator('th').allTextContents()).toEqual(Array(3).fill('收到选票'));
    // Each ballot's entry names the receipt its voter was shown, and no raw kind is on screen.
    for (const receipt of receipts) {
      await expect
        .poll(() => ballots.locator('.summary').allTextContents())
        .toContain(`回执码 ${receipt}`);
    }
    const names = await audit.locator('#audit-log tbody th').allTextContents();
    expect(names.filter((name) => /^[a-z.-]+$/.test(name))).toEqual([]);
    // The round's funding decision is the meeting's last entry.
    expect(names.at(-1)).toBe('作出资助决定');
  });

  it('a voter checks a receipt with the keyboard; a mistyped one is not found', async () => {
    const audit = screen(organizer, 'audit');
    const outcome = audit.locator('#receipt-check [role="status"]');
    await audit.locator('#receipt').press('ControlOrMeta+a');
    await audit.locator('#receipt').pressSequentially(receipts[1]!);
    await audit.locator('#receipt').press('Enter');
    await expect.poll(() => outcome.getAttribute('data-found')).toBe('true');
    expect(await outcome.textContent()).toMatch(/选票已计入/);
    await audit.locator('#receipt').press('ControlOrMeta+a');
    await audit.locator('#receipt').pressSequentially(`${receipts[1]!.slice(0, -1)}x`);
    await audit.locator('#receipt').press('Enter');
    await expect.poll(() => outcome.getAttribute('data-found')).toBe('false');
    expect(await outcome.textContent()).toMatch(/日志中没有回执码/);
  });

  it('downloads the whole export, whose log is the one on screen', async () => {
    const audit = screen(organizer, 'audit');
    const [download] = await Promise.all([
      organizer.waitForEvent('download'),
      audit.locator('#export').press('Enter'),
    ]);
    const exported = JSON.parse(readFileSync((await download.path())!, 'utf8')) as {
      log: { seq: number }[];
    };
    expect(exported.log.map((entry) => entry.seq)).toEqual(
      (await audit.locator('#audit-log tbody tr td.num').allTextContents()).map(Number),
    );
  });

  it('switches every screen and element to English', async () => {
    await organizer.goto(`${demo.url}#/meeting`);
    await organizer.getByRole('button', { name: 'English' }).press('Enter');
    const legend = screen(organizer, 'meeting').locator('qy-weight-editor legend');
    await expect.poll(() => legend.textContent()).toMatch(/[A-Za-z]{4}/);
    await expect
      .poll(() => screen(organizer, 'meeting').locator('#screen-title').textContent())
      .toBe('Review meeting');
    // The closed meeting's ranking (its widest table, in English) stays inside the page.
    expect(
      await organizer.evaluate(() => document.documentElement.scrollWidth),
    ).toBeLessThanOrEqual(await organizer.evaluate(() => window.innerWidth));
    await organizer.getByRole('button', { name: '中文' }).press('Enter');
    await expect.poll(() => legend.textContent()).toMatch(/权重/);
  });

  it('the state survives a restart of the demo', async () => {
    await demo.close();
    demo = await startDemo(dataDir);
    const page = await (await browser.newContext()).newPage();
    await page.goto(`${demo.url}#/meeting`);
    // The funding decided in the round is the meeting's last step.
    await expect.poll(() => status(page).getAttribute('data-status')).toBe('funding-decided');
  });
});

describe('the new meeting’s funding, from what the first decision left', () => {
  /** The round as the box exports it, read with the organizer's credential. */
  type RoundExport = {
    round: Round;
    applications: Application[];
    summarySheets: { meeting: string; signOff?: { by: string } }[];
    decisions: FundingDecision[];
    projects: { id: string; status: string }[];
  };
  const boxRound = async (): Promise<RoundExport> => {
    const { token, organization, round } = (await (
      await fetch(`${demo.url}demo/roles/organizer`)
    ).json()) as { token: string; organization: string; round: string };
    const res = await fetch(`${demo.url}api/organizations/${organization}/rounds/${round}/export`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(res.status).toBe(200);
    return (await res.json()) as RoundExport;
  };
  const binhe = 'binhe-dongli-189';
  let created = '';
  /** What the pilots' decision left of the round's fund. */
  let left = 0;
  const opinions = {
    'p-street-leader': '商户和居民一起订公约，值得支持',
    'p-expert': '先试一年，看公约执行情况',
  };

  it('lists the round’s meetings with their funding step; the new one’s sheet is signed by the supervisor, keyboard only', async () => {
    const before = await boxRound();
    created = before.round.meetings.find((m) => /-review-2$/.test(m))!;
    expect(created).toBeTruthy();
    expect(before.decisions.map((d) => d.meeting)).not.toContain(created);
    // The new meeting's own page, published, leads to its funding.
    await organizer.goto(`${demo.url}#/meeting/${encodeURIComponent(created)}`);
    await screen(organizer, 'meeting').locator('#to-funding').press('Enter');
    await expect
      .poll(() => organizer.evaluate(() => location.hash))
      .toBe(`#/funding/${encodeURIComponent(created)}`);
    await organizer.goto(`${demo.url}#/funding`);
    await actAs(organizer, 'organizer');
    const view = screen(organizer, 'funding');
    const stages = () =>
      view
        .locator('#round-meetings li')
        .evaluateAll((lis) =>
          lis.map((li) => [li.getAttribute('data-meeting'), li.getAttribute('data-stage')]),
        );
    await expect
      .poll(stages)
      .toEqual(before.round.meetings.map((m) => [m, m === created ? 'sign' : 'decided']));
    // The new meeting, chosen from the list with the keyboard.
    await view.locator(`#round-meetings li[data-meeting="${created}"] a`).press('Enter');
    await expect
      .poll(() => organizer.evaluate(() => location.hash))
      .toBe(`#/funding/${encodeURIComponent(created)}`);
    await expect
      .poll(() => view.locator('#meeting-title').getAttribute('data-meeting'))
      .toBe(created);
    // The fund left: the round's fund less what the pilots' decision granted.
    const granted = before.decisions
      .flatMap((d) => d.grants)
      .reduce((sum, g) => sum + g.amount.amount, 0);
    left = before.round.fund.amount.amount - granted;
    await expect
      .poll(() => view.locator('#fund-left').getAttribute('data-left'))
      .toBe(String(left));
    expect(await view.locator('#fund-left').textContent()).toContain(
      formatMoney({ amount: left, currency: 'CNY' }, 'zh-CN'),
    );
    // The sheet to sign: the new meeting's published ranking.
    expect(
      await view
        .locator('#sheet tbody tr')
        .evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-project'))),
    ).toEqual([binhe]);
    // The organizer is told whose step the sheet is; the supervisor signs it.
    await expect
      .poll(() => view.locator('#sign-off [data-role-step]').getAttribute('data-role-step'))
      .toBe('supervisor');
    await actAs(organizer, 'supervisor');
    await view.locator('#sign').press('Enter');
    await expect.poll(() => view.locator('#signed').getAttribute('data-signed-by')).toBe('p-jiwei');
    expect(await view.locator('qy-funding-decision').count()).toBe(0);
    const after = await boxRound();
    expect(
      after.summarySheets.filter((s) => s.meeting === created).map((s) => s.signOff?.by),
    ).toEqual(['p-jiwei']);
    expect(await shownText(organizer, 'funding')).not.toMatch(developerWords);
  });

  it('the service center decides it from the fund left, keyboard only; a stale English tab is refused in English', async () => {
    const view = screen(organizer, 'funding');
    // A second service-center tab, in English, has the decision open before it is made.
    const context = await browser.newContext();
    await context.addInitScript(() => {
      localStorage.setItem('qy-demo-locale', 'en');
      localStorage.setItem('qy-demo-role', 'service-center');
    });
    const stale = await context.newPage();
    await stale.goto(`${demo.url}#/funding/${encodeURIComponent(created)}`);
    const staleDecision = screen(stale, 'funding').locator('qy-funding-decision');
    await expect.poll(() => staleDecision.locator('[part="post"]').count()).toBe(1);

    await actAs(organizer, 'service-center');
    const decision = view.locator('qy-funding-decision');
    const rows = decision.locator('[part="ranking"] tbody tr[data-project]');
    await expect
      .poll(() => rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-project'))))
      .toEqual([binhe]);
    // The element allocates what is left, as the box will: core's allocateFunds.
    const meeting = (await (await fetch(`${demo.url}api/meetings/${created}`)).json()) as {
      meeting: { projects: { id: string; requested: { amount: number; currency: string } }[] };
    };
    const allocation = allocateFunds(
      meeting.meeting.projects.map((p) => ({ project: p.id, requested: p.requested })),
      { amount: left, currency: 'CNY' },
    );
    expect(allocation.ok).toBe(true);
    const byRule = allocation.ok ? allocation.allocation.grants : [];
    expect(await decision.locator('[part="fund"]').textContent()).toContain(
      formatMoney({ amount: left, currency: 'CNY' }, 'zh-CN'),
    );
    expect(await rows.first().getAttribute('data-status')).toBe(byRule[0]?.status);
    // Without the street leader's and the expert's opinions (core's `decision.opinions`)
    // nothing is posted.
    await decision.locator('[part="post"]').first().press('Enter');
    await expect
      .poll(() => decision.locator('.field-error[role="alert"]').count())
      .toBeGreaterThan(0);
    expect((await boxRound()).decisions.map((d) => d.meeting)).not.toContain(created);
    const opinion = decision.locator('[part="opinion-form"]');
    for (const [by, text] of Object.entries(opinions)) {
      await choose(opinion.locator('#opinion-by'), by);
      await opinion.locator('[name="opinion"]').pressSequentially(text);
      await opinion.locator('button[type="submit"]').press('Enter');
    }
    await decision.locator('[part="post"]').first().press('Enter');
    await expect.poll(() => view.locator('#saved').count()).toBe(1);

    // On the box: the round's second decision, for the new meeting, from what was left.
    const exported = await boxRound();
    expect(exported.decisions.map((d) => d.meeting)).toEqual([
      expect.not.stringMatching(created),
      created,
    ]);
    const stored = exported.decisions[1]!;
    const grantOf = (id: string) => stored.grants.find((g) => g.project === id)?.amount.amount ?? 0;
    expect(grantOf(binhe)).toBe(byRule.find((g) => g.project === binhe)?.granted ?? 0);
    expect(stored.opinions).toEqual(
      Object.entries(opinions).map(([by, text]) => ({ by, text: { 'zh-CN': text } })),
    );
    expect(exported.projects.find((p) => p.id === binhe)?.status).toBe(
      grantOf(binhe) > 0 ? 'approved' : 'rejected',
    );
    // Core's checkRound: the round's two decisions together stay within its fund.
    expect(checkRound(exported.round, { decisions: exported.decisions }).ok).toBe(true);
    const total = exported.decisions
      .flatMap((d) => d.grants)
      .reduce((sum, g) => sum + g.amount.amount, 0);
    await expect
      .poll(() => view.locator('#round-fund').getAttribute('data-left'))
      .toBe(String(exported.round.fund.amount.amount - total));
    await expect
      .poll(() =>
        view
          .locator('#stored-decision tr[data-project]')
          .evaluateAll((trs) =>
            trs.map((tr) => [
              tr.getAttribute('data-project'),
              Number(tr.getAttribute('data-granted')),
            ]),
          ),
      )
      .toEqual([[binhe, grantOf(binhe)]]);
    // Decided: the fund line says what the decision was made from, in the past.
    await expect.poll(() => view.locator('#fund-left').textContent()).toContain('是从剩余的');

    // The stale tab's decision is refused by the box, in English, and then shows the box's.
    const staleOpinion = staleDecision.locator('[part="opinion-form"]');
    for (const [by, text] of Object.entries({ 'p-street-leader': 'Yes', 'p-expert': 'Fine' })) {
      await choose(staleOpinion.locator('#opinion-by'), by);
      await staleOpinion.locator('[name="opinion"]').pressSequentially(text);
      await staleOpinion.locator('button[type="submit"]').press('Enter');
    }
    await staleDecision.locator('[part="post"]').first().press('Enter');
    const refused = screen(stale, 'funding').locator('#refused');
    await expect.poll(() => refused.textContent()).toMatch(/already has its funding decision/);
    expect(await refused.textContent()).not.toMatch(/[\u4e00-\u9fff]/);
    await expect
      .poll(() => screen(stale, 'funding').locator('#stored-decision tr[data-project]').count())
      .toBe(1);
    expect((await boxRound()).decisions).toHaveLength(2);
    await context.close();
  });

  it('a reload and a second browser at 360 px show both decisions as the box holds them', async () => {
    const exported = await boxRound();
    const rowsOf = (page: Page) =>
      screen(page, 'funding')
        .locator('#stored-decision tr[data-project]')
        .evaluateAll((trs) =>
          trs.map((tr) => [
            tr.getAttribute('data-project'),
            Number(tr.getAttribute('data-granted')),
          ]),
        );
    const expectedRows = (meeting: string) => {
      const d = exported.decisions.find((x) => x.meeting === meeting)!;
      return (rows: [string | null, number][]) =>
        rows.every(([p, g]) => (d.grants.find((x) => x.project === p)?.amount.amount ?? 0) === g) &&
        rows.length > 0;
    };
    await organizer.reload();
    const phone = await (
      await browser.newContext({ viewport: { width: 360, height: 740 } })
    ).newPage();
    await phone.goto(`${demo.url}#/funding/${encodeURIComponent(created)}`);
    for (const page of [organizer, phone]) {
      const view = screen(page, 'funding');
      await expect
        .poll(() =>
          view
            .locator('#round-meetings li')
            .evaluateAll((lis) => lis.map((li) => li.getAttribute('data-stage'))),
        )
        .toEqual(exported.round.meetings.map(() => 'decided'));
      await expect.poll(async () => expectedRows(created)(await rowsOf(page))).toBe(true);
      expect(await view.locator('#signed').getAttribute('data-signed-by')).toBe('p-jiwei');
      expect(await view.locator('#stored-opinions li').count()).toBe(2);
    }
    expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      360,
    );
    await phone.context().close();
    // The pilots' decision, chosen from the list with the keyboard.
    const view = screen(organizer, 'funding');
    await view.locator('#round-meetings li:first-child a').press('Enter');
    await expect.poll(() => organizer.evaluate(() => location.hash)).toBe('#/funding');
    const seeded = exported.round.meetings.find((m) => m !== created)!;
    await expect
      .poll(() => view.locator('#meeting-title').getAttribute('data-meeting'))
      .toBe(seeded);
    await expect.poll(async () => expectedRows(seeded)(await rowsOf(organizer))).toBe(true);
    expect(await rowsOf(organizer)).toHaveLength(4);
    // Nothing of it in the browser's storage.
    expect(
      await organizer.evaluate(() =>
        Object.keys(localStorage).filter((k) => /decision|sign-off|sheet/.test(k)),
      ),
    ).toEqual([]);
  });
});

describe('execution', () => {
  it('the team forms, the box refuses the start until every contract is signed, each step by its role, and it is all on the server', async () => {
    const page = await (await browser.newContext()).newPage();
    await page.goto(`${demo.url}#/execution`);
    const view = screen(page, 'execution');
    const projectStatus = () =>
      view
        .locator('qy-project-status')
        .evaluate((el) => (el as never as { currentStatus: string }).currentStatus);
    await expect.poll(() => view.locator('#project').inputValue()).toBe('xinghuayuan-children');
    await expect.poll(projectStatus).toBe('approved');
    // The auditor does not form teams: the screen says who does.
    await actAs(page, 'auditor');
    await expect
      .poll(() => view.locator('[data-role-step]').getAttribute('data-role-step'))
      .toBe('resident organizer');
    expect(await view.locator('#form-team').count()).toBe(0);
    // The residents who applied form the team with their community's credential.
    await actAs(page, 'resident');
    await view.locator('#form-team').press('Enter');
    await expect.poll(projectStatus).toBe('team-formed');
    expect(
      await view
        .locator('#team tbody tr')
        .evaluateAll((trs) =>
          trs.map((tr) => [tr.getAttribute('data-participant'), tr.getAttribute('data-signed')]),
        ),
    ).toEqual([
      ['p-huang-jing', 'yes'],
      ['p-he-ping', 'no'],
      ['p-xu-tao', 'no'],
    ]);
    // The box refuses the start while contracts are unsigned, with core's reasons in Chinese.
    await view.locator('#start-execution').press('Enter');
    await expect
      .poll(() => view.locator('[data-outcome]').getAttribute('data-outcome'))
      .toBe('refused');
    const reasons = await view.locator('[data-outcome] li').allTextContents();
    expect(reasons).toEqual([
      expect.stringMatching(/何平[\s\S]*尚未签署职责合同/),
      expect.stringMatching(/徐涛[\s\S]*尚未签署职责合同/),
    ]);
    // The coordination group hands out signing slips: a one-time code each, its QR code holding
    // the member's phone link. Only the organizer may: the box's demo side refuses anyone else.
    const refusedSlips = await fetch(`${demo.url}demo/signing-slips`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'accept-language': 'en' },
      body: JSON.stringify({ members: ['p-he-ping'] }),
    });
    expect(refusedSlips.status).toBe(403);
    expect(((await refusedSlips.json()) as { message: string }).message).toMatch(/organizer/);
    await actAs(page, 'organizer');
    await view.locator('#hand-out').press('Enter');
    const slips = view.locator('#slips li[data-slip]');
    await expect
      .poll(() => slips.evaluateAll((ls) => ls.map((l) => l.getAttribute('data-slip'))))
      .toEqual(['p-he-ping', 'p-xu-tao']);
    expect(await view.locator('#slips li[data-slip] svg').count()).toBe(2);
    const slipLink = async (member: string) =>
      (await view.locator(`li[data-slip="${member}"] a`).getAttribute('href'))!;
    const slipCode = async (member: string) =>
      ((await view.locator(`li[data-slip="${member}"] .code`).textContent()) ?? '').replace(
        /^[^：:]*[：:]\s*/,
        '',
      );
    // He Ping signs on his own phone, opened from his slip: the code comes from the link and
    // leaves the address bar; the element posts core's contract-signed event with it.
    const phone = await (
      await browser.newContext({ viewport: { width: 360, height: 740 } })
    ).newPage();
    await phone.goto(await slipLink('p-he-ping'));
    const phoneTeam = screen(phone, 'sign').locator('qy-execution-team');
    await expect.poll(() => phoneTeam.locator('#code').inputValue()).toMatch(/\S/);
    expect(new URL(phone.url()).search).toBe('');
    await phoneTeam.locator('#agree').press('Space');
    await phoneTeam.locator('button[type="submit"]').press('Enter');
    await expect
      .poll(() => phoneTeam.evaluate((el) => (el as never as { currentStep: string }).currentStep))
      .toBe('sent');
    // The organizer's screen learns of it from the box (it re-reads the round while signing).
    await expect
      .poll(() => view.locator('tr[data-participant="p-he-ping"]').getAttribute('data-signed'), {
        timeout: 15_000,
      })
      .toBe('yes');
    // Xu Tao signs at the shared device, as a team member, with the code of his slip.
    const xuCode = await slipCode('p-xu-tao');
    expect(xuCode).toMatch(/\S{6,}/);
    await actAs(page, 'team-member');
    const signing = view.locator('#team-signing');
    await signing.locator('[part="sign-button"][data-member="p-xu-tao"]').press('Enter');
    await signing.locator('#code').pressSequentially(xuCode);
    await signing.locator('#agree').press('Space');
    await signing.locator('button[type="submit"]').press('Enter');
    await expect
      .poll(() => view.locator('tr[data-participant="p-xu-tao"]').getAttribute('data-signed'))
      .toBe('yes');
    // His phone, reloaded, reads the team back from the box: nobody left to sign, no form open.
    await phone.reload();
    await expect
      .poll(() =>
        phoneTeam.evaluate((el) => {
          const team = el as never as { unsigned: { participant: string }[]; currentStep: string };
          return [team.unsigned.length, team.currentStep];
        }),
      )
      .toEqual([0, 'roster']);
    await phone.context().close();
    expect(await view.locator('#start-execution').count()).toBe(0);
    await actAs(page, 'resident');
    await view.locator('#start-execution').press('Enter');
    await expect.poll(projectStatus).toBe('in-execution');
    // A work record card in <qy-work-record>: core's schema refuses it without content, then
    // the element posts it to the ballot box's work-record collection.
    const card = view.locator('qy-work-record');
    const records = view.locator('#work-records > li');
    const before = await records.count();
    await card.locator('button[type="submit"]').press('Enter');
    await expect.poll(() => card.locator('#e-content').count()).toBe(1);
    expect(await card.locator('#e-content').textContent()).toMatch(/\S/);
    await card.locator('#f-content').pressSequentially('孩子们设计第一次工作坊');
    await card.locator('label.check', { hasText: '徐涛' }).locator('input').press('Space');
    await card.locator('button[type="submit"]').press('Enter');
    await expect.poll(() => card.locator('#step-title').textContent()).toMatch(/记录已收到/);
    await expect.poll(() => records.count()).toBe(before + 1);
    expect(await view.locator('#work-records').textContent()).toContain('孩子们设计第一次工作坊');
    // The card is in the box, as core's WorkRecord, and a reload reads it back from there.
    const cards = (await (await fetch(`${demo.url}demo/work-records`)).json()) as {
      items: { document: WorkRecord }[];
    };
    const written = cards.items
      .map((item) => item.document)
      .filter((r) => r.project === 'xinghuayuan-children')
      .filter((r) => !workRecords.some((seeded) => seeded.id === r.id));
    expect(written).toHaveLength(1);
    expect(parseDocument(WorkRecordSchema, written[0]).ok).toBe(true);
    expect(written[0]).toMatchObject({
      stage: 'execution',
      community: 'xinghuayuan',
      participants: ['p-xu-tao'],
      content: { 'zh-CN': '孩子们设计第一次工作坊' },
      recordedBy: 'p-huang-jing',
    });
    await page.reload();
    await expect.poll(() => view.locator('#project').inputValue()).toBe('xinghuayuan-children');
    await expect
      .poll(() => view.locator(`#work-records > li[data-record="${written[0]!.id}"]`).count())
      .toBe(1);
    // On the server: the round's history of the project has every step, and a second browser
    // (empty storage) shows the project under way with every contract signed.
    const round = (await (await fetch(`${demo.url}demo/round`)).json()) as {
      projects: { id: string; status: string; history: { type: string; by: string }[] }[];
    };
    const stored = round.projects.find((p) => p.id === 'xinghuayuan-children')!;
    expect(stored.status).toBe('in-execution');
    expect(stored.history.slice(-4).map((e) => [e.type, e.by])).toEqual([
      ['team-formed', 'p-huang-jing'],
      ['contract-signed', 'p-he-ping'],
      ['contract-signed', 'p-xu-tao'],
      ['execution-started', 'p-huang-jing'],
    ]);
    const other = await (await browser.newContext()).newPage();
    await other.goto(`${demo.url}#/execution`);
    const otherView = screen(other, 'execution');
    await expect
      .poll(() =>
        otherView
          .locator('qy-project-status')
          .evaluate((el) => (el as never as { currentStatus: string }).currentStatus),
      )
      .toBe('in-execution');
    expect(
      await otherView
        .locator('#team tbody tr')
        .evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-signed'))),
    ).toEqual(['yes', 'yes', 'yes']);
    expect(await otherView.locator('#work-records').textContent()).toContain(
      '孩子们设计第一次工作坊',
    );
    await other.context().close();
    // Another funded project, its team formed by the coordination group (organizer): the three
    // roles, and each member's trainings beside their name (core's trainingsOf).
    await actAs(page, 'organizer');
    await choose(view.locator('#project'), 'jinhuali-home');
    await view.locator('#form-team').press('Enter');
    const roles = view.locator('#team tbody tr td:nth-of-type(1)');
    await expect.poll(() => roles.allTextContents()).toEqual(['总负责人', '财务负责人', '成员']);
    expect(await view.locator('[data-trainings="p-zhao"]').textContent()).toContain(
      '参加过的培训：社区能人工作坊（2007年8月11日，已结业）',
    );
    await page.context().close();
  });
});

describe('closing and termination, on the ballot box', () => {
  /** The round the demo keeps on the box, with each project's status and history. */
  interface StoredRound {
    id: string;
    organization: string;
    projects: { id: string; status: string; history: { type: string; by: string }[] }[];
  }
  const storedRound = async (id?: string): Promise<StoredRound> =>
    (await (
      await fetch(`${demo.url}demo/round${id ? `?round=${encodeURIComponent(id)}` : ''}`)
    ).json()) as StoredRound;
  const closingOf = (page: Page) => {
    const view = screen(page, 'closing');
    return {
      view,
      step: (name: string) => view.locator(`[data-step="${name}"]`),
      status: () => view.locator('qy-project-status').getAttribute('data-status'),
      outcome: () => view.locator('[data-outcome]').getAttribute('data-outcome'),
      submit: (name: string) =>
        view.locator(`[data-step="${name}"] button[type="submit"]`).first().press('Enter'),
    };
  };
  /** Replaces what a text field holds by typing, as a person does (select all, type). */
  const retype = async (field: Locator, text: string) => {
    await field.press('Control+a');
    await field.pressSequentially(text);
  };

  it('the funded project’s back half, each step by its role, keyboard only, and it is all on the server', async () => {
    const page = await (await browser.newContext()).newPage();
    await page.goto(`${demo.url}#/closing`);
    const { view, step, status, outcome, submit } = closingOf(page);
    await expect
      .poll(() => view.locator('#project').inputValue())
      .toMatch(/\/xinghuayuan-children$/);
    await expect.poll(status).toBe('in-execution');
    const before = (await storedRound()).projects.find((p) => p.id === 'xinghuayuan-children')!;
    // The organizer does not pay out the grant: the screen names who does.
    await expect
      .poll(() => step('disbursed').locator('[data-role-step]').getAttribute('data-role-step'))
      .toBe('service-center');
    await actAs(page, 'service-center');
    // The amount is the grant not paid yet.
    await submit('disbursed');
    await expect.poll(outcome).toBe('recorded');
    const money = view.locator('#public-money');
    await expect
      .poll(() => money.getAttribute('data-disbursed'))
      .toBe(await money.getAttribute('data-granted'));
    // The team records its expenses; one above the grant is refused by the box, in Chinese.
    await actAs(page, 'resident');
    const expenseForm = step('expense-recorded');
    await expenseForm.locator('#expense-item').pressSequentially('画纸和颜料');
    await expenseForm.locator('#expense-amount').pressSequentially('6000');
    await expenseForm.locator('#expense-receipt').pressSequentially('No.0001');
    await submit('expense-recorded');
    await expect.poll(outcome).toBe('refused');
    expect(await view.locator('[data-outcome]').textContent()).toContain('需要项目监审组的批准');
    // A mistyped amount is named before anything is sent.
    await retype(expenseForm.locator('#expense-amount'), '一千八');
    await submit('expense-recorded');
    await expect
      .poll(() => expenseForm.locator('[data-form-error]').textContent())
      .toContain('金额（元）');
    await retype(expenseForm.locator('#expense-amount'), '1800');
    await submit('expense-recorded');
    await expect.poll(() => view.locator('#ledger tbody tr').count()).toBe(1);
    expect(await view.locator('#ledger tbody tr').getAttribute('data-amount')).toBe('180000');
    await expect.poll(() => money.getAttribute('data-spent')).toBe('180000');
    // Spending beyond the grant: only the supervision group approves it, with a ceiling above
    // the grant; then the box takes an expense that brings grant spending past the grant.
    const granted = Number(await money.getAttribute('data-granted'));
    const ceiling = granted + 50000;
    const beyond = granted - 180000 + 30000;
    await expect
      .poll(() =>
        step('spending-approved').locator('[data-role-step]').getAttribute('data-role-step'),
      )
      .toBe('supervisor');
    await actAs(page, 'supervisor');
    const approval = step('spending-approved');
    await approval.locator('#ceiling').pressSequentially('一万');
    await submit('spending-approved');
    await expect
      .poll(() => approval.locator('[data-form-error]').textContent())
      .toContain('支出上限（元）');
    await retype(approval.locator('#ceiling'), String(ceiling / 100));
    await submit('spending-approved');
    await expect.poll(outcome).toBe('recorded');
    const approvedEvent = (await storedRound()).projects
      .find((p) => p.id === 'xinghuayuan-children')!
      .history.at(-1) as unknown as {
      type: string;
      by: string;
      at: string;
      payload: { body: string; ceiling: { amount: number; currency: string } };
    };
    expect([approvedEvent.type, approvedEvent.by, approvedEvent.payload.body]).toEqual([
      'spending-approved',
      'p-jiwei',
      'qingyuan-supervision',
    ]);
    expect(approvedEvent.payload.ceiling.amount).toBe(ceiling);
    const shownCeiling = view.locator('#approved-ceiling');
    await expect.poll(() => shownCeiling.getAttribute('data-ceiling')).toBe(String(ceiling));
    expect(await shownCeiling.textContent()).toContain(
      formatMoney(approvedEvent.payload.ceiling, 'zh-CN'),
    );
    await actAs(page, 'resident');
    await expenseForm.locator('#expense-item').pressSequentially('演出服装');
    await expenseForm.locator('#expense-amount').pressSequentially(String(beyond / 100));
    await expenseForm.locator('#expense-receipt').pressSequentially('No.0002');
    await submit('expense-recorded');
    await expect.poll(() => view.locator('#ledger tbody tr').count()).toBe(2);
    await expect.poll(() => money.getAttribute('data-spent')).toBe(String(granted + 30000));
    // The coordination group's stage evaluation.
    await actAs(page, 'organizer');
    await step('stage-evaluated').locator('#stage-i-children').pressSequentially('30');
    await step('stage-evaluated').locator('#stage-i-designed').pressSequentially('5');
    await step('stage-evaluated').locator('#stage-summary').pressSequentially('工作坊过半');
    await submit('stage-evaluated');
    await expect.poll(outcome).toBe('recorded');
    // The team's lead files the execution report in <qy-closing-report>.
    await actAs(page, 'resident');
    const report = view.locator('#report-write');
    await report.locator('#f-period-start').pressSequentially('10152007');
    await report.locator('#f-period-end').pressSequentially('11302007');
    await report.locator('#f-activities-0-status').press('ArrowDown');
    await report.locator('#f-activities-0-participants').pressSequentially('64');
    await report.locator('#f-activities-1-status').press('ArrowDown');
    await report.locator('#f-summary').pressSequentially('孩子们办了十二次工作坊和一场演出');
    await report.locator('button[type="submit"]').press('Enter');
    await expect.poll(status).toBe('reporting');
    // The auditor: an actual amount that is not the ledger's is refused by the box, in words.
    await actAs(page, 'auditor');
    const audit = view.locator('#audit-write');
    await expect
      .poll(() =>
        view
          .locator('#audit-lines tbody tr')
          .evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-actual'))),
      )
      .toEqual([String(180000 + beyond), '0', '0', '0']);
    await audit.locator('#f-lines-0-actual').pressSequentially('1700');
    for (const line of [1, 2, 3]) {
      await audit.locator(`#f-lines-${line}-actual`).pressSequentially('0');
    }
    await audit.locator('#f-conclusion').press('ArrowDown');
    await audit.locator('button[type="submit"]').press('Enter');
    await expect.poll(outcome).toBe('refused');
    expect(await view.locator('[data-outcome]').textContent()).toContain('与支出台账合计');
    await audit.getByRole('button', { name: '返回报告' }).press('Enter');
    await retype(audit.locator('#f-lines-0-actual'), String((180000 + beyond) / 100));
    await audit.locator('button[type="submit"]').press('Enter');
    await expect.poll(status).toBe('audited');
    // The service center evaluates against the indicators and closes the project.
    await actAs(page, 'service-center');
    const evaluation = view.locator('#evaluation-write');
    await evaluation.locator('#f-indicators-0-reached').pressSequentially('64');
    await evaluation.locator('#f-indicators-1-reached').pressSequentially('12');
    await evaluation.locator('#f-summary').pressSequentially('目标都达到了');
    await evaluation.locator('button[type="submit"]').press('Enter');
    await expect.poll(status).toBe('evaluated');
    await submit('closed');
    await expect.poll(status).toBe('closed');
    expect(await view.locator('[data-step]').count()).toBe(0);
    // On the server: every step in the project's history, by the role that took it.
    const after = (await storedRound()).projects.find((p) => p.id === 'xinghuayuan-children')!;
    expect(after.status).toBe('closed');
    expect(after.history.slice(before.history.length).map((e) => [e.type, e.by])).toEqual([
      ['disbursed', 'p-center'],
      ['expense-recorded', 'p-he-ping'],
      ['spending-approved', 'p-jiwei'],
      ['expense-recorded', 'p-he-ping'],
      ['stage-evaluated', 'p-ngo'],
      ['report-submitted', 'p-huang-jing'],
      ['audit-recorded', 'p-caizheng'],
      ['evaluation-recorded', 'p-center'],
      ['closed', 'p-center'],
    ]);
    // The money shown is the box's public view of the project.
    const session = (await (await fetch(`${demo.url}demo/session`)).json()) as {
      round: { id: string; organization: string };
    };
    const publicView = (await (
      await fetch(
        `${demo.url}api/organizations/${session.round.organization}/rounds/${session.round.id}/projects/xinghuayuan-children/public`,
      )
    ).json()) as {
      grant: { amount: number };
      disbursed: { amount: number };
      spent: { amount: number };
    };
    expect(
      [await money.getAttribute('data-granted'), await money.getAttribute('data-spent')].map(
        Number,
      ),
    ).toEqual([publicView.grant.amount, publicView.spent.amount]);
    // The public reading view shows the report, the audit and the evaluation.
    const read = view.locator('#closing-read');
    const readText = () => read.evaluate((el) => el.shadowRoot?.textContent ?? '');
    await expect.poll(readText).toContain('孩子们办了十二次工作坊和一场演出');
    expect(await readText()).toContain('目标都达到了');
    // … with the supervision group's approval of spending beyond the grant, as the box holds it.
    const approvals = () =>
      read.evaluate((el) => el.shadowRoot?.querySelector('[part="approvals"]')?.textContent ?? '');
    expect(await approvals()).toContain(formatMoney(approvedEvent.payload.ceiling, 'zh-CN'));
    expect(await approvals()).toContain(approvedEvent.at.slice(0, 10));
    // the body by its name (the seed's 项目监审组), not its id
    expect(await approvals()).toContain('项目监审组 批准支出上限');
    // A reload, and a second browser at 360 px, read the same from the box.
    await page.reload();
    await expect.poll(status).toBe('closed');
    expect(await view.locator('#ledger tbody tr').count()).toBe(2);
    await expect.poll(() => shownCeiling.getAttribute('data-ceiling')).toBe(String(ceiling));
    const phone = await (
      await browser.newContext({ viewport: { width: 360, height: 740 } })
    ).newPage();
    await phone.goto(`${demo.url}#/closing`);
    await expect.poll(() => closingOf(phone).status()).toBe('closed');
    expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      360,
    );
    await phone.context().close();
    await page.context().close();
  });

  it('the fictional Liuyinli project: a scope change and the whole termination workflow, each by its role', async () => {
    const page = await (await browser.newContext()).newPage();
    await page.goto(`${demo.url}#/closing`);
    const { view, step, status, outcome, submit } = closingOf(page);
    // The screen says that Liuyinli and everything that happens to it is invented.
    expect(await view.locator('#made-up').textContent()).toContain('柳荫里是虚构的社区');
    await expect.poll(() => view.locator('#project option').count()).toBeGreaterThan(1);
    await view.locator('#project').press('End');
    await expect.poll(() => view.locator('#project').inputValue()).toMatch(/\/liuyinli-reading$/);
    const fictionalId = (await view.locator('#project').inputValue()).split('/')[0]!;
    await expect.poll(status).toBe('in-execution');
    const before = (await storedRound(fictionalId)).projects[0]!;
    // A team member's English tab, left open on the expense form while the project goes on.
    const english = await browser.newContext();
    await english.addInitScript(() => localStorage.setItem('qy-demo-locale', 'en'));
    const stale = await english.newPage();
    await stale.goto(`${demo.url}#/closing`);
    const staleView = closingOf(stale);
    await expect.poll(() => staleView.view.locator('#project option').count()).toBeGreaterThan(1);
    await staleView.view.locator('#project').press('End');
    await expect.poll(staleView.status).toBe('in-execution');
    await actAs(stale, 'resident');
    const staleExpense = staleView.step('expense-recorded');
    await staleExpense.locator('#expense-item').pressSequentially('Paint for the shelves');
    await staleExpense.locator('#expense-amount').pressSequentially('100');
    await staleExpense.locator('#expense-receipt').pressSequentially('No.0042');
    // The team asks to move 500 yuan from the bookshelves to the books; the supervisor approves.
    await actAs(page, 'resident');
    await step('change-requested').locator('#change-amount').pressSequentially('500');
    await step('change-requested')
      .locator('#change-reason')
      .pressSequentially('多买图书，少买一组书架');
    await submit('change-requested');
    await expect
      .poll(() => view.locator('[data-change-status]').getAttribute('data-change-status'))
      .toBe('pending');
    await actAs(page, 'supervisor');
    await view.locator('#change-approve').press('Enter');
    await expect
      .poll(() => view.locator('[data-change-status]').getAttribute('data-change-status'))
      .toBe('approved');
    // The service center proposes the termination; the team answers; the supervisor decides.
    await actAs(page, 'service-center');
    await step('termination-proposed')
      .locator('#tp-reason')
      .pressSequentially('读书角一直没有开放');
    await submit('termination-proposed');
    await expect.poll(() => view.locator('[data-proposal]').count()).toBe(1);
    // Only the team answers: the others are told whose step it is.
    expect(
      await step('termination-answered').locator('[data-role-step]').getAttribute('data-role-step'),
    ).toBe('resident');
    await actAs(page, 'resident');
    await step('termination-answered')
      .locator('#ta-text')
      .pressSequentially('志愿者都走了，同意终止');
    await submit('termination-answered');
    await expect.poll(() => step('terminated').count()).toBe(1);
    expect(await step('terminated').locator('[data-role-step]').count()).toBe(1);
    await actAs(page, 'supervisor');
    // A decision without its reason is named before anything is sent.
    await step('terminated').locator('#terminate').press('Enter');
    await expect
      .poll(() => step('terminated').locator('[data-form-error]').textContent())
      .toContain('理由');
    await step('terminated').locator('#td-reason').pressSequentially('执行小组无力继续');
    await step('terminated').locator('#td-reference').pressSequentially('监审〔2007〕7号');
    await step('terminated').locator('#terminate').press('Enter');
    await expect.poll(status).toBe('terminated');
    // The stale English tab sends its expense: the box refuses it, in English, naming the status.
    await staleView.submit('expense-recorded');
    await expect.poll(staleView.outcome).toBe('refused');
    const refusal = (await staleView.view.locator('[data-outcome]').textContent())!;
    expect(refusal).toMatch(/terminated/i);
    expect(refusal).not.toMatch(/[\u4e00-\u9fff]/);
    await english.close();
    // The service center records the refund: paid out (4,000) less spent (1,500).
    await actAs(page, 'service-center');
    await submit('refund-recorded');
    await expect.poll(() => view.locator('#refund').getAttribute('data-amount')).toBe('250000');
    expect(await outcome()).toBe('recorded');
    const after = (await storedRound(fictionalId)).projects[0]!;
    expect(after.status).toBe('terminated');
    expect(after.history.slice(before.history.length).map((e) => [e.type, e.by])).toEqual([
      ['change-requested', 'p-gu'],
      ['change-decided', 'p-jiwei'],
      ['termination-proposed', 'p-center'],
      ['termination-answered', 'p-gu'],
      ['terminated', 'p-jiwei'],
      ['refund-recorded', 'p-center'],
    ]);
    // A reload reads it back from the box.
    await page.reload();
    await view.locator('#project').press('End');
    await expect.poll(status).toBe('terminated');
    expect(await view.locator('#termination-decision').textContent()).toContain('执行小组无力继续');
    await page.context().close();
  });
});

describe('in English', () => {
  it('the new screens speak English after the switch, core’s texts included', async () => {
    const page = await (await browser.newContext()).newPage();
    await page.goto(`${demo.url}#/report`);
    await page.getByRole('button', { name: 'English' }).press('Enter');
    const report = screen(page, 'report');
    await expect.poll(() => report.locator('#counted').textContent()).toMatch(/^\d+ responses:/);
    expect(await report.locator('#chart-q-needs figcaption').textContent()).toBe(
      'Which community services do you and your family need most? (up to three)',
    );
    await page.goto(`${demo.url}#/applications`);
    await screen(page, 'applications')
      .locator('tr[data-application="jinhuali-home"] button')
      .press('Enter');
    await expect
      .poll(() => screen(page, 'applications').locator('qy-project-status h2').textContent())
      .toContain("New Residents' Home");
    await page.goto(`${demo.url}#/closing`);
    await expect
      .poll(() => screen(page, 'closing').locator('#made-up').textContent())
      .toContain('Liuyinli is a fictional community');
    await expect
      .poll(() => screen(page, 'closing').locator('#steps-title').textContent())
      .toBe('Next steps');
    await page.goto(`${demo.url}#/execution`);
    await expect
      .poll(() => screen(page, 'execution').locator('#team thead').textContent())
      .toMatch(/Member\s*Role\s*Responsibility contract/);
    await page.context().close();
  });
});

describe('from a phone on the same network', () => {
  it('a resident fills in the survey over plain http (no secure context)', async () => {
    const lanDir = mkdtempSync(join(tmpdir(), 'qy-demo-lan-'));
    const lanDemo = await startDemo(lanDir, { host: '0.0.0.0' });
    try {
      const session = (await (await fetch(`${lanDemo.url}demo/session`)).json()) as {
        lanUrls: string[];
      };
      // A machine without a network interface has no LAN address to test with.
      if (session.lanUrls.length === 0) return;
      const phone = await (
        await browser.newContext({ viewport: { width: 360, height: 740 } })
      ).newPage();
      await phone.goto(`${session.lanUrls[0]}#/survey`);
      expect(await phone.evaluate(() => isSecureContext)).toBe(false);
      const survey = screen(phone, 'survey').locator('qy-needs-survey');
      await survey.getByRole('checkbox', { name: '文体活动' }).press('Space');
      await survey.locator('[data-question="q-satisfaction"] input[value="4"]').press('Space');
      await survey.locator('[part="actions"] button.primary').press('Enter');
      await survey.locator('[part="actions"] button.primary').press('Enter');
      await survey.locator('[part="actions"] button.primary').press('Enter');
      await expect
        .poll(() => screen(phone, 'survey').locator('[data-outcome]').getAttribute('data-outcome'))
        .toBe('sent');
      await phone.context().close();
    } finally {
      await lanDemo.close();
      rmSync(lanDir, { recursive: true, force: true });
    }
  });
});
