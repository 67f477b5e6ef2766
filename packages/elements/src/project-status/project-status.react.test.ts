import { jinhualiExecutionHistory, pilotProjectContext } from '@qingyuan/core/examples';
import { createElement } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, describe, expect, it } from 'vitest';
import type { QyLoadEvent } from '../events/load.js';
import { QyProjectStatus } from '../react/index.js';
import { until } from '../testing/fixture.js';
import type { QyProjectStatus as ProjectStatusElement } from './project-status.js';

let root: Root | undefined;
afterEach(() => {
  root?.unmount();
  root = undefined;
  for (const main of document.body.querySelectorAll(':scope > main')) main.remove();
});

const { bodies, ...documents } = pilotProjectContext;

/** The wrapper on Jinhuali's closed project, with `accountability` as given. */
function render(main: HTMLElement, accountability: 'shown' | 'hidden', loads: QyLoadEvent[]) {
  root ??= createRoot(main);
  root.render(
    createElement(QyProjectStatus, {
      history: jinhualiExecutionHistory,
      bodies,
      documents,
      accountability,
      onQyLoad: (event: QyLoadEvent) => loads.push(event),
    }),
  );
}

describe('<QyProjectStatus> for React', () => {
  it('takes the history and accountability as props: the view shows, then is hidden', async () => {
    const main = document.createElement('main');
    main.lang = 'en';
    document.body.append(main);
    const loads: QyLoadEvent[] = [];
    render(main, 'shown', loads);
    const el = () => main.querySelector<ProjectStatusElement>('qy-project-status');
    const view = () => el()?.shadowRoot?.querySelector('[part="accountability"]');
    await until(() => view() != null, 'the accountability view');
    expect(el()!.currentStatus).toBe('closed');
    expect(view()!.querySelector('[part="money-summary"]')!.textContent).toContain('CN¥9,650.00');
    await until(() => loads.length > 0, 'qy-load');
    render(main, 'hidden', loads);
    await until(() => view() == null, 'the view hidden');
    expect(el()!.accountability).toBe('hidden');
  });
});
