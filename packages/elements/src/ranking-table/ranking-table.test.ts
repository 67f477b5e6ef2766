import {
  formatMoney,
  allocateFunds,
  csvField,
  fundingCandidates,
  localize,
  parseDocument,
  ReviewMeetingSchema,
  tally,
  TallyResultSchema,
  type TallyRow,
} from '@qingyuan/core';
import { html } from 'lit';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cdp, userEvent } from 'vitest/browser';
import { QyRankingTable as QyRankingTableClass } from '../define/ranking-table.js';
import type { QySortEvent } from '../events/sort.js';
import { expectNoAxeViolations } from '../testing/axe.js';
import { cleanupFixtures, fixture, shadow, shadowAll, until } from '../testing/fixture.js';
import {
  longText,
  pilotMeeting,
  xssPayload,
  pilotBallots,
  pilotCommunities,
} from '../testing/meetings.js';
import { RankingFormat } from './ranking-format.js';
import type { QyRankingTable } from './ranking-table.js';

const ballots = pilotBallots();

/** Two projects with exactly equal totals. */
const tiedBallots = [
  {
    voter: 'v-expert',
    marks: { 'jinhuali-home': { feasibility: true }, 'jinhuiyuan-efamily': { feasibility: true } },
  },
];

function bodyRows(el: QyRankingTable): HTMLTableRowElement[] {
  return shadowAll<HTMLTableRowElement>(el, 'tbody tr[part="row"]');
}
function rowTitles(el: QyRankingTable): string[] {
  return bodyRows(el).map((row) => row.querySelector('th .title')!.textContent!.trim());
}

afterEach(() => {
  cleanupFixtures();
});

describe('<qy-ranking-table> input forms', () => {
  it('tallies meeting + ballots with core and shows rank, scores and totals', async () => {
    const meeting = pilotMeeting();
    const expected = tally(ReviewMeetingSchema.parse(meeting), ballots);
    const el = await fixture<QyRankingTable>(
      html`<qy-ranking-table .meeting=${meeting} .ballots=${ballots}></qy-ranking-table>`,
      { lang: 'en' },
    );
    const rows = bodyRows(el);
    expect(rows).toHaveLength(4);
    expect(rowTitles(el)[0]).toBe('New Residents’ Home');
    expected.ranking.forEach((ranked, i) => {
      expect(rows[i]!.cells[0]!.textContent).toContain(String(ranked.rank));
      expect(rows[i]!.textContent).toContain(String(ranked.total));
    });
    expect(shadow(el, '[part="toolbar"]').textContent).toContain(
      '2 ballots counted, 0 not counted',
    );
  });

  it('shows a tally result from an inline JSON child, marking ties in text', async () => {
    const meeting = pilotMeeting();
    const result = tally(ReviewMeetingSchema.parse(meeting), tiedBallots);
    const json = JSON.stringify({ meeting, result });
    const el = await fixture<QyRankingTable>(
      html`<qy-ranking-table
        ><script type="application/json">
          ${json}
        </script></qy-ranking-table
      >`,
      { lang: 'zh-CN' },
    );
    const tiedRows = bodyRows(el).filter((row) => row.textContent!.includes('并列'));
    expect(tiedRows.length).toBe(result.ranking.filter((r) => r.tied).length);
    expect(tiedRows.length).toBeGreaterThanOrEqual(2);
    expect(tiedRows[0]!.cells[0]!.textContent).toContain('=');
  });

  it('shows each community by the name the meeting gives it, the id in the CSV', async () => {
    const meeting = pilotMeeting({ communities: pilotCommunities() });
    const el = await fixture<QyRankingTable>(
      html`<qy-ranking-table .meeting=${meeting} .ballots=${ballots}></qy-ranking-table>`,
      { lang: 'zh-CN' },
    );
    const communities = () =>
      bodyRows(el).map((row) => row.querySelector('th .community')!.textContent!.trim());
    expect(communities()[0]).toBe('金华里');
    expect(communities()).toEqual(expect.arrayContaining(['郁花园', '金惠园二里', '兴华园']));
    el.parentElement!.lang = 'en';
    await until(() => communities()[0] === 'Jinhuali', 'English names');
    expect(el.toCsv().split('\r\n')[1]).toMatch(/^1,false,jinhuali-home,.*,jinhuali,/);
    const plain = await fixture<QyRankingTable>(
      html`<qy-ranking-table .meeting=${pilotMeeting()} .ballots=${ballots}></qy-ranking-table>`,
      { lang: 'en' },
    );
    expect(plain.shadowRoot!.querySelector('tbody th .community')!.textContent).toBe('jinhuali');
  });

  it('loads from src', async () => {
    const url = URL.createObjectURL(
      new Blob([JSON.stringify({ meeting: pilotMeeting(), ballots })], {
        type: 'application/json',
      }),
    );
    const el = await fixture<QyRankingTable>(
      html`<qy-ranking-table src=${url}></qy-ranking-table>`,
    );
    await until(() => bodyRows(el).length === 4, 'rows from src');
  });

  it('shows bad data as a localized error naming the place', async () => {
    const result = {
      ranking: [{ project: 'nowhere', rank: 1, total: 1, tied: false, criteria: {} }],
      counted: 0,
      rejected: [],
    };
    const el = await fixture<QyRankingTable>(
      html`<qy-ranking-table .meeting=${pilotMeeting()} .result=${result}></qy-ranking-table>`,
      { lang: 'zh-CN' },
    );
    const alert = shadow(el, '[role="alert"]');
    expect(alert.textContent).toContain('result.ranking[0].project');
    expect(alert.textContent).toContain('项目“nowhere”不在会议中');
    const badMeeting = await fixture<QyRankingTable>(
      html`<qy-ranking-table .meeting=${{ id: 'x' }} .ballots=${[]}></qy-ranking-table>`,
    );
    expect(shadow(badMeeting, '[role="alert"]').textContent).toContain('meeting.criteria');
    await expectNoAxeViolations(el.parentElement!);
  });

  it("checks a result with core's TallyResultSchema, in the page's language", async () => {
    const meeting = pilotMeeting();
    const good = tally(ReviewMeetingSchema.parse(meeting), ballots);
    const result = {
      ...good,
      ranking: good.ranking.map((row, i) => (i === 1 ? { ...row, total: 'high' } : row)),
      counted: undefined,
    };
    const expected = parseDocument(TallyResultSchema, result, { locale: 'zh-CN' });
    if (expected.ok) throw new Error('fixture: expected core to reject the result');
    const el = await fixture<QyRankingTable>(
      html`<qy-ranking-table .meeting=${meeting} .result=${result}></qy-ranking-table>`,
      { lang: 'zh-CN' },
    );
    const alert = shadow(el, '[role="alert"]').textContent!;
    expect(expected.issues.map((issue) => issue.where).sort()).toEqual([
      'counted',
      'ranking[1].total',
    ]);
    for (const issue of expected.issues) {
      expect(alert).toContain(`result.${issue.where}`);
      expect(alert).toContain(issue.message);
    }
    expect(alert).toMatch(/[\u4e00-\u9fff]/);
    expect(bodyRows(el)).toHaveLength(0);
  });
});

describe('<qy-ranking-table> interaction', () => {
  /** What core decides for the pilot ranking, to compare the table against. */
  function coreFunding(fund: number, mode: 'skip' | 'strict', partial = false) {
    const meeting = ReviewMeetingSchema.parse(pilotMeeting());
    const result = allocateFunds(
      fundingCandidates(meeting, tally(meeting, ballots)),
      { amount: fund, currency: 'CNY' },
      { mode, partial },
    );
    if (!result.ok) throw new Error('fixture: core rejected the fund');
    return result.allocation;
  }
  function shownFunding(el: QyRankingTable) {
    return bodyRows(el).map((row) => ({
      title: row.querySelector('th .title')!.textContent!.trim(),
      granted: row.cells[row.cells.length - 3]!.querySelector('.value')!.textContent!.trim(),
      status: row.cells[row.cells.length - 2]!.querySelector('.value')!.textContent!.trim(),
      beyond: row.classList.contains('beyond'),
    }));
  }

  it('skips a project that does not fit and funds a later, cheaper one (skip mode)', async () => {
    // ranks: home 10,000 yuan fits (7,000 left); culture 8,000 does not; e-Family 6,000 does.
    const fund = 1_700_000;
    const el = await fixture<QyRankingTable>(
      html`<qy-ranking-table
        fund=${fund}
        .meeting=${pilotMeeting()}
        .ballots=${ballots}
      ></qy-ranking-table>`,
      { lang: 'en' },
    );
    const expected = coreFunding(fund, 'skip');
    expect(el.funding).toEqual({ ok: true, allocation: expected });
    const shown = shownFunding(el);
    const culture = shown.findIndex((row) => row.title === 'Cultural Activity Center');
    const efamily = shown.findIndex((row) => row.title === 'e-Family Service Club');
    expect(culture).toBeLessThan(efamily);
    expect(shown[culture]!.status).toContain('Skipped');
    expect(shown[culture]!.beyond).toBe(true);
    expect(shown[efamily]!.status).toContain('Funded');
    expect(shown[efamily]!.granted).toBe('CN¥6,000.00');
    expected.grants.forEach((grant, i) => {
      expect(el.rows[i]!.ranked.project).toBe(grant.project);
      expect(el.rows[i]!.funding).toBe(grant.status);
      expect(el.rows[i]!.granted).toBe(grant.granted);
    });
    // the line sits below the last project that gets money, and sums up core's allocation
    const all = shadowAll(el, 'tbody tr:not(.why)');
    const line = all.findIndex((row) => row.getAttribute('part') === 'funding-line');
    expect(all[line - 1]!.textContent).toContain('e-Family Service Club');
    expect(all[line]!.textContent).toContain('CN¥17,000.00');
    expect(all[line]!.textContent).toContain('CN¥16,000.00 granted');
    expect(all[line]!.textContent).toContain('CN¥1,000.00 left');
  });

  it('stops at the first project that does not fit with funding-mode="strict"', async () => {
    const el = await fixture<QyRankingTable>(
      html`<qy-ranking-table
        fund="1700000"
        funding-mode="strict"
        .meeting=${pilotMeeting()}
        .ballots=${ballots}
      ></qy-ranking-table>`,
      { lang: 'zh-CN' },
    );
    const expected = coreFunding(1_700_000, 'strict');
    expect(el.funding).toEqual({ ok: true, allocation: expected });
    const shown = shownFunding(el);
    expect(shown[0]!.status).toContain('获资助');
    expect(shown[1]!.status).toContain('跳过');
    expect(shown.slice(2).every((row) => row.status.includes('未轮到') && row.beyond)).toBe(true);
    const all = shadowAll(el, 'tbody tr');
    expect(all[1]!.getAttribute('part')).toBe('funding-line');
    expect(all[1]!.textContent).toContain('遇到第一个超出剩余资金的项目即停止');
  });

  it('grants the remainder with partial-grant, as core does', async () => {
    const el = await fixture<QyRankingTable>(
      html`<qy-ranking-table
        fund="1700000"
        funding-mode="strict"
        partial-grant
        .meeting=${pilotMeeting()}
        .ballots=${ballots}
      ></qy-ranking-table>`,
      { lang: 'en' },
    );
    expect(el.funding).toEqual({ ok: true, allocation: coreFunding(1_700_000, 'strict', true) });
    const culture = shownFunding(el)[1]!;
    expect(culture.status).toContain('Partly funded');
    expect(culture.granted).toBe('CN¥7,000.00');
  });

  it('draws the line above every row when nothing fits, and explains a bad fund', async () => {
    const el = await fixture<QyRankingTable>(
      html`<qy-ranking-table
        fund="100"
        .meeting=${pilotMeeting()}
        .ballots=${ballots}
      ></qy-ranking-table>`,
      { lang: 'en' },
    );
    expect(shadowAll(el, 'tbody tr')[0]!.getAttribute('part')).toBe('funding-line');
    el.fund = 12.5;
    await el.updateComplete;
    expect(shadow(el, '[part="funding-error"]').textContent).toContain(
      'whole, non-negative number of minor units (fen), got "12.5"',
    );
    expect(shadowAll(el, '[part="funding-line"]')).toHaveLength(0);
    const mixed = pilotMeeting();
    mixed.projects[2]!.requested = { amount: 600_000, currency: 'USD' };
    const other = await fixture<QyRankingTable>(
      html`<qy-ranking-table
        fund="1700000"
        .meeting=${mixed}
        .ballots=${ballots}
      ></qy-ranking-table>`,
      { lang: 'zh-CN' },
    );
    expect(shadow(other, '[part="funding-error"]').textContent).toContain(
      '无法资助“e家亲服务社”：其申请货币为 USD，资金货币为 CNY',
    );
  });

  it('sorts by column with the keyboard, sets aria-sort and announces it', async () => {
    const el = await fixture<QyRankingTable>(
      html`<qy-ranking-table .meeting=${pilotMeeting()} .ballots=${ballots}></qy-ranking-table>`,
    );
    const sorts: QySortEvent[] = [];
    el.addEventListener('qy-sort', (e) => sorts.push(e));
    shadow<HTMLButtonElement>(el, 'button[data-column="rank"]').focus();
    await userEvent.tab();
    await userEvent.keyboard('{Enter}');
    await el.updateComplete;
    const header = shadow(el, 'button[data-column="project"]').closest('th')!;
    expect(header.getAttribute('aria-sort')).toBe('ascending');
    expect(rowTitles(el)).toEqual([...rowTitles(el)].sort((a, b) => a.localeCompare(b, 'en')));
    expect(sorts[0]!.detail).toEqual({ column: 'project', direction: 'ascending' });
    expect(shadow(el, '[aria-live="polite"]').textContent).toContain(
      'Sorted by Project, ascending',
    );
    await userEvent.keyboard('{Enter}');
    await el.updateComplete;
    expect(header.getAttribute('aria-sort')).toBe('descending');
    expect(shadow(el, 'button[data-column="rank"]').closest('th')!.getAttribute('aria-sort')).toBe(
      'none',
    );
  });

  it('explains a row’s score when asked', async () => {
    const el = await fixture<QyRankingTable>(
      html`<qy-ranking-table .meeting=${pilotMeeting()} .ballots=${ballots}></qy-ranking-table>`,
    );
    const why = shadow<HTMLButtonElement>(el, 'button[data-why="jinhuali-home"]');
    why.focus();
    await userEvent.keyboard('{Enter}');
    await el.updateComplete;
    expect(why.getAttribute('aria-expanded')).toBe('true');
    const breakdown = shadow(el, '#why-jinhuali-home');
    expect(why.getAttribute('aria-controls')).toBe('why-jinhuali-home');
    expect(breakdown.textContent).toContain('Public benefit: score 2 × weight 0.4 = 0.8');
    expect(breakdown.textContent).toMatch(/Total: 0\.8 \+ 0\.6 \+ 0\.3 = 1\.7/);
    await expectNoAxeViolations(el.parentElement!);
    await userEvent.keyboard('{Enter}');
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('#why-jinhuali-home')).toBeNull();
  });

  it('announces a change of leader when the ballots change', async () => {
    const el = await fixture<QyRankingTable>(
      html`<qy-ranking-table .meeting=${pilotMeeting()} .ballots=${ballots}></qy-ranking-table>`,
      { lang: 'en' },
    );
    expect(shadow(el, '[aria-live="polite"]').textContent!.trim()).toBe('');
    el.ballots = [
      ...ballots,
      {
        voter: 'v-jinhuali',
        marks: {
          'xinghuayuan-children': {
            'public-benefit': true,
            feasibility: true,
            sustainability: true,
          },
        },
      },
      {
        voter: 'v-expert',
        marks: {
          'xinghuayuan-children': {
            'public-benefit': true,
            feasibility: true,
            sustainability: true,
          },
        },
      },
    ];
    await el.updateComplete;
    expect(rowTitles(el)[0]).toBe('Children’s Creativity Space');
    expect(shadow(el, '[aria-live="polite"]').textContent!.trim()).toBe(
      'Ballots counted: 3 (1 not counted); Children’s Creativity Space moved up to 1st; ' +
        'e-Family Service Club moved up to 3rd.',
    );
  });

  it('exports CSV in rank order with formula-looking text defused', async () => {
    const meeting = pilotMeeting();
    meeting.projects[0]!.title = '=HYPERLINK("http://x","新居民之家")';
    // a full-width equals sign after an ideographic space: live in some spreadsheets
    meeting.projects[1]!.title = '\u3000＝SUM(1+1)';
    const el = await fixture<QyRankingTable>(
      html`<qy-ranking-table
        fund="1800000"
        .meeting=${meeting}
        .ballots=${ballots}
      ></qy-ranking-table>`,
      { lang: 'en' },
    );
    const csv = el.toCsv();
    const lines = csv.replace('\uFEFF', '').trim().split('\r\n');
    expect(lines[0]).toContain('rank,tied,project,title,community,public-benefit score');
    expect(lines[1]).toMatch(
      /^1,false,jinhuali-home,"'=HYPERLINK\(""http:\/\/x"",""新居民之家""\)",/,
    );
    expect(lines[1]!.endsWith(',1000000,CNY,1000000,funded,1000000,false')).toBe(true);
    expect(
      lines[0]!.endsWith(
        ',requested (minor units),currency,granted (minor units),funding,' +
          'cumulative requested (minor units),cumulative first exceeds the fund',
      ),
    ).toBe(true);
    expect(lines).toHaveLength(5);
    expect(csv).toContain(",'\u3000＝SUM(1+1),");
    expect(csvField(-3)).toBe('-3');
  });

  it('keeps document text inert', async () => {
    const meeting = pilotMeeting();
    meeting.projects[0]!.title = xssPayload;
    const el = await fixture<QyRankingTable>(
      html`<qy-ranking-table .meeting=${meeting} .ballots=${ballots}></qy-ranking-table>`,
    );
    expect(el.shadowRoot!.querySelector('img, script')).toBeNull();
    expect(el.shadowRoot!.textContent).toContain('onerror=');
  });

  it('renders and sorts 1,000 projects', async () => {
    const base = pilotMeeting();
    const projects = Array.from({ length: 1000 }, (_, i) => ({
      ...base.projects[i % 4]!,
      id: `p${i}`,
      title: `Project ${i}`,
    }));
    const ranking: TallyRow[] = projects.map((project, i) => ({
      project: project.id,
      rank: i + 1,
      total: 1000 - i,
      tied: false,
      criteria: { 'public-benefit': { score: 1000 - i, weighted: 1000 - i } },
      exact: { total: String(1000 - i), criteria: {} },
    }));
    const el = await fixture<QyRankingTable>(
      html`<qy-ranking-table
        fund="50000000"
        .meeting=${{ ...base, projects }}
        .result=${{ ranking, counted: 3, rejected: [] }}
      ></qy-ranking-table>`,
    );
    expect(bodyRows(el)).toHaveLength(1000);
    el.sortBy('total', 'ascending');
    await el.updateComplete;
    expect(rowTitles(el)[0]).toBe('Project 999');
  });

  for (const lang of ['zh-CN', 'en'] as const) {
    it(`has no axe violations with long ${lang} titles and the funding line`, async () => {
      const meeting = pilotMeeting();
      meeting.projects[1]!.title = longText[lang];
      const el = await fixture<QyRankingTable>(
        html`<qy-ranking-table
          fund="1800000"
          .meeting=${meeting}
          .ballots=${ballots}
        ></qy-ranking-table>`,
        { lang },
      );
      expect(rowTitles(el)).toContain(longText[lang]);
      await expectNoAxeViolations(el.parentElement!);
    });
  }
});

describe('<qy-ranking-table> on a 360 px phone', () => {
  /** A fixture whose element sits in a container of the given width. */
  async function sized(width: number, lang: 'zh-CN' | 'en', fund = 1_800_000) {
    const meeting = pilotMeeting();
    meeting.projects[1]!.title = longText[lang];
    const el = await fixture<QyRankingTable>(
      html`<div style=${`width: ${width}px`}>
        <qy-ranking-table
          fund=${fund}
          .meeting=${meeting}
          .ballots=${tiedBallots}
        ></qy-ranking-table>
      </div>`,
      { lang, selector: 'qy-ranking-table' },
    );
    return el;
  }
  const visible = (node: Element) => {
    const box = node.getBoundingClientRect();
    return box.width > 0 && box.height > 0 && getComputedStyle(node).visibility !== 'hidden';
  };

  for (const lang of ['zh-CN', 'en'] as const) {
    it(`fits 360 px without sideways scrolling, every value labelled (${lang})`, async () => {
      const el = await sized(360, lang);
      const why = shadowAll<HTMLButtonElement>(el, 'button[data-why]');
      // open a breakdown with real key presses: Tab from the export button to the first "why"
      shadow<HTMLButtonElement>(el, '[part="export-button"]').focus();
      const sortButtons = shadowAll(el, 'button[data-column]').length;
      for (let i = 0; i < sortButtons + 1; i++) await userEvent.tab();
      await userEvent.tab();
      expect(el.shadowRoot!.activeElement).toBe(why[0]);
      await userEvent.keyboard('{Enter}');
      await el.updateComplete;
      expect(why[0]!.getAttribute('aria-expanded')).toBe('true');

      const scroller = shadow(el, '.scroller');
      expect(el.scrollWidth).toBeLessThanOrEqual(el.clientWidth);
      expect(scroller.scrollWidth).toBeLessThanOrEqual(scroller.clientWidth);
      const hostBox = el.getBoundingClientRect();
      for (const node of shadowAll(el, 'tbody tr, tbody td, tbody th, thead button')) {
        const box = node.getBoundingClientRect();
        expect(box.right).toBeLessThanOrEqual(hostBox.right + 0.5);
        expect(box.left).toBeGreaterThanOrEqual(hostBox.left - 0.5);
      }
      // each value cell shows its column's name; the title, the tie, the breakdown and the line show
      const first = bodyRows(el)[0]!;
      const labels = [...first.querySelectorAll('.label')].filter(visible);
      const names = labels.map((label) => label.textContent!.trim());
      const t =
        lang === 'en'
          ? ['Rank', 'Total', 'Requested', 'Granted', 'Fund']
          : ['名次', '总分', '申请金额', '资助金额', '资金'];
      for (const name of t) expect(names).toContain(name);
      expect(
        names.some((name) => name.startsWith(lang === 'en' ? 'Public benefit' : '公益性')),
      ).toBe(true);
      expect(labels.every((label) => label.getAttribute('aria-hidden') === 'true')).toBe(true);
      expect(rowTitles(el)).toContain(longText[lang]);
      const tie = shadowAll(el, '.tie').filter(visible);
      expect(tie.length).toBeGreaterThanOrEqual(2);
      expect(tie[0]!.textContent).toBe(lang === 'en' ? 'tied' : '并列');
      expect(visible(shadow(el, '[part="breakdown"]'))).toBe(true);
      expect(shadow(el, '[part="breakdown"]').textContent).toContain(
        lang === 'en' ? 'weight' : '权重',
      );
      const line = shadow(el, '[part="funding-line"]');
      expect(visible(line)).toBe(true);
      expect(getComputedStyle(line).borderBottomStyle).toBe('double');
      // the sort buttons still work from the wrapped header bar
      expect(shadowAll(el, 'button[data-column]').every(visible)).toBe(true);
      await expectNoAxeViolations(el.closest('main')!);
    });
  }

  it('keeps table semantics: explicit roles on every row and cell', async () => {
    const el = await sized(360, 'en');
    expect(shadow(el, 'table').getAttribute('role')).toBe('table');
    for (const row of shadowAll(el, 'tr')) {
      expect(row.getAttribute('role')).toBe('row');
      for (const cell of row.children) {
        expect(['cell', 'rowheader', 'columnheader']).toContain(cell.getAttribute('role'));
      }
    }
    expect(shadow(el, 'tbody th').getAttribute('role')).toBe('rowheader');
  });

  it('keeps the wide table at desktop width', async () => {
    const el = await sized(1200, 'en');
    expect(getComputedStyle(shadow(el, 'table')).display).toBe('table');
    expect(getComputedStyle(shadow(el, 'thead')).display).toBe('table-header-group');
    const row = bodyRows(el)[0]!;
    expect(getComputedStyle(row).display).toBe('table-row');
    expect(
      [...row.querySelectorAll('.label')].some(
        (label) => getComputedStyle(label).display !== 'none',
      ),
    ).toBe(false);
    // one line per project: every cell of a row starts at the same height, left to right
    const boxes = [...row.cells].map((cell) => cell.getBoundingClientRect());
    expect(new Set(boxes.map((box) => Math.round(box.top))).size).toBe(1);
    boxes.slice(1).forEach((box, i) => expect(box.left).toBeGreaterThan(boxes[i]!.left));
    // the header row is one line of column headers too
    const heads = shadowAll(el, 'thead th').map((th) => th.getBoundingClientRect());
    expect(new Set(heads.map((box) => Math.round(box.top))).size).toBe(1);
  });
});

describe('<qy-ranking-table> at desktop widths', () => {
  /** Fund states that show every status word: skip (funded, skipped), strict + partial (partly, not reached). */
  const modes = [
    { mode: 'skip', partial: false },
    { mode: 'strict', partial: true },
  ] as const;

  async function wide(
    width: number,
    lang: 'zh-CN' | 'en',
    { mode, partial }: (typeof modes)[number],
  ) {
    const meeting = pilotMeeting();
    meeting.projects[1]!.title = longText[lang];
    return fixture<QyRankingTable>(
      html`<div style=${`width: ${width}px`}>
        <qy-ranking-table
          fund="1700000"
          funding-mode=${mode}
          ?partial-grant=${partial}
          .meeting=${meeting}
          .ballots=${ballots}
        ></qy-ranking-table>
      </div>`,
      { lang, selector: 'qy-ranking-table' },
    );
  }

  /**
   * Every word of the table's short texts (headers, numbers, money, status, buttons; in English
   * also titles, the funding line and everything else) that is laid out on more than one line:
   * a range over an unbroken word has exactly one client rect. Words come from Intl.Segmenter,
   * so Chinese words ("获资助", "资金") count as words too.
   */
  function splitWords(el: QyRankingTable, lang: 'zh-CN' | 'en'): string[] {
    const root = el.shadowRoot!;
    // Chinese free text (titles, sentences) may break between any two characters, as Chinese does
    const scope =
      lang === 'en' ? 'table' : 'thead th, tbody tr[part="row"] td, tbody tr[part="row"] button';
    const segmenter = new Intl.Segmenter(lang, { granularity: 'word' });
    const split: string[] = [];
    for (const container of root.querySelectorAll(scope)) {
      const walker = document.createTreeWalker(container, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const parent = node.parentElement!;
        if (parent.closest('.visually-hidden, .label')) continue; // not laid out as text
        for (const { segment, index, isWordLike } of segmenter.segment(node.textContent!)) {
          if (!isWordLike) continue;
          const range = document.createRange();
          range.setStart(node, index);
          range.setEnd(node, index + segment.length);
          const lines = new Set([...range.getClientRects()].map((rect) => Math.round(rect.top)));
          if (lines.size !== 1) split.push(segment);
        }
      }
    }
    return split;
  }

  /** Table parts whose content is cut off (wider than their own box). */
  function clipped(el: QyRankingTable): string[] {
    return shadowAll(el, 'table th, table td, table button')
      .filter((node) => node.scrollWidth > node.clientWidth)
      .map((node) => node.textContent!.trim().slice(0, 30));
  }

  /** The first word of each fund status, as shown. */
  const statusWords = {
    en: { funded: 'Funded', partial: 'Partly', skipped: 'Skipped', 'not-reached': 'Not reached' },
    'zh-CN': { funded: '获资助', partial: '部分资助', skipped: '跳过', 'not-reached': '未轮到' },
  };

  for (const lang of ['en', 'zh-CN'] as const) {
    for (const funding of modes) {
      it(`shows the whole table at 1200 px, words unbroken (${lang}, ${funding.mode})`, async () => {
        const el = await wide(1200, lang, funding);
        const scroller = shadow(el, '.scroller');
        expect(getComputedStyle(shadow(el, 'table')).display).toBe('table');
        expect(scroller.scrollWidth).toBeLessThanOrEqual(scroller.clientWidth);
        expect(clipped(el)).toEqual([]);
        expect(splitWords(el, lang)).toEqual([]);
        // the status words are there (the check above is not vacuous): each row shows core's decision
        const status = shadowAll(el, 'td.status .value').map((cell) => cell.textContent!);
        expect(status).toHaveLength(4);
        el.rows.forEach((row) => {
          const word = statusWords[lang][row.funding!];
          expect(status.filter((text) => text.includes(word))).not.toHaveLength(0);
        });
        // every "why" button is fully inside the table's visible area
        const box = scroller.getBoundingClientRect();
        const why = shadowAll(el, 'button[data-why]');
        expect(why).toHaveLength(4);
        for (const button of why) {
          const b = button.getBoundingClientRect();
          expect(b.left).toBeGreaterThanOrEqual(box.left);
          expect(b.right).toBeLessThanOrEqual(box.right);
        }
        await expectNoAxeViolations(el.closest('main')!);
      });
    }

    it(`scrolls an 800 px table in a labelled region, by keyboard (${lang})`, async () => {
      const el = await wide(800, lang, modes[0]);
      const scroller = shadow(el, '.scroller');
      // still the wide table, words unbroken and nothing cut off inside its cells
      expect(getComputedStyle(shadow(el, 'table')).display).toBe('table');
      expect(clipped(el)).toEqual([]);
      expect(splitWords(el, lang)).toEqual([]);
      // more columns than room: the region says so (name, focusable, shadow on the far side)
      expect(scroller.scrollWidth).toBeGreaterThan(scroller.clientWidth);
      expect(scroller.getAttribute('role')).toBe('region');
      expect(scroller.getAttribute('aria-label')).toBe(
        localize(ReviewMeetingSchema.parse(pilotMeeting()).title!, lang),
      );
      expect(getComputedStyle(scroller).backgroundAttachment).toBe('local, local, scroll, scroll');
      // Tab from the export button reaches the region; arrow keys scroll it sideways
      shadow<HTMLButtonElement>(el, '[part="export-button"]').focus();
      await userEvent.tab();
      expect(el.shadowRoot!.activeElement).toBe(scroller);
      expect(scroller.scrollLeft).toBe(0);
      // (keyboard scrolling may be animated: wait for it to end, so it cannot undo what follows)
      const scrolled = new Promise((resolve) => scroller.addEventListener('scrollend', resolve));
      await userEvent.keyboard('{ArrowRight}');
      await scrolled;
      expect(scroller.scrollLeft).toBeGreaterThan(0);
      await expectNoAxeViolations(el.closest('main')!);
      // each "why" button, reached with Tab, is brought fully into the visible area
      const sortButtons = shadowAll(el, 'button[data-column]');
      sortButtons.at(-1)!.focus();
      for (const button of shadowAll(el, 'button[data-why]')) {
        await userEvent.tab();
        expect(el.shadowRoot!.activeElement).toBe(button);
        const box = scroller.getBoundingClientRect();
        const b = button.getBoundingClientRect();
        expect(b.left).toBeGreaterThanOrEqual(box.left);
        expect(b.right).toBeLessThanOrEqual(box.right);
      }
    });
  }

  it('keeps the phone cards free of the wide layout’s scroll shadow', async () => {
    const meeting = pilotMeeting();
    const el = await fixture<QyRankingTable>(
      html`<div style="width: 360px">
        <qy-ranking-table .meeting=${meeting} .ballots=${ballots}></qy-ranking-table>
      </div>`,
      { lang: 'en', selector: 'qy-ranking-table' },
    );
    expect(getComputedStyle(shadow(el, 'table')).display).toBe('block');
    expect(getComputedStyle(shadow(el, '.scroller')).backgroundImage).toBe('none');
  });
});

describe('<qy-ranking-table> live updates in a big meeting', () => {
  function bigRanking(n: number, leader = 0): TallyRow[] {
    const order = [leader, ...Array.from({ length: n }, (_, i) => i).filter((i) => i !== leader)];
    return order.map((i, position) => ({
      project: `p${i}`,
      rank: position + 1,
      total: i === leader && leader !== 0 ? 2000 : 1000 - i,
      tied: false,
      criteria: { 'public-benefit': { score: 1000 - i, weighted: 1000 - i } },
      exact: { total: String(1000 - i), criteria: {} },
    }));
  }

  it('re-renders and touches only the rows a new ballot moves', async () => {
    const base = pilotMeeting();
    const projects = Array.from({ length: 1000 }, (_, i) => ({
      ...base.projects[i % 4]!,
      id: `p${i}`,
      title: `Project ${i}`,
    }));
    const el = await fixture<QyRankingTable>(
      html`<qy-ranking-table
        .meeting=${{ ...base, projects }}
        .result=${{ ranking: bigRanking(1000), counted: 3, rejected: [] }}
      ></qy-ranking-table>`,
      { lang: 'en' },
    );
    const before = new Map(
      bodyRows(el).map((row) => [row.querySelector('.title')!.textContent, row]),
    );
    const renderRow = vi.spyOn(
      QyRankingTableClass.prototype as unknown as { renderRow: () => unknown },
      'renderRow',
    );
    const touched = new Set<Element>();
    const observer = new MutationObserver((records) => {
      for (const record of records) {
        const node = record.target instanceof Element ? record.target : record.target.parentElement;
        const row = node?.closest('tr');
        if (row) touched.add(row);
        for (const added of record.addedNodes)
          if (added instanceof HTMLTableRowElement) touched.add(added);
      }
    });
    observer.observe(el.shadowRoot!, {
      subtree: true,
      childList: true,
      characterData: true,
      attributes: true,
    });
    // one ballot arrives: project 10 jumps to the top, projects 0–9 move down one place
    el.result = { ranking: bigRanking(1000, 10), counted: 4, rejected: [] };
    await el.updateComplete;
    observer.disconnect();
    expect(rowTitles(el).slice(0, 3)).toEqual(['Project 10', 'Project 0', 'Project 1']);
    // the same row elements (keyed), and only the 11 moved rows re-rendered or touched
    for (const row of bodyRows(el))
      expect(before.get(row.querySelector('.title')!.textContent)).toBe(row);
    expect(renderRow).toHaveBeenCalledTimes(11);
    const touchedTitles = [...touched]
      .map((row) => row.querySelector('.title')?.textContent)
      .sort();
    expect(touchedTitles).toEqual(Array.from({ length: 11 }, (_, i) => `Project ${i}`).sort());
    renderRow.mockRestore();
  });

  it('re-renders rows when the host overrides their text', async () => {
    const el = await fixture<QyRankingTable>(
      html`<qy-ranking-table .meeting=${pilotMeeting()} .ballots=${ballots}></qy-ranking-table>`,
      { lang: 'en' },
    );
    el.messages = { en: { why: 'Explain' } };
    await el.updateComplete;
    expect(shadowAll(el, 'button[data-why]').every((b) => b.textContent!.includes('Explain'))).toBe(
      true,
    );
  });

  it('formats money exactly as the shared formatMoney, in both languages', () => {
    for (const locale of ['en', 'zh-CN']) {
      const format = new RankingFormat(locale);
      for (const [amount, currency] of [
        [1_000_000, 'CNY'],
        [123_456, 'USD'],
        [5_000, 'JPY'],
        [0, 'CNY'],
      ] as const) {
        expect(format.money(amount, currency)).toBe(formatMoney({ amount, currency }, locale));
      }
      expect(format.number(0.30000000000000004)).toBe(locale === 'en' ? '0.3' : '0.3');
      expect(format.number(12345.6)).toBe(new Intl.NumberFormat(locale).format(12345.6));
    }
  });
});

describe('<qy-ranking-table> 1,000 projects on a phone', () => {
  it('skips layout of off-screen cards yet keeps them readable and operable', async () => {
    const base = pilotMeeting();
    const projects = Array.from({ length: 1000 }, (_, i) => ({
      ...base.projects[i % 4]!,
      id: `p${i}`,
      title: `项目 ${i}`,
    }));
    const ranking: TallyRow[] = projects.map((project, i) => ({
      project: project.id,
      rank: i + 1,
      total: 1000 - i,
      tied: false,
      criteria: { 'public-benefit': { score: 1000 - i, weighted: 1000 - i } },
      exact: { total: String(1000 - i), criteria: {} },
    }));
    const el = await fixture<QyRankingTable>(
      html`<div style="width: 360px">
        <qy-ranking-table
          .meeting=${{ ...base, projects }}
          .result=${{ ranking, counted: 3, rejected: [] }}
        ></qy-ranking-table>
      </div>`,
      { lang: 'zh-CN', selector: 'qy-ranking-table' },
    );
    const rows = bodyRows(el);
    expect(rows).toHaveLength(1000);
    expect(getComputedStyle(rows[999]!).contentVisibility).toBe('auto');
    expect(rows[999]!.textContent).toContain('项目 999');
    expect(el.scrollWidth).toBeLessThanOrEqual(el.clientWidth);
    // the last card, far off screen: reached by keyboard, its breakdown opens and lays out
    const last = rows[999]!.querySelector<HTMLButtonElement>('button[data-why]')!;
    last.focus();
    await userEvent.keyboard('{Enter}');
    await el.updateComplete;
    const breakdown = shadow(el, '#why-p999');
    breakdown.scrollIntoView();
    await new Promise((resolve) => requestAnimationFrame(resolve));
    expect(breakdown.getBoundingClientRect().height).toBeGreaterThan(0);
    expect(breakdown.textContent).toContain('公益性：得票 1 × 权重 0.4 = 1');
    // the wide table does not use it (table rows cannot be contained)
    (el.parentElement as HTMLElement).style.width = '1200px';
    await new Promise((resolve) => requestAnimationFrame(resolve));
    expect(getComputedStyle(rows[999]!).contentVisibility).toBe('visible');
  });
});

describe('<qy-ranking-table> cumulative requested amount and where the fund runs out', () => {
  const fund = 1_700_000;
  const cny = (amount: number, lang: string) => formatMoney({ amount, currency: 'CNY' }, lang);
  const words = {
    en: {
      cumulative: 'Cumulative requested: ',
      runsOut: 'Requests so far add up to more than the fund',
    },
    'zh-CN': { cumulative: '累计申请：', runsOut: '累计申请至此超出资金' },
  };

  /**
   * The pilot ranking as core tallies it, with the running sum of the meeting's `requested`
   * amounts down the ranking, and the first position where that sum exceeds `amount`.
   */
  function expected(amount: number, meetingInput = pilotMeeting()) {
    const meeting = ReviewMeetingSchema.parse(meetingInput);
    const ranking = [...tally(meeting, ballots).ranking].sort((a, b) => a.rank - b.rank);
    let sum = 0;
    const rows = ranking.map((ranked) => {
      const project = meeting.projects.find((p) => p.id === ranked.project)!;
      sum += project.requested.amount;
      return { project: ranked.project, cumulative: sum };
    });
    return { rows, runsOut: rows.findIndex((row) => row.cumulative > amount) };
  }

  const notes = (el: QyRankingTable) => shadowAll(el, '[part="fund-runs-out"]');
  const visible = (node: Element) => {
    const box = node.getBoundingClientRect();
    return box.width > 0 && box.height > 0 && getComputedStyle(node).visibility !== 'hidden';
  };

  for (const lang of ['en', 'zh-CN'] as const) {
    for (const width of [1200, 360]) {
      it(`shows the running sum beside the fund status and marks where it exceeds the fund (${lang}, ${width} px)`, async () => {
        const el = await fixture<QyRankingTable>(
          html`<div style=${`width: ${width}px`}>
            <qy-ranking-table fund=${fund} .meeting=${pilotMeeting()} .ballots=${ballots}>
            </qy-ranking-table>
          </div>`,
          { lang, selector: 'qy-ranking-table' },
        );
        const { rows, runsOut } = expected(fund);
        // the pilot fund runs out part way down, and a cheaper project below still gets money
        // from core (skip mode): the running sum is display only, core decides who is funded
        expect(runsOut).toBeGreaterThan(0);
        const allocation = el.funding?.ok ? el.funding.allocation : undefined;
        expect(
          allocation?.grants.some((grant) => grant.rank > runsOut + 1 && grant.status === 'funded'),
        ).toBe(true);
        const shown = bodyRows(el);
        expect(shown).toHaveLength(rows.length);
        rows.forEach((row, i) => {
          expect(el.rows[i]!.ranked.project).toBe(row.project);
          expect(el.rows[i]!.cumulative).toBe(row.cumulative);
          const status = shown[i]!.querySelector('td.status')!;
          expect(status.getAttribute('role')).toBe('cell');
          const cumulative = status.querySelector('.cumulative')!;
          expect(cumulative.textContent!.trim()).toBe(
            `${words[lang].cumulative}${cny(row.cumulative, lang)}`,
          );
          expect(visible(cumulative)).toBe(true);
          // the fund status is still there, beside it
          expect(status.querySelector('.value')!.textContent!.trim()).not.toBe('');
        });
        // one row says, in words, that the fund runs out there; assistive tech reads it in its cell
        expect(notes(el)).toHaveLength(1);
        const note = notes(el)[0]!;
        expect(shown[runsOut]!.contains(note)).toBe(true);
        expect(note.textContent!.trim()).toBe(
          lang === 'en'
            ? `Requests so far add up to more than the fund (${cny(fund, lang)})`
            : `累计申请至此超出资金（${cny(fund, lang)}）`,
        );
        expect(note.closest('[aria-hidden="true"]')).toBeNull();
        expect(note.closest('[role="cell"]')).not.toBeNull();
        expect(visible(note)).toBe(true);
        // and a dashed rule above that row (the card, on a phone), not above the others
        const hostBox = el.getBoundingClientRect();
        if (width === 360) {
          expect(getComputedStyle(shown[runsOut]!).borderTopStyle).toBe('dashed');
          expect(getComputedStyle(shown[0]!).borderTopStyle).toBe('solid');
          expect(el.scrollWidth).toBeLessThanOrEqual(el.clientWidth);
          const box = note.getBoundingClientRect();
          expect(box.left).toBeGreaterThanOrEqual(hostBox.left - 0.5);
          expect(box.right).toBeLessThanOrEqual(hostBox.right + 0.5);
        } else {
          expect(getComputedStyle(shown[runsOut]!.cells[0]!).borderTopStyle).toBe('dashed');
          expect(getComputedStyle(shown[0]!.cells[0]!).borderTopStyle).toBe('none');
          const scroller = shadow(el, '.scroller');
          expect(scroller.scrollWidth).toBeLessThanOrEqual(scroller.clientWidth);
        }
        await expectNoAxeViolations(el.closest('main')!);
      });
    }
  }

  it('marks the first row when even it exceeds the fund, none when everything fits, and keeps the mark on its project when sorted', async () => {
    const el = await fixture<QyRankingTable>(
      html`<qy-ranking-table fund="100" .meeting=${pilotMeeting()} .ballots=${ballots}>
      </qy-ranking-table>`,
      { lang: 'en' },
    );
    expect(expected(100).runsOut).toBe(0);
    expect(bodyRows(el)[0]!.contains(notes(el)[0]!)).toBe(true);
    expect(notes(el)).toHaveLength(1);
    const total = expected(0).rows.at(-1)!.cumulative;
    el.fund = total;
    await el.updateComplete;
    expect(expected(total).runsOut).toBe(-1);
    expect(notes(el)).toHaveLength(0);
    el.fund = fund;
    await el.updateComplete;
    const { rows, runsOut } = expected(fund);
    el.sortBy('project', 'descending');
    await el.updateComplete;
    const row = notes(el)[0]!.closest('tr')!;
    const title = row.querySelector('.title')!.textContent;
    expect(title).toBe(el.rows.find((r) => r.ranked.project === rows[runsOut]!.project)!.title);
    expect(rowTitles(el).indexOf(title!)).not.toBe(runsOut);
  });

  for (const lang of ['en', 'zh-CN'] as const) {
    it(`exports the running sum and the row where it exceeds the fund to CSV (${lang})`, async () => {
      const el = await fixture<QyRankingTable>(
        html`<qy-ranking-table fund=${fund} .meeting=${pilotMeeting()} .ballots=${ballots}>
        </qy-ranking-table>`,
        { lang },
      );
      const lines = el.toCsv().replace('\uFEFF', '').trim().split('\r\n');
      const cells = lines.map((line) => line.split(','));
      expect(cells[0]!.slice(-2)).toEqual(
        lang === 'en'
          ? ['cumulative requested (minor units)', 'cumulative first exceeds the fund']
          : ['累计申请金额（最小货币单位）', '累计首次超出资金'],
      );
      const { rows, runsOut } = expected(fund);
      rows.forEach((row, i) => {
        expect(cells[i + 1]![2]).toBe(row.project);
        expect(cells[i + 1]!.slice(-2)).toEqual([String(row.cumulative), String(i === runsOut)]);
      });
      // without a fund there is no funding, so no such columns
      el.fund = 0;
      await el.updateComplete;
      expect(el.toCsv()).not.toContain(lang === 'en' ? 'cumulative' : '累计');
    });
  }

  it('prints the running sum and the mark, without the buttons', async () => {
    const el = await fixture<QyRankingTable>(
      html`<div style="width: 1200px">
        <qy-ranking-table fund=${fund} .meeting=${pilotMeeting()} .ballots=${ballots}>
        </qy-ranking-table>
      </div>`,
      { lang: 'zh-CN', selector: 'qy-ranking-table' },
    );
    const session = cdp();
    await session.send('Emulation.setEmulatedMedia', { media: 'print' });
    try {
      // print styles apply (the buttons are gone) …
      expect(shadowAll(el, 'button[data-why]').every((b) => !visible(b))).toBe(true);
      // … and every running sum and the mark still show
      const sums = shadowAll(el, 'td.status .cumulative');
      expect(sums).toHaveLength(4);
      expect(sums.every(visible)).toBe(true);
      expect(visible(notes(el)[0]!)).toBe(true);
      expect(getComputedStyle(notes(el)[0]!.closest('tr')!.cells[0]!).borderTopStyle).toBe(
        'dashed',
      );
    } finally {
      await session.send('Emulation.setEmulatedMedia', { media: '' });
    }
  });
});

describe('<qy-ranking-table> live announcements of new results', () => {
  const fund = 1_700_000;
  const meeting = ReviewMeetingSchema.parse(pilotMeeting());
  const all = { 'public-benefit': true, feasibility: true, sustainability: true };
  /** Ballots arriving one by one at the meeting. */
  const expert = {
    voter: 'v-expert',
    marks: {
      'yuhuayuan-culture': { 'public-benefit': true, feasibility: true },
      'jinhuiyuan-efamily': { 'public-benefit': true },
    },
  };
  const yuhuayuan = { voter: 'v-yuhuayuan', marks: { 'jinhuali-home': all } };
  const jinhuali = {
    voter: 'v-jinhuali',
    marks: { 'xinghuayuan-children': { feasibility: true, sustainability: true } },
  };
  // the same voter sends the same ballot again: the later one counts, the earlier does not
  const again = { ...jinhuali };

  /** Core's tally of these ballots, as a new result object each time. */
  const counted = (...ballots: object[]) => tally(meeting, ballots);
  const title = (project: string, lang: 'en' | 'zh-CN') =>
    localize(meeting.projects.find((p) => p.id === project)!.title, lang);
  /** What core's `allocateFunds` gives money for a result. */
  function funded(result: ReturnType<typeof tally>): string[] {
    const allocation = allocateFunds(fundingCandidates(meeting, result), {
      amount: fund,
      currency: 'CNY',
    });
    if (!allocation.ok) throw new Error('fixture: core rejected the fund');
    return allocation.allocation.grants.filter((g) => g.granted > 0).map((g) => g.project);
  }
  /** Projects core ranks higher in `after` than in `before`. */
  function movedUp(before: ReturnType<typeof tally>, after: ReturnType<typeof tally>) {
    const was = new Map(before.ranking.map((row) => [row.project, row.rank]));
    return after.ranking
      .filter((row) => row.rank < was.get(row.project)!)
      .map((row) => ({ project: row.project, rank: row.rank, tied: row.tied }));
  }

  async function table(lang: 'en' | 'zh-CN', result: ReturnType<typeof tally>) {
    return fixture<QyRankingTable>(
      html`<qy-ranking-table fund=${fund} .meeting=${pilotMeeting()} .result=${result}>
      </qy-ranking-table>`,
      { lang },
    );
  }
  const live = (el: QyRankingTable) => shadow(el, '[role="status"]').textContent!.trim();
  /** Counts changes to the live region's content from now on (`reset` starts again). */
  function watch(el: QyRankingTable) {
    let count = 0;
    const observer = new MutationObserver((list) => (count += list.length));
    observer.observe(shadow(el, '[role="status"]'), {
      subtree: true,
      childList: true,
      characterData: true,
    });
    return {
      changes: () => (count += observer.takeRecords().length),
      reset: () => {
        observer.takeRecords();
        count = 0;
      },
    };
  }

  afterEach(() => {
    vi.useRealTimers();
  });

  for (const lang of ['en', 'zh-CN'] as const) {
    it(`says what a new result changed: ballots, moves, the funding line (${lang})`, async () => {
      const before = counted(expert);
      const after = counted(expert, yuhuayuan);
      // what core says changed: one project moved up, and who gets money changed both ways
      const up = movedUp(before, after);
      expect(up).toEqual([{ project: 'jinhuali-home', rank: 1, tied: false }]);
      const now = funded(after).filter((p) => !funded(before).includes(p));
      const gone = funded(before).filter((p) => !funded(after).includes(p));
      expect([now, gone]).toEqual([['jinhuali-home'], ['yuhuayuan-culture']]);

      const el = await table(lang, before);
      expect(live(el)).toBe('');
      el.result = after;
      await el.updateComplete;
      const [home, culture] = [title(now[0]!, lang), title(gone[0]!, lang)];
      expect(live(el)).toBe(
        lang === 'en'
          ? `Ballots counted: ${after.counted}; ${home} moved up to 1st; ` +
              `the funding line moved: ${home} now funded, ${culture} no longer funded.`
          : `已计入 ${after.counted} 张选票；${home}升至第1名；资金线移动：${home}现获资助，${culture}不再获资助。`,
      );
      // the table shows the same as what was said
      expect(rowTitles(el)[0]).toBe(home);
      await expectNoAxeViolations(el.parentElement!);
    });

    it(`announces nothing when a new result changes nothing visible (${lang})`, async () => {
      vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
      const el = await table(lang, counted(expert));
      const region = watch(el);
      // the same ballots tallied again: a new, equal result
      el.result = counted(expert);
      await el.updateComplete;
      await vi.runAllTimersAsync();
      expect(region.changes()).toBe(0);
      expect(live(el)).toBe('');
      // after a real change is announced, an equal result (during the quiet time or after it)
      // says nothing more
      el.result = counted(expert, yuhuayuan);
      await el.updateComplete;
      const said = live(el);
      expect(said).not.toBe('');
      region.reset();
      el.result = counted(expert, yuhuayuan);
      await el.updateComplete;
      await vi.runAllTimersAsync();
      el.result = counted(expert, yuhuayuan);
      await el.updateComplete;
      await vi.runAllTimersAsync();
      expect(region.changes()).toBe(0);
      expect(live(el)).toBe(said);
    });

    it(`coalesces a burst of results into one announcement after the quiet time (${lang})`, async () => {
      vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
      const el = await table(lang, counted(expert));
      expect(el.announceInterval).toBe(2000);
      // the first result is said at once
      const first = counted(expert, yuhuayuan);
      el.result = first;
      await el.updateComplete;
      const said = live(el);
      expect(said).toContain(title('jinhuali-home', lang));
      // two more arrive within the quiet time: nothing is said yet …
      const region = watch(el);
      el.result = counted(expert, yuhuayuan, jinhuali);
      await el.updateComplete;
      const last = counted(expert, yuhuayuan, jinhuali, again);
      el.result = last;
      await el.updateComplete;
      vi.advanceTimersByTime(el.announceInterval - 1);
      await el.updateComplete;
      expect(region.changes()).toBe(0);
      expect(live(el)).toBe(said);
      // … then once, what differs from what was last said (core: one project moved up)
      const up = movedUp(first, last);
      expect(up).toEqual([{ project: 'xinghuayuan-children', rank: 3, tied: false }]);
      expect(funded(last)).toEqual(funded(first));
      vi.advanceTimersByTime(1);
      await el.updateComplete;
      const children = title(up[0]!.project, lang);
      expect(live(el)).toBe(
        lang === 'en'
          ? `Ballots counted: ${last.counted} (${last.rejected.length} not counted); ${children} moved up to 3rd.`
          : `已计入 ${last.counted} 张选票（${last.rejected.length} 张未计入）；${children}升至第3名。`,
      );
      expect(region.changes()).toBeGreaterThan(0);
      // a burst that ends where it started (within the quiet time after that) says nothing
      const final = live(el);
      region.reset();
      el.result = counted(expert, yuhuayuan);
      await el.updateComplete;
      el.result = counted(expert, yuhuayuan, jinhuali, again);
      await el.updateComplete;
      await vi.runAllTimersAsync();
      await el.updateComplete;
      expect(region.changes()).toBe(0);
      expect(live(el)).toBe(final);
    });
  }
});
