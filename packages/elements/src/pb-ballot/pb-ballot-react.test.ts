import { createElement } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import type { QyPbBallotSubmitEvent } from '../events/pb-ballot-submit.js';
import { QyPbBallot as QyPbBallotReact } from '../react/index.js';
import { shadow, shadowButton, until } from '../testing/fixture.js';
import { binheSheet } from './pb-ballot.fixture.js';
import type { QyPbBallot } from './pb-ballot.js';

let root: Root | undefined;
afterEach(() => {
  root?.unmount();
  for (const main of document.body.querySelectorAll(':scope > main')) main.remove();
});

it('the React wrapper takes the sheet as a prop and hands the typed submit event to onQyPbBallotSubmit', async () => {
  const main = document.createElement('main');
  main.lang = 'en';
  document.body.append(main);
  const received: QyPbBallotSubmitEvent[] = [];
  root = createRoot(main);
  root.render(
    createElement(QyPbBallotReact, {
      election: binheSheet('approval'),
      district: 'south',
      onQyPbBallotSubmit: (event) => received.push(event),
    }),
  );
  await until(() => main.querySelector('qy-pb-ballot')?.shadowRoot?.querySelector('li') != null);
  const el = main.querySelector<QyPbBallot>('qy-pb-ballot')!;
  await userEvent.click(shadow(el, 'li[data-project="s-light"] input'));
  await userEvent.click(await shadowButton(el, 'Review my ballot'));
  await userEvent.click(await shadowButton(el, 'Submit ballot'));
  await until(() => received.length === 1, 'the submit event');
  expect(received[0]!.detail.ballot).toEqual({ district: 'south', projects: ['s-light'] });
});
