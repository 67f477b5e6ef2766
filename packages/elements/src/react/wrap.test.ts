/// <reference types="vite/client" />
import { createElement } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, describe, expect, it } from 'vitest';
import { QySortEvent } from '../events/sort.js';
import type { QyRankingTable as RankingTableElement } from '../ranking-table/ranking-table.js';
import { shadowAll, until } from '../testing/fixture.js';
import { pilotMeeting } from '../testing/meetings.js';
import * as wrappers from './index.js';
import { reactEventProp } from './wrap.js';

const ballots = [
  {
    voter: 'v-expert',
    marks: {
      'jinhuali-home': { 'public-benefit': true },
      'yuhuayuan-culture': { feasibility: true },
    },
  },
];

let root: Root | undefined;
afterEach(() => {
  root?.unmount();
  root = undefined;
  for (const main of document.body.querySelectorAll(':scope > main')) main.remove();
});

function mount(element: ReturnType<typeof createElement>): HTMLElement {
  const main = document.createElement('main');
  main.lang = 'en';
  document.body.append(main);
  root = createRoot(main);
  root.render(element);
  return main;
}

describe('React wrappers', () => {
  it('maps event types to onQy… props', () => {
    expect(reactEventProp('qy-ballot-submit')).toBe('onQyBallotSubmit');
    expect(reactEventProp('qy-load-error')).toBe('onQyLoadError');
  });

  it('renders <qy-ranking-table> with object props and hands the typed event to onQySort', async () => {
    const received: QySortEvent[] = [];
    const main = mount(
      createElement(wrappers.QyRankingTable, {
        meeting: pilotMeeting(),
        ballots,
        fund: 1_700_000,
        fundingMode: 'strict',
        onQySort: (event) => received.push(event),
      }),
    );
    await until(() => main.querySelector('qy-ranking-table') !== null, 'the element');
    const table = main.querySelector<RankingTableElement>('qy-ranking-table')!;
    await until(() => shadowAll(table, 'tbody tr[part="row"]').length === 4, 'rows from props');
    expect(table.fundingMode).toBe('strict');
    expect(table.funding?.ok && table.funding.allocation.mode).toBe('strict');

    const totalHeader = shadowAll<HTMLButtonElement>(table, 'th button').find(
      (button) => button.dataset['column'] === 'total',
    )!;
    totalHeader.click();
    expect(received).toHaveLength(1);
    expect(received[0]).toBeInstanceOf(QySortEvent);
    expect(received[0]!.detail).toEqual({ column: 'total', direction: 'descending' });
  });

  it('has a wrapper for every element the package registers', () => {
    const defines = Object.keys(import.meta.glob('../define/*.ts'))
      .map((path) => path.slice('../define/'.length, -'.ts'.length))
      .filter((name) => name !== 'qingyuan');
    for (const name of defines) {
      const component = `Qy${reactEventProp(name).slice('on'.length)}`;
      expect(Object.keys(wrappers), `a React wrapper for <qy-${name}>`).toContain(component);
    }
  });
});
