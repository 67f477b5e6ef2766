import { createElement } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, describe, expect, it } from 'vitest';
import type { QyLoadEvent } from '../events/load.js';
import { QyPbResults } from '../react/index.js';
import { shadowAll, until } from '../testing/fixture.js';
import { zdrowieMania } from './pb-results.fixture.js';
import type { QyPbResults as PbResultsElement } from './pb-results.js';

let root: Root | undefined;
afterEach(() => {
  root?.unmount();
  root = undefined;
  for (const main of document.body.querySelectorAll(':scope > main')) main.remove();
});

describe('<QyPbResults> for React', () => {
  it('takes the election and rule as props and hands onQyLoad the typed event', async () => {
    const main = document.createElement('main');
    main.lang = 'en';
    document.body.append(main);
    const loads: QyLoadEvent[] = [];
    root = createRoot(main);
    root.render(
      createElement(QyPbResults, {
        election: zdrowieMania(),
        rule: 'greedy',
        onQyLoad: (event: QyLoadEvent) => loads.push(event),
      }),
    );
    await until(() => main.querySelector('qy-pb-results')?.shadowRoot?.querySelector('h2') != null);
    const el = main.querySelector<PbResultsElement>('qy-pb-results')!;
    expect(el.value?.rule.rule).toBe('greedy');
    expect(shadowAll(el, '[part="outcome"] tbody tr').map((tr) => tr.dataset.project)).toEqual([
      'P123ZM',
      'P113ZM',
      'P171ZM',
      'P194ZM',
    ]);
    await until(() => loads.length > 0, 'qy-load');
    expect(loads[0]!.detail.source).toBe('property');
  });
});
