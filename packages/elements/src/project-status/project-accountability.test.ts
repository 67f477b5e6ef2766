import type { ProjectEvent } from '@qingyuan/core';
import {
  jinhualiExecutionHistory,
  liuyinliTerminationHistory,
  pilotProjectContext,
} from '@qingyuan/core/examples';
import { html } from 'lit';
import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import '../define/project-status.js';
import { expectNoAxeViolations } from '../testing/axe.js';
import { expectHeadingLevels } from '../testing/heading-levels.js';
import { cleanupFixtures, fixture, shadow, shadowAll, until } from '../testing/fixture.js';
import { expectFitsNarrow } from '../testing/layout.js';
import {
  boxPublicView,
  declinedTermination,
  olderBoxPublicView,
  pilotBodies,
  pilotDocuments,
  pilotHistory,
} from './project-status.fixture.js';
import type { QyProjectStatus } from './project-status.js';

afterEach(cleanupFixtures);

const { bodies, ...documents } = pilotProjectContext;

/** The element on a history of the examples, in a language, optionally at a width. */
async function status(
  history: readonly ProjectEvent[],
  lang = 'en',
  width = '',
): Promise<QyProjectStatus> {
  return fixture<QyProjectStatus>(
    html`<div style=${width ? `width:${width}` : ''}>
      <qy-project-status
        .history=${history}
        .bodies=${bodies}
        .documents=${documents}
      ></qy-project-status>
    </div>`,
    { lang, selector: 'qy-project-status' },
  );
}

const words = (el: Element | null) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
const view = (el: QyProjectStatus) => shadow(el, '[part="accountability"]');

const boxView = boxPublicView;

describe('<qy-project-status>: the accountability view of a funded project', () => {
  it('shows Jinhuali’s stages, money, indicators and scope change in English', async () => {
    const el = await status(jinhualiExecutionHistory);
    expect(el.currentStatus).toBe('closed');
    const timeline = shadowAll(el, '[part="timeline"] li').map(words);
    expect(timeline[0]).toBe('draft Sep 17, 2007');
    expect(timeline.at(-1)).toBe('Current stage: closed Dec 21, 2007');
    // one current step on the page: the step list's (the timeline says it in words)
    expect(shadowAll(el, '[aria-current="step"]')).toHaveLength(1);
    // the spending as a sentence, and each bar with its value and share beside it
    expect(words(shadow(el, '[part="money-summary"]'))).toBe(
      'Of the grant of CN¥10,000.00, CN¥10,000.00 has been paid to the project and CN¥9,650.00 spent; CN¥350.00 of the grant is left.',
    );
    expect(shadowAll(el, '[part="bar-row"]').map(words)).toEqual([
      'Disbursed CN¥10,000.00 · 100% of the grant',
      'Spent CN¥9,650.00 · 97% of the grant',
    ]);
    // the bars are drawn for the eye only, patterned (not colour alone)
    const bar = shadowAll(el, '[part="bar"]')[1]!;
    expect(bar.getAttribute('aria-hidden')).toBe('true');
    expect(getComputedStyle(bar.firstElementChild!).backgroundImage).toContain(
      'repeating-linear-gradient',
    );
    expect(shadowAll(el, '[part="lines"] tbody tr').map(words)).toEqual([
      'Shelves CN¥5,000.00 CN¥4,800.00',
      'Toys CN¥4,000.00 CN¥3,900.00',
      'Sewing machine and iron CN¥1,000.00 CN¥950.00',
    ]);
    // indicators against their targets, by the final evaluation, met or not in words
    const indicators = shadowAll(el, '[part="indicators"] li').map(words);
    expect(indicators[0]).toBe(
      'Monthly supermarket visits: target 200 visits, reached 240 (120%), by the final evaluation. ✓ Met',
    );
    expect(indicators).toHaveLength(3);
    // the scope change: who asked and why, who approved it, with the reference
    const change = words(shadow(el, '[part="changes"] li'));
    expect(change).toContain('Asked by 李主任 on Oct 29, 2007: Migrant residents also need');
    expect(change).toContain('It changes: the plan of activities, the indicators, the budget.');
    expect(change).toContain('Approved by Discipline inspection on Nov 2, 2007. 监审〔2007〕5号');
    expect(shadowAll(el, '[part="termination"]')).toHaveLength(0);
    await expectNoAxeViolations(el.parentElement!.parentElement!);
  });

  it('opens the expense lines with the keyboard alone', async () => {
    const el = await status(jinhualiExecutionHistory);
    const details = shadow<HTMLDetailsElement>(el, '[part="expenses"]');
    expect(details.open).toBe(false);
    const summary = details.querySelector('summary')!;
    expect(words(summary)).toBe('Expense lines (3)');
    for (let i = 0; i < 20 && el.shadowRoot!.activeElement !== summary; i++) await userEvent.tab();
    expect(el.shadowRoot!.activeElement).toBe(summary);
    await userEvent.keyboard('{Enter}');
    expect(details.open).toBe(true);
    // the grant's expenses only: the in-kind clothes and the sales income are not the grant's
    expect(shadowAll(el, '[part="expense-lines"] tbody tr').map(words)).toEqual([
      'Four shelving units (receipt No.0012345) Shelves Oct 16, 2007 CN¥4,800.00',
      'Toys and books (receipt No.0012388) Toys Oct 22, 2007 CN¥3,900.00',
      'A sewing machine, two irons (receipt No.0020211) Sewing machine and iron Nov 6, 2007 CN¥950.00',
    ]);
    await expectNoAxeViolations(el.parentElement!.parentElement!);
  });

  it('says it all in Chinese, with Chinese money and dates', async () => {
    const el = await status(jinhualiExecutionHistory, 'zh-CN');
    expect(words(shadow(el, '#acc-title'))).toBe('项目公开：资金与成效');
    expect(words(shadow(el, '[part="money-summary"]'))).toBe(
      '资助金额 ¥10,000.00，已拨付 ¥10,000.00，已支出 ¥9,650.00；资助金额尚余 ¥350.00。',
    );
    expect(shadowAll(el, '[part="timeline"] li').map(words).at(-1)).toBe(
      '当前阶段：已结项 2007年12月21日',
    );
    expect(words(shadow(el, '[part="indicators"] li'))).toBe(
      '爱心超市每月服务人次：目标 200 人次，达到 240（120%，终期评估）。 ✓ 已达标',
    );
    expect(words(shadow(el, '[part="changes"] li'))).toContain(
      '街道纪工委 于 2007年11月2日 批准。',
    );
    expect(words(shadow(el, '[part="expenses"] summary'))).toBe('支出明细（3 笔）');
    expect(words(view(el))).not.toMatch(/\b(the|of|grant)\b/);
    await expectNoAxeViolations(el.parentElement!.parentElement!);
  });

  it('follows Liuyinli’s termination: proposed, answered, terminated with its reason, refunded', async () => {
    const el = await status(liuyinliTerminationHistory);
    expect(el.currentStatus).toBe('terminated');
    expect(shadowAll(el, '[part="termination"] li').map(words)).toEqual([
      'Proposed by Community service center (the service center) on Nov 12, 2007: Lending was due to begin on 1 November; the reading corner has not opened, and every volunteer has left',
      'The team answered (顾老师, Nov 20, 2007): The volunteers went home or back to work; the team cannot go on and agrees; the books go to the community room',
      expect.stringMatching(
        /^The supervision group \(.+\) terminated the project on Nov 27, 2007: The team cannot go on; the project cannot be completed 监审〔2007〕7号$/,
      ),
      'Unspent money returned: CN¥2,500.00 on Nov 30, 2007.',
    ]);
    expect(words(shadow(el, '[part="money-summary"]'))).toContain('CN¥1,500.00 spent');
    // no scope change was asked for: said in words
    expect(words(view(el))).toContain('No scope change was asked for.');
    await expectNoAxeViolations(el.parentElement!.parentElement!);
  });

  it('shows a declined termination with the supervision group’s reason', async () => {
    const history = declinedTermination(liuyinliTerminationHistory);
    const el = await status(history, 'zh-CN');
    expect(el.currentStatus).toBe('in-execution');
    expect(shadowAll(el, '[part="termination"] li').map(words).slice(1)).toEqual([
      '执行小组可在 2007年11月23日 前答复。',
      '项目监审组于 2007年11月18日 决定不终止：新志愿者已经报名',
    ]);
  });

  it('reads a ballot box’s public view from src: expense lines, and the scope change by roles', async () => {
    const url = URL.createObjectURL(
      new Blob([JSON.stringify(boxView())], { type: 'application/json' }),
    );
    const el = await fixture<QyProjectStatus>(
      html`<main><qy-project-status src=${url}></qy-project-status></main>`,
      { lang: 'en', selector: 'qy-project-status' },
    );
    await until(() => el.shadowRoot?.querySelector('[part="accountability"]') !== null, 'view');
    expect(words(shadow(el, '[part="expenses"] summary'))).toBe('Expense lines (2)');
    expect(shadowAll(el, '[part="expense-lines"] tbody tr').map(words)).toEqual([
      'Four shelving units Shelves Oct 16, 2007 CN¥4,800.00',
      'Toys and books Toys Oct 22, 2007 CN¥3,900.00',
    ]);
    const change = words(shadow(el, '[part="changes"] li'));
    expect(change).toContain(
      'Asked by the team’s overall lead on Oct 29, 2007: Migrant residents also need mending',
    );
    expect(change).toContain('Approved by the supervision group on Nov 2, 2007. 监审〔2007〕5号');
    expect(shadowAll(el, '[part="termination"]')).toHaveLength(0);
    expect(words(view(el))).not.toContain('publishes the money and the indicators only');
    expect(words(view(el))).toContain('A public view names nobody');
    await expectNoAxeViolations(el.parentElement!);
  });

  it('shows a box’s termination steps by role, and an expense approved beyond the grant, in Chinese', async () => {
    const cny = (amount: number) => ({ amount, currency: 'CNY' });
    const box = boxView() as { expenses: Record<string, unknown>[] };
    const terminated = {
      ...box,
      status: 'terminated',
      terminated: true,
      expenses: [...box.expenses, { ...box.expenses[0], id: 'x-more', beyondGrant: true }],
      termination: {
        proposals: [
          {
            id: 'tp-1',
            proposer: 'service-center',
            at: '2007-11-12T10:00:00+08:00',
            reason: { 'zh-CN': '志愿者都已离开', en: 'Every volunteer has left' },
            respondBy: '2007-11-23',
            response: {
              at: '2007-11-20T10:00:00+08:00',
              text: { 'zh-CN': '同意终止', en: 'We agree' },
            },
            outcome: 'terminated',
          },
        ],
        decision: {
          body: 'qingyuan-supervision',
          decidedAt: '2007-11-27T10:00:00+08:00',
          reason: { 'zh-CN': '项目无法完成', en: 'It cannot be completed' },
        },
        refund: { amount: cny(250_000), paidOn: '2007-11-30' },
      },
    };
    const el = await fixture<QyProjectStatus>(
      html`<main><qy-project-status .history=${terminated}></qy-project-status></main>`,
      { lang: 'zh-CN', selector: 'qy-project-status' },
    );
    await until(() => el.shadowRoot?.querySelector('[part="termination"]') !== null, 'view');
    expect(shadowAll(el, '[part="termination"] li').map(words).slice(0, 2)).toEqual([
      '社区服务中心于 2007年11月12日 提议终止：志愿者都已离开',
      '执行小组于 2007年11月20日 答复：同意终止',
    ]);
    expect(words(shadowAll(el, '[part="termination"] li')[3]!)).toBe(
      '已退回未使用的资金 ¥2,500.00（2007年11月30日）。',
    );
    expect(words(shadowAll(el, '[part="expense-lines"] tbody tr')[2]!)).toContain(
      '超出资助金额，经项目监审组批准',
    );
    expect(words(shadow(el, '[part="changes"] li'))).toContain('执行小组总负责人 于');
    expect(words(view(el))).toContain('公开视图不写姓名');
    await expectNoAxeViolations(el.parentElement!);
  });

  it('reads an older box’s public view from src: its money and indicators, and says what it leaves out', async () => {
    const url = URL.createObjectURL(
      new Blob([JSON.stringify(olderBoxPublicView())], { type: 'application/json' }),
    );
    const el = await fixture<QyProjectStatus>(
      html`<qy-project-status src=${url}></qy-project-status>`,
      { lang: 'en' },
    );
    await until(() => el.shadowRoot?.querySelector('[part="accountability"]') !== null, 'view');
    expect(el.currentStatus).toBe('in-execution');
    expect(words(shadow(el, '[part="money-summary"]'))).toBe(
      'Of the grant of CN¥10,000.00, CN¥6,000.00 has been paid to the project and CN¥8,700.00 spent; CN¥1,300.00 of the grant is left.',
    );
    expect(words(shadow(el, '[part="indicators"] li'))).toBe(
      'Monthly supermarket visits: target 200 visits, reached 150 (75%), by a stage evaluation. ✗ Not met',
    );
    expect(words(view(el))).toContain('Current stage: in execution');
    expect(words(view(el))).toContain(
      'This source (an older ballot box) publishes the money and the indicators only',
    );
    expect(shadowAll(el, '[part="expenses"], [part="changes"], [part="termination"]')).toHaveLength(
      0,
    );
    await expectNoAxeViolations(el.parentElement!);
  });

  it('names what is wrong in a malformed public view, in Chinese', async () => {
    const el = await fixture<QyProjectStatus>(
      html`<qy-project-status
        .history=${{ ...boxView(), disbursed: { amount: 1.5, currency: 'CNY' } }}
      ></qy-project-status>`,
      { lang: 'zh-CN' },
    );
    await until(() => el.shadowRoot?.querySelector('[part="accountability"]') !== null, 'view');
    const error = shadow(el, '[part="accountability"] [role="alert"]');
    expect(words(error)).toContain('无法读取项目的公开视图');
    expect(words(error)).toContain('disbursed.amount');
    expect(words(error)).toMatch(/[\u4e00-\u9fff]/);
  });

  it('spending beyond the grant is said in words, not colour alone', async () => {
    const over = { ...boxView(), spent: { amount: 1_050_000, currency: 'CNY' } };
    const el = await fixture<QyProjectStatus>(
      html`<qy-project-status .history=${over}></qy-project-status>`,
      { lang: 'en' },
    );
    await until(() => el.shadowRoot?.querySelector('[part="money-summary"]') !== null, 'view');
    expect(words(shadow(el, '[part="money-summary"]'))).toBe(
      'Of the grant of CN¥10,000.00, CN¥6,000.00 has been paid to the project and CN¥10,500.00 spent: CN¥500.00 more than the grant.',
    );
    expect(words(shadowAll(el, '[part="bar-row"]')[1]!)).toBe(
      'Spent CN¥10,500.00 · 105% of the grant',
    );
  });

  it('is not there before the grant, nor with accountability="hidden"', async () => {
    const before = await fixture<QyProjectStatus>(
      html`<qy-project-status
        .history=${pilotHistory(3)}
        .bodies=${pilotBodies}
        .documents=${pilotDocuments}
      ></qy-project-status>`,
      { lang: 'en' },
    );
    expect(before.currentStatus).toBe('in-review');
    expect(before.shadowRoot!.querySelector('[part="accountability"]')).toBeNull();
    const hidden = await status(jinhualiExecutionHistory);
    expect(view(hidden)).not.toBeNull();
    hidden.setAttribute('accountability', 'hidden');
    await hidden.updateComplete;
    expect(hidden.shadowRoot!.querySelector('[part="accountability"]')).toBeNull();
  });

  it('takes the bars’ colours from --qy-project-status-bar-spent and -disbursed on the host', async () => {
    const el = await status(jinhualiExecutionHistory);
    const stripes = (kind: string) =>
      getComputedStyle(shadow(el, `.${kind} [part="bar"] > span`)).backgroundImage;
    expect(stripes('spent')).not.toContain('rgb(1, 2, 3)');
    el.style.setProperty('--qy-project-status-bar-spent', 'rgb(1, 2, 3)');
    el.style.setProperty('--qy-project-status-bar-disbursed', 'rgb(4, 5, 6)');
    expect(stripes('spent')).toContain('rgb(1, 2, 3)');
    expect(stripes('disbursed')).toContain('rgb(4, 5, 6)');
  });

  it('fits the host page outline with heading-level', async () => {
    const el = await status(jinhualiExecutionHistory);
    await expectHeadingLevels(el);
    el.headingLevel = 2;
    await el.updateComplete;
    expect(shadow(el, '#acc-title').localName).toBe('h3');
    expect(shadow(el, '#acc-money').localName).toBe('h4');
  });

  it('keeps the budget lines a grid in a wide container', async () => {
    const el = await status(jinhualiExecutionHistory, 'en', '800px');
    const row = shadowAll(el, '[part="lines"] tbody tr')[0]!;
    expect(getComputedStyle(row).display).toBe('table-row');
    expect(getComputedStyle(row.querySelector('td')!, '::before').content).toBe('none');
  });

  for (const lang of ['en', 'zh-CN'] as const) {
    it(`fits a 360 px phone (${lang}), the expense lines open`, async () => {
      const el = await status(jinhualiExecutionHistory, lang, '360px');
      shadow<HTMLDetailsElement>(el, '[part="expenses"]').open = true;
      await el.updateComplete;
      expectFitsNarrow(el, {
        targets: 'summary',
        texts:
          '[part="money-summary"], [part="bar-row"] .value, [part="indicators"] li, [part="changes"] li, [part="lines"] tbody, [part="expense-lines"] tbody',
      });
      // each row a labelled block: no sideways scrolling, so no extra tab stop
      expect(shadowAll(el, '[tabindex]')).toHaveLength(0);
      const row = shadowAll(el, '[part="lines"] tbody tr')[0]!;
      expect(getComputedStyle(row).display).toBe('block');
      const cell = row.querySelector('td')!;
      expect(getComputedStyle(cell, '::before').content).toContain(
        lang === 'en' ? 'Budgeted' : '预算',
      );
      // still a table for screen readers: header cells name each cell
      expect(shadow(el, '[part="lines"]').getAttribute('role')).toBe('table');
      expect(cell.getAttribute('role')).toBe('cell');
      await expectNoAxeViolations(el.parentElement!.parentElement!);
    });
  }
});
