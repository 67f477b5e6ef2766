import { localize, tally } from '@qingyuan/core';
import { html } from 'lit';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import '../define/ranking-table.js';
import type { QyLoadErrorEvent } from '../events/load-error.js';
import { expectNoAxeViolations } from '../testing/axe.js';
import { boxStub, boxStubState, pushBoxEvent } from '../testing/box-stub.js';
import { cleanupFixtures, fixture, shadow, shadowAll, until } from '../testing/fixture.js';
import { pilotMeeting } from '../testing/meetings.js';
import type { QyRankingTable } from './ranking-table.js';

const meeting = pilotMeeting();
const first = tally(meeting, [
  { voter: 'v-expert', marks: { 'jinhuali-home': { 'public-benefit': true, feasibility: true } } },
]);
const second = tally(meeting, [
  { voter: 'v-expert', marks: { 'jinhuali-home': { 'public-benefit': true, feasibility: true } } },
  {
    voter: 'v-yuhuayuan',
    marks: {
      'jinhuiyuan-efamily': { 'public-benefit': true, feasibility: true, sustainability: true },
    },
  },
]);

function titles(el: QyRankingTable): string[] {
  return shadowAll(el, 'tbody tr[part="row"] th .title').map((cell) => cell.textContent!.trim());
}

function title(project: string, locale: string): string {
  return localize(meeting.projects.find((p) => p.id === project)!.title, locale);
}

/** Waits until the stub box has this many open event streams for a meeting. */
async function streams(id: string, count: (n: number) => boolean): Promise<void> {
  for (let i = 0; i < 100; i++) {
    if (count((await boxStubState()).streams[id] ?? 0)) return;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error(`timed out waiting for the event streams of ${id}`);
}
const streamOpen = (id: string) => streams(id, (n) => n > 0);

beforeEach(async () => {
  await boxStub({ reset: true });
});
afterEach(() => {
  cleanupFixtures();
});

describe('<qy-ranking-table box meeting>: the live table straight from a ballot box', () => {
  it('shows the results of the box, then each ranking event of its live stream', async () => {
    await boxStub({
      meetings: {
        m1: {
          meeting,
          status: 'open',
          results: { ranking: first.ranking, counted: 1, rejected: [] },
        },
      },
    });
    const el = await fixture<QyRankingTable>(
      html`<qy-ranking-table box="/__boxstub" meeting="m1"></qy-ranking-table>`,
      { lang: 'en' },
    );
    await until(() => titles(el).length === 4);
    expect(titles(el)[0]).toBe(title('jinhuali-home', 'en'));
    expect(shadow(el, '[part="toolbar"]').textContent).toContain('1 ballots counted');
    await streamOpen('m1');
    // the box's `ranking` event: { meeting, counted, ranking } (no rejected ballots in it)
    await boxStub({
      meetings: {
        m1: {
          meeting,
          status: 'open',
          results: { ranking: second.ranking, counted: 2, rejected: [] },
        },
      },
    });
    expect(
      await pushBoxEvent('m1', 'ranking', { meeting: 'm1', counted: 2, ranking: second.ranking }),
    ).toBe(1);
    await until(() => titles(el)[0] === title('jinhuiyuan-efamily', 'en'));
    expect(shadow(el, '[part="toolbar"]').textContent).toContain('2 ballots counted');
    // the live region says what changed
    await until(() => /moved up/.test(shadow(el, '[role="status"]').textContent!));
    // the meeting once; the results at the start and again after the event (for the count of
    // ballots not counted, which the event does not carry); one stream
    await streams('m1', () => true);
    let requests: string[] = [];
    for (let i = 0; i < 100 && requests.filter((r) => r.endsWith('/results')).length < 2; i++) {
      requests = (await boxStubState()).requests;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    expect(requests.filter((r) => r === 'GET /meetings/m1')).toHaveLength(1);
    expect(requests.filter((r) => r === 'GET /meetings/m1/events')).toHaveLength(1);
    expect(requests.filter((r) => r === 'GET /meetings/m1/results')).toHaveLength(2);
    await expectNoAxeViolations(el);
  });

  it('says the box hides the results (in its words) and shows the first live ranking', async () => {
    await boxStub({ meetings: { m2: { meeting, status: 'open', results: null } } });
    const el = await fixture<QyRankingTable>(
      html`<qy-ranking-table box="/__boxstub/" meeting="m2"></qy-ranking-table>`,
      { lang: 'zh-CN' },
    );
    await until(() => /结果在组织者公布前不公开/.test(shadow(el, '[part="status"]').textContent!));
    expect(shadow(el, '[part="status"]').textContent).toContain('暂不显示排名');
    await streamOpen('m2');
    await pushBoxEvent('m2', 'ranking', { meeting: 'm2', counted: 1, ranking: first.ranking });
    await until(() => titles(el).length === 4);
    expect(titles(el)[0]).toBe(title('jinhuali-home', 'zh-CN'));
  });

  it('names the meeting and the box’s reason when the box refuses, and fires qy-load-error', async () => {
    const errors: QyLoadErrorEvent[] = [];
    document.addEventListener('qy-load-error', (event) => errors.push(event), { once: true });
    const el = await fixture<QyRankingTable>(
      html`<qy-ranking-table box="/__boxstub" meeting="nope"></qy-ranking-table>`,
      { lang: 'en' },
    );
    await until(() => shadowAll(el, '[part="error"]').length === 1);
    const text = shadow(el, '[part="error"]').textContent!;
    expect(text).toContain('"nope"');
    expect(text).toContain('404');
    expect(text).toContain('No such meeting');
    await until(() => errors.length === 1);
    expect(errors[0]!.detail.source).toBe('box');
  });

  it('stops listening when it leaves the page', async () => {
    await boxStub({
      meetings: {
        m3: {
          meeting,
          status: 'open',
          results: { ranking: first.ranking, counted: 1, rejected: [] },
        },
      },
    });
    const el = await fixture<QyRankingTable>(
      html`<qy-ranking-table box="/__boxstub" meeting="m3"></qy-ranking-table>`,
    );
    await streamOpen('m3');
    el.remove();
    await streams('m3', (n) => n === 0);
  });
});
