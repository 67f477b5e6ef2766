import type { PabulibInstance } from '@qingyuan/core';
import { html } from 'lit';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import '../define/pb-results.js';
import type { QyLoadErrorEvent } from '../events/load-error.js';
import { darkTheme } from '../testing/story-themes.js';
import { expectNoAxeViolations } from '../testing/axe.js';
import {
  cleanupFixtures,
  fixture,
  jsonUrl,
  shadow,
  shadowAll,
  shadowButton,
  shadowText as text,
  until,
} from '../testing/fixture.js';
import { activeIn, tabUntil } from '../testing/keyboard.js';
import { expectFitsNarrow } from '../testing/layout.js';
import { emulateMedia } from '../testing/media.js';
import { expectHeadingLevels } from '../testing/heading-levels.js';
import { konczyce, zdrowieMania } from './pb-results.fixture.js';
import type { QyPbResults } from './pb-results.js';
import { pbResultsOf } from './pb-results-of.js';
import { pbResultsToJSON } from './pb-results-json.js';

afterEach(cleanupFixtures);
afterEach(() => emulateMedia({ media: null }));

/** pabutools 1.2.3's figures for Zdrowie-Mania (../shared/data/pabulib/expected-analytics.json). */
const EXPECTED = {
  mes: {
    selected: ['P103ZM', 'P113ZM', 'P123ZM', 'P132ZM', 'P171ZM', 'P196ZM', 'P200ZM'],
    nonEmptyHanded: '389/460',
    avgSatCost: '76075',
    giniCost: '4010054/8048735',
    giniCard: '88213/256220',
  },
  greedy: { selected: ['P113ZM', 'P123ZM', 'P171ZM', 'P194ZM'], nonEmptyHanded: '71/92' },
};

async function results(
  options: {
    election?: PabulibInstance;
    rule?: string;
    completion?: string;
    lang?: string;
    voter?: string;
  } = {},
): Promise<QyPbResults> {
  return fixture<QyPbResults>(
    html`<qy-pb-results
      .election=${options.election ?? zdrowieMania()}
      rule=${options.rule ?? 'equal-shares'}
      completion=${options.completion ?? 'none'}
      voter=${options.voter ?? ''}
    ></qy-pb-results>`,
    { lang: options.lang ?? 'en' },
  );
}

const rowsOf = (el: QyPbResults, part: string) =>
  shadowAll(el, `[part="${part}"] tbody tr`).map((tr) => tr.dataset.project);
const analytic = (el: QyPbResults) =>
  shadowAll<HTMLDataElement>(el, '[part="analytics"] data').map((d) => d.value);

describe('<qy-pb-results>', () => {
  it('fits the host page outline with heading-level', async () => {
    await expectHeadingLevels(await results());
  });

  it('shows the Equal Shares outcome of a real election against its budget, with pabutools’ analytics', async () => {
    const el = await results();
    expect(shadow(el, 'h2').textContent).toBe('Local PB in Łódź, Polesie | Zdrowie-Mania');
    expect(shadow(el, '[part="summary"]').textContent?.trim().replace(/\s+/g, ' ')).toBe(
      '7 of 14 projects funded, costing 234,250 of the 433,000 budget (≈54.1%). 460 voters.',
    );
    // The outcome in the order Equal Shares bought it; as a set, pabutools' outcome.
    const funded = rowsOf(el, 'outcome');
    expect(funded).toEqual(['P123ZM', 'P113ZM', 'P171ZM', 'P200ZM', 'P132ZM', 'P103ZM', 'P196ZM']);
    expect([...funded].sort()).toEqual(EXPECTED.mes.selected);
    expect(shadow(el, '[part="outcome"] tfoot').textContent).toContain('234,250');
    // Exact analytics as decimals, the fraction beside them.
    const values = analytic(el);
    expect(values).toEqual([
      EXPECTED.mes.nonEmptyHanded,
      EXPECTED.mes.avgSatCost,
      '557/460',
      EXPECTED.mes.giniCost,
      EXPECTED.mes.giniCard,
    ]);
    const first = shadow(el, '[part="analytics"] dd').textContent?.replace(/\s+/g, ' ');
    expect(first).toContain('≈0.8457 (≈84.6%)');
    expect(first).toContain('389/460');
    expect(text(el)).toContain('EJR (extended justified representation), cost utility: satisfied.');
    await expectNoAxeViolations(el.parentElement!);
  });

  it('tabulates each round: price, full share, who paid what, effective votes and spending', async () => {
    const el = await results();
    expect(rowsOf(el, 'rounds')).toEqual([
      'P123ZM',
      'P113ZM',
      'P171ZM',
      'P200ZM',
      'P132ZM',
      'P103ZM',
      'P196ZM',
    ]);
    const round3 = shadow(el, '[part="rounds"] tbody tr[data-project="P171ZM"]');
    const cells = [...round3.children].map((c) => c.textContent?.trim().replace(/\s+/g, ' '));
    // 71 supporters paid the full share, 3 paid all they had left (core's payments).
    expect(cells).toEqual([
      '3',
      'Otwarte treningi rugby league na osiedlu Zdrowie-Mania',
      '5,250',
      '≈0.013638',
      '≈71.6',
      '71 × ≈71.63 × ≈55.51',
      '≈73.33',
      '165,250',
    ]);
    expect([...round3.querySelectorAll('.payment')].map((p) => p.textContent)).toEqual([
      '71 × ≈71.6',
      '3 × ≈55.51',
    ]);
    expect(text(el)).toContain('Each of the 460 voters started with an equal share of ≈941.3.');
  });

  it('draws cumulative spending against the budget line, with the values as text and a table', async () => {
    const el = await results({ completion: 'greedy' });
    const summary = shadow(el, '[part="chart-summary"]').textContent;
    // Equal Shares bought 7 projects, its greedy completion 4 more from what was left.
    expect(summary).toBe(
      'After 11 purchases, 421,250 of the 433,000 budget was spent (≈97.3%); 11,750 was left unspent.',
    );
    const bars = shadowAll<SVGRectElement>(el, 'rect.bar[data-width]');
    expect(bars).toHaveLength(11);
    // The track is 110% of the budget: 140,000 spent is 140/476.3 of it.
    expect(bars[0]!.dataset.width).toBe('29.39');
    expect(bars.at(-1)!.dataset.width).toBe('88.44');
    // Completion purchases differ by pattern, and say so in their label.
    expect(bars.map((b) => b.getAttribute('fill'))).toEqual([
      ...Array(7).fill('url(#qy-fill-shares)'),
      ...Array(4).fill('url(#qy-fill-completion)'),
    ]);
    const labels = shadowAll(el, '.bar-label').map((l) => l.textContent?.trim());
    expect(labels[0]).toBe('Round 1: Kosze na śmieci oraz kosze na psie odchody na Zdrowiu');
    expect(labels[7]).toMatch(/^Completion: Rozrywka ruchowa/);
    expect(shadowAll(el, '.bar-value')[0]!.textContent?.trim()).toBe('140,000 (≈32.3%)');
    expect(shadowAll(el, '[part="chart-table"] tbody tr')).toHaveLength(11);
    expect(text(el)).toContain('Funded by the completion');
    await expectNoAxeViolations(el.parentElement!);
  });

  it('explains in words why a project was or was not funded, opened with the keyboard', async () => {
    const el = await results();
    const why = shadow<HTMLDetailsElement>(el, '[data-project="P194ZM"] [part="why"]');
    expect(why.open).toBe(false);
    await tabUntil(
      el,
      'Why was “Bezpieczne przejście przez Skwerek przy Jęczmiennej do bezpiecznego przejścia dla pieszych przez ul. Srebrzyńską” not funded?',
      { max: 40 },
    );
    await userEvent.keyboard('{Enter}');
    expect(why.open).toBe(true);
    expect(why.textContent).toContain('It would have needed 259 more supporters');
    expect(why.textContent).toContain('It would not fit in the 198750 Equal Shares left unspent.');
    const funded = shadow(el, '[data-project="P171ZM"] [part="why"]').textContent;
    expect(funded).toContain('was funded in round 3 of Equal Shares');
    await expectNoAxeViolations(el.parentElement!);
  });

  it('answers “what my share paid for” from a voter id or the projects on a receipt', async () => {
    const el = await results();
    const input = shadow<HTMLInputElement>(el, '#share-input');
    input.focus();
    await userEvent.keyboard('1401207357{Enter}');
    await el.updateComplete;
    const answer = () =>
      shadow(el, '[part="share-answer"]').textContent?.replace(/\s+/g, ' ').trim();
    expect(answer()).toBe(
      'Voter 1401207357: This ballot (P113ZM, P194ZM, P199ZM; cast by 1 voter) started with a share of ≈941.3. It paid ≈206.19 for project P113ZM (round 2). Spent ≈206.19, left ≈735.12.',
    );
    await userEvent.clear(input);
    await userEvent.type(input, 'P199ZM, P113ZM P194ZM');
    await userEvent.click(await shadowButton(el, 'Show what my share paid for'));
    expect(answer()).toMatch(/^This ballot \(P113ZM, P194ZM, P199ZM; cast by 1 voter\)/);
    // A PB ballot pasted from a receipt, as JSON (core's PbBallot shape).
    await userEvent.clear(input);
    input.value = '{"ballot":{"projects":["P194ZM","P199ZM","P113ZM"]}}';
    input.dispatchEvent(new Event('input'));
    await userEvent.keyboard('{Enter}');
    await el.updateComplete;
    expect(answer()).toMatch(/^This ballot \(P113ZM, P194ZM, P199ZM; cast by 1 voter\)/);
    expect(input.getAttribute('aria-invalid')).toBe('false');
    await userEvent.clear(input);
    await userEvent.type(input, 'P113ZM, nope');
    await userEvent.keyboard('{Enter}');
    await el.updateComplete;
    expect(answer()).toBe(
      'No voter has this id, and these are not projects of this election: nope.',
    );
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(activeIn(el)).toBe(input);
    await expectNoAxeViolations(el.parentElement!);
  });

  it('shows the share of the voter given as an attribute, in Chinese', async () => {
    const el = await results({ lang: 'zh-CN', voter: '1401207357' });
    expect(shadow(el, '[part="share-answer"]').textContent).toContain(
      '它支付了：项目 P113ZM（第 2 轮）≈206.19。',
    );
    expect(text(el)).toContain(
      '14 个项目中 7 个获得资助，共 234,250，预算 433,000（≈54.1%）。投票人 460 名。',
    );
    expect(text(el)).toContain('规则：平等份额法（费用效用；补全：无）');
    expect(shadow(el, '[data-project="P194ZM"] [part="why"]').textContent).toContain(
      '还需要 259 名持有完整份额（≈941.3）的支持者。',
    );
    await expectNoAxeViolations(el.parentElement!);
  });

  it('shows a greedy outcome with its analytics and the EJR violation core finds', async () => {
    const el = await results({ rule: 'greedy' });
    expect([...rowsOf(el, 'outcome')].sort()).toEqual(EXPECTED.greedy.selected);
    expect(analytic(el)[0]).toBe(EXPECTED.greedy.nonEmptyHanded);
    expect(el.shadowRoot!.querySelector('[part="rounds"]')).toBeNull();
    expect(text(el)).toContain('Rule: greedy by number of votes');
    expect(text(el)).toContain(
      'EJR (extended justified representation), cost utility: not satisfied. EJR fails: 11 voters',
    );
    expect(shadow(el, '[data-project="P103ZM"] [part="why"]').textContent).toContain(
      'was not selected by greedy by number of votes: the 4 selected projects used 429,250 of the 433,000 budget.',
    );
    expect(text(el)).toContain('Voters hold shares only under the Method of Equal Shares');
    expect(el.shadowRoot!.querySelector('#share-input')).toBeNull();
    await expectNoAxeViolations(el.parentElement!);
  });

  it('says when EJR and PJR are too large to check in the page, in both languages', async () => {
    for (const [lang, expected] of [
      [
        'en',
        'EJR (extended justified representation), cost utility: not checked. the election is too large to check',
      ],
      ['zh-CN', '费用效用：未检验。选举规模过大，无法精确检验'],
    ] as const) {
      const el = await fixture<QyPbResults>(
        html`<qy-pb-results
          .election=${zdrowieMania()}
          rule="greedy"
          representation-max-steps="1"
        ></qy-pb-results>`,
        { lang },
      );
      const checks = shadowAll(el, '.representation li');
      expect(checks.map((li) => li.dataset.status)).toEqual(['too-large', 'too-large']);
      expect(checks[0]!.textContent!.replace(/\s+/g, ' ')).toContain(expected);
      expect(checks[0]!.textContent).toContain('?');
      // The same election with the default steps is checked: EJR fails there (see above).
      el.representationMaxSteps = 200_000;
      await el.updateComplete;
      expect(shadowAll(el, '.representation li')[0]!.dataset.status).toBe('violated');
      await expectNoAxeViolations(el.parentElement!);
      cleanupFixtures();
    }
  });

  it('explains a small district where one project’s voters alone could not pay for it', async () => {
    const el = await results({ election: konczyce() });
    expect(rowsOf(el, 'outcome')).toEqual(['P0013']);
    const why = shadow(el, '[data-project="P0006"] [part="why"]').textContent;
    expect(why).toContain('It would have needed 122 more supporters');
    expect(shadow(el, '[data-project="P0042"] [part="why"]').textContent).toContain(
      'nobody approved it',
    );
  });

  it('reads precomputed results from a src endpoint and shows the same report', async () => {
    const computed = pbResultsOf(zdrowieMania(), {
      rule: 'equal-shares',
      utility: 'cost',
      completion: 'none',
    });
    if (!computed.ok) throw new Error('not computed');
    const el = await fixture<QyPbResults>(
      html`<qy-pb-results src=${jsonUrl(pbResultsToJSON(computed.value))}></qy-pb-results>`,
      { lang: 'en' },
    );
    await until(() => el.value !== undefined, 'the results');
    await el.updateComplete;
    expect(rowsOf(el, 'rounds')).toHaveLength(7);
    expect(analytic(el)[0]).toBe('389/460');
    // A results document publishes no ballots by voter: the receipt's projects work.
    const input = shadow<HTMLInputElement>(el, '#share-input');
    input.focus();
    await userEvent.keyboard('1401207357{Enter}');
    await el.updateComplete;
    expect(shadow(el, '[part="share-answer"]').textContent).toContain('1401207357');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    await userEvent.clear(input);
    await userEvent.type(input, 'P113ZM,P194ZM,P199ZM{Enter}');
    await el.updateComplete;
    expect(shadow(el, '[part="share-answer"]').textContent).toContain(
      'It paid ≈206.19 for project P113ZM (round 2).',
    );
    await expectNoAxeViolations(el.parentElement!);
  });

  it('names every problem of a bad results document, in the reader’s language', async () => {
    const computed = pbResultsOf(konczyce(), {
      rule: 'equal-shares',
      utility: 'cost',
      completion: 'none',
    });
    if (!computed.ok) throw new Error('not computed');
    const doc = pbResultsToJSON(computed.value) as unknown as {
      explanation: { rounds: { price: unknown }[] };
      outcome: { selected: string[] };
    };
    doc.explanation.rounds[0]!.price = 0.5;
    doc.outcome.selected.push('P9999');
    const errors: QyLoadErrorEvent[] = [];
    const el = await fixture<QyPbResults>(
      html`<qy-pb-results
        .results=${doc}
        @qy-load-error=${(e: QyLoadErrorEvent) => errors.push(e)}
      ></qy-pb-results>`,
      { lang: 'zh-CN' },
    );
    expect(errors[0]?.detail.issues.map((i) => i.where)).toEqual([
      'outcome.selected[1]',
      'explanation.rounds[0].price',
    ]);
    const box = shadow(el, '[part="error"]').textContent?.replace(/\s+/g, ' ');
    expect(box).toContain('explanation.rounds[0].price: 应为精确数：整数或写作 "p/q" 的分数');
    expect(box).toContain('项目"P9999"不在文档的项目列表中');
    await expectNoAxeViolations(el.parentElement!);
  });

  it('refuses an unknown rule and a non-approval election with a reason', async () => {
    const el = await results({ rule: 'borda' });
    expect(shadow(el, '[part="error"]').textContent?.replace(/\s+/g, ' ')).toContain(
      'rule: expected one of greedy, equal-shares, phragmen, got "borda"',
    );
    const ordinal = { ...zdrowieMania(), voteType: 'ordinal' as const };
    const other = await results({ election: ordinal });
    expect(shadow(other, '[part="error"]').textContent).toContain(
      'the allocation rules read approval ballots; this file has vote_type ordinal',
    );
    await expectNoAxeViolations(other.parentElement!);
  });

  it('downloads the report as JSON the element reads back, and as CSV', async () => {
    const el = await results();
    const blobs: Blob[] = [];
    const create = vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      blobs.push(blob as Blob);
      return 'blob:qy-test';
    });
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    try {
      await userEvent.click(await shadowButton(el, 'Download JSON'));
      await userEvent.click(await shadowButton(el, 'Download CSV'));
    } finally {
      create.mockRestore();
      click.mockRestore();
    }
    expect(shadow(el, '[part="notice"]').textContent).toContain(
      'Saved pb-results-local-pb-in-łodz-polesie-zdrowie-mania-equal-shares.csv.',
    );
    const json = JSON.parse(await blobs[0]!.text());
    expect(json.format).toBe('qingyuan-pb-results');
    expect(json.analytics.nonEmptyHanded).toBe('389/460');
    const again = await fixture<QyPbResults>(
      html`<qy-pb-results .results=${json}></qy-pb-results>`,
    );
    expect(rowsOf(again, 'rounds')).toEqual(rowsOf(el, 'rounds'));
    const csv = (await blobs[1]!.text()).split('\r\n');
    expect(csv[0]).toBe(
      'project_id,name,cost,votes,funded,position,round,full_share,effective_votes,unfunded_reason,shortfall',
    );
    expect(csv[1]).toBe(
      'P123ZM,Kosze na śmieci oraz kosze na psie odchody na Zdrowiu,140000,206,1,1,1,70000/103,206,,',
    );
    expect(csv.find((line) => line.startsWith('P194ZM'))).toMatch(
      /,0,,,,,supporters-cannot-pay,\d+\/\d+$/,
    );
  });

  it('prints: the print button prints, every disclosure opens for paper, the buttons are not printed', async () => {
    const el = await results();
    const print = vi.spyOn(window, 'print').mockImplementation(() => {});
    try {
      await userEvent.click(await shadowButton(el, 'Print the report'));
      expect(print).toHaveBeenCalledOnce();
    } finally {
      print.mockRestore();
    }
    const details = shadowAll<HTMLDetailsElement>(el, 'details');
    expect(details.length).toBe(15);
    details[0]!.open = true;
    window.dispatchEvent(new Event('beforeprint'));
    expect(details.every((d) => d.open)).toBe(true);
    window.dispatchEvent(new Event('afterprint'));
    expect(details.map((d) => d.open)).toEqual([true, ...Array(14).fill(false)]);
    await emulateMedia({ media: 'print' });
    expect(getComputedStyle(shadow(el, '[part="actions"]')).display).toBe('none');
    expect(getComputedStyle(shadow(el, '[part="share"]')).display).toBe('none');
    expect(getComputedStyle(shadow(el, '[part="rounds"]')).overflowX).toBe('visible');
  });

  it('shows Phragmén’s outcome, and is axe clean in the empty state and the dark theme', async () => {
    const el = await results({ rule: 'phragmen', lang: 'zh-CN' });
    expect(text(el)).toContain('规则：序贯 Phragmén 法');
    expect(shadowAll(el, 'rect.bar[data-width]').length).toBe(rowsOf(el, 'outcome').length);
    await expectNoAxeViolations(el.parentElement!);
    const empty = await fixture<QyPbResults>(html`<qy-pb-results></qy-pb-results>`, { lang: 'en' });
    expect(text(empty)).toContain('Nothing to show yet');
    await expectNoAxeViolations(empty.parentElement!);
    const dark = await fixture<QyPbResults>(
      html`<div style=${darkTheme}>
        <qy-pb-results .election=${zdrowieMania()} completion="greedy" voter="x"></qy-pb-results>
      </div>`,
      { lang: 'en', selector: 'qy-pb-results' },
    );
    shadowAll<HTMLDetailsElement>(dark, 'details').forEach((d) => (d.open = true));
    await expectNoAxeViolations(dark.parentElement!.parentElement!);
  });

  it('fits a 360 px phone, every target 44 px high', async () => {
    const el = await fixture<QyPbResults>(
      html`<div style="width:360px">
        <qy-pb-results .election=${zdrowieMania()}></qy-pb-results>
      </div>`,
      { lang: 'zh-CN', selector: 'qy-pb-results' },
    );
    expectFitsNarrow(el, {
      targets: 'button, summary, input',
      texts: 'h2, h3, h4, .summary, .bar-label, .bar-value, dt, dd, .project-meta',
    });
    await expectNoAxeViolations(el.parentElement!.parentElement!);
  });
});
