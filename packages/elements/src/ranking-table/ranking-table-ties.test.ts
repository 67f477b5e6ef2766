import { formatMoney, localize, ReviewMeetingSchema } from '@qingyuan/core';
import { html } from 'lit';
import { afterEach, describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import '../define/ranking-table.js';
import { expectNoAxeViolations } from '../testing/axe.js';
import { cleanupFixtures, fixture, shadowAll } from '../testing/fixture.js';
import { pilotMeeting, pilotBallots } from '../testing/meetings.js';
import type { QyRankingTable } from './ranking-table.js';

const meeting = ReviewMeetingSchema.parse(pilotMeeting());
const title = (id: string, lang: string) =>
  localize(meeting.projects.find((p) => p.id === id)!.title, lang);
const criterion = (id: string, lang: string) =>
  localize(meeting.criteria.find((c) => c.id === id)!.name, lang);

/** Two pairs of equal totals: one pair split by a criterion, the other by the requested amount. */
const ballots = pilotBallots();
const zeroBallots = [{ voter: 'v-expert', marks: {} }];

function tieNote(el: QyRankingTable, project: string): string | undefined {
  const row = el.rows.findIndex((r) => r.ranked.project === project);
  const shown = shadowAll<HTMLTableRowElement>(el, 'tbody tr[part="row"]')[row]!;
  return shown.querySelector('[part="tie-break"]')?.textContent?.trim();
}

afterEach(() => {
  cleanupFixtures();
});

describe('<qy-ranking-table> says what broke a tie', () => {
  for (const lang of ['en', 'zh-CN']) {
    it(`names the criterion that split equal totals, on both rows (${lang}, 360 px)`, async () => {
      await page.viewport(360, 900);
      const el = await fixture<QyRankingTable>(
        html`<qy-ranking-table .meeting=${pilotMeeting()} .ballots=${ballots}></qy-ranking-table>`,
        { lang },
      );
      const children = title('xinghuayuan-children', lang);
      const efamily = title('jinhuiyuan-efamily', lang);
      const feasibility = criterion('feasibility', lang);
      // equal totals, different places: the feasibility score (weighted) decided
      expect(el.rows.map((r) => r.ranked.project).slice(2)).toEqual([
        'xinghuayuan-children',
        'jinhuiyuan-efamily',
      ]);
      expect(tieNote(el, 'xinghuayuan-children')).toBe(
        lang === 'en'
          ? `Same total as ${efamily}; placed above it on ${feasibility}, weighted (0.3 to 0).`
          : `与“${efamily}”总分相同，按“${feasibility}”加权得分（0.3 比 0）排在其前。`,
      );
      expect(tieNote(el, 'jinhuiyuan-efamily')).toBe(
        lang === 'en'
          ? `Same total as ${children}; placed below it on ${feasibility}, weighted (0 to 0.3).`
          : `与“${children}”总分相同，按“${feasibility}”加权得分（0 比 0.3）排在其后。`,
      );
      // untied rows say nothing of the kind
      expect(tieNote(el, 'jinhuali-home')).toBeUndefined();
      await expectNoAxeViolations(el.closest('main')!);
    });
  }

  it('names the smaller request when every score is equal', async () => {
    const el = await fixture<QyRankingTable>(
      html`<qy-ranking-table
        .meeting=${pilotMeeting()}
        .ballots=${zeroBallots}
      ></qy-ranking-table>`,
      { lang: 'en' },
    );
    const first = el.rows[0]!;
    const second = el.rows[1]!;
    expect(first.requested).toBeLessThan(second.requested);
    const money = (amount: number) => formatMoney({ amount, currency: 'CNY' }, 'en');
    expect(tieNote(el, first.ranked.project)).toBe(
      `Same total as ${second.title}; placed above it on the smaller request (${money(first.requested)} to ${money(second.requested)}).`,
    );
  });
});
