import { ReviewMeetingSchema, tally } from '@qingyuan/core';
import { html } from 'lit';
import { afterEach, describe, expect, it } from 'vitest';
import '../define/ranking-table.js';
import type { QyLoadEvent } from '../events/load.js';
import { cleanupFixtures, fixture } from '../testing/fixture.js';
import { pilotBallots, pilotMeeting } from '../testing/meetings.js';
import type { QyRankingTable } from './ranking-table.js';

// Core's tally is imported on first need (`ranking-document.ts`): the first test of this file
// runs before any table of the page has loaded it, so it sees the table wait for it.

afterEach(cleanupFixtures);

/** What each render of `el` showed: its status text, or `table`. */
function renders(el: QyRankingTable): string[] {
  const seen: string[] = [];
  el.addController({
    hostUpdated: () => {
      const status = el.shadowRoot!.querySelector('[part="status"]');
      seen.push(
        status ? status.textContent!.trim() : el.shadowRoot!.querySelector('table') ? 'table' : '',
      );
    },
  });
  return seen;
}

describe('<qy-ranking-table> and core’s tally', () => {
  it('says it is loading while core’s tally loads, and a newer document wins over ballots waiting for it', async () => {
    const meeting = pilotMeeting();
    const oneBallot = tally(ReviewMeetingSchema.parse(meeting), pilotBallots().slice(0, 1));
    const loads: number[] = [];
    const onLoad = (event: QyLoadEvent) => loads.push((event.target as QyRankingTable).rows.length);
    document.addEventListener('qy-load', onLoad);
    try {
      const main = document.createElement('main');
      main.lang = 'en';
      document.body.append(main);
      const el = document.createElement('qy-ranking-table');
      const seen = renders(el);
      el.addController({
        // while the ballots wait for the tally, a tally result arrives (it wins over ballots)
        hostUpdated: () => {
          if (seen.length === 1) el.result = JSON.parse(JSON.stringify(oneBallot));
        },
      });
      el.meeting = meeting;
      el.ballots = pilotBallots();
      main.append(el);
      await el.updateComplete;
      expect(seen[0]).toBe('Loading…');
      expect(seen.at(-1)).toBe('table');
      expect(el.shadowRoot!.querySelector('[part="toolbar"]')!.textContent).toContain(
        '1 ballots counted',
      );
      // one document was read (the result): the ballots that waited were never shown
      expect(loads).toEqual([meeting.projects.length]);
    } finally {
      document.removeEventListener('qy-load', onLoad);
    }
  });

  it('ranks ballots in the same update once the tally is loaded, and fires qy-load with the rows', async () => {
    const loads: number[] = [];
    const onLoad = (event: QyLoadEvent) => loads.push((event.target as QyRankingTable).rows.length);
    document.addEventListener('qy-load', onLoad);
    try {
      const el = await fixture<QyRankingTable>(
        html`<qy-ranking-table .meeting=${pilotMeeting()}></qy-ranking-table>`,
        { lang: 'en' },
      );
      const seen = renders(el);
      el.ballots = pilotBallots();
      await el.updateComplete;
      expect(seen).toEqual(['table']);
      expect(loads).toEqual([pilotMeeting().projects.length]);
      expect(el.shadowRoot!.querySelector('[part="toolbar"]')!.textContent).toContain(
        '2 ballots counted',
      );
    } finally {
      document.removeEventListener('qy-load', onLoad);
    }
  });
});
