import { html } from 'lit';
import { afterEach, describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import '../define/ranking-table.js';
import { cleanupFixtures, fixture, shadow, shadowAll } from '../testing/fixture.js';
import { pilotMeeting, pilotBallots } from '../testing/meetings.js';
import type { QyRankingTable } from './ranking-table.js';

const ballots = pilotBallots();

afterEach(() => {
  cleanupFixtures();
});

describe('<qy-ranking-table> funding line and the running sum, as read on a projector', () => {
  for (const lang of ['en', 'zh-CN'] as const) {
    for (const width of [1280, 360]) {
      it(`heads the funding line with what is above and below it, and draws the running-sum rule apart from it (${lang}, ${width} px)`, async () => {
        await page.viewport(width, 900);
        // skip mode: the running sum passes the fund at a project that is skipped, and a
        // cheaper project below it is still funded — the two rules sit on different rows
        const el = await fixture<QyRankingTable>(
          html`<qy-ranking-table
            fund="1700000"
            .meeting=${pilotMeeting()}
            .ballots=${ballots}
          ></qy-ranking-table>`,
          { lang },
        );
        const line = shadow(el, '[part="funding-line"]');
        const title = line.querySelector('.line-title')!;
        expect(title.textContent!.trim()).toBe(
          lang === 'en'
            ? '▲ Funded above this line · ▼ no money below it'
            : '▲ 线上项目获资助 · ▼ 线下项目无资助',
        );
        // the headline stands out from the amounts under it
        expect(Number(getComputedStyle(title).fontWeight)).toBeGreaterThanOrEqual(700);
        const detail = line.querySelector('.line-detail')!;
        expect(Number(getComputedStyle(detail).fontWeight)).toBeLessThan(600);
        // only the funding line is drawn in the accent: the running-sum rule is another colour
        const runsOut = shadowAll<HTMLTableRowElement>(el, 'tbody tr.runs-out')[0]!;
        const ruleColour =
          width === 360
            ? getComputedStyle(runsOut).borderTopColor
            : getComputedStyle(runsOut.cells[0]!).borderTopColor;
        const lineColour =
          width === 360
            ? getComputedStyle(line).borderBottomColor
            : getComputedStyle(line.querySelector('td')!).borderBottomColor;
        expect(ruleColour).not.toBe(lineColour);
        const note = shadow(el, '[part="fund-runs-out"]').textContent!.trim();
        expect(note).toMatch(
          lang === 'en' ? /^Requests so far add up to more than the fund/ : /^累计申请至此超出资金/,
        );
      });
    }
  }
});
