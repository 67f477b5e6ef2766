import { expect } from 'vitest';
import { until } from '../testing/fixture.js';
import { describeStories } from '../testing/story-tests.js';
import * as stories from './execution-team.stories.js';

// Every story renders its args and is axe clean, after its play; the signing stories reach the
// delivery step they are named after.
const steps = new Map<unknown, string>([
  [stories.SignatureSent, 'sent'],
  [stories.SignatureQueuedOffline, 'queued'],
  [stories.SignatureRefused, 'rejected'],
]);

describeStories('qy-execution-team', stories, async (element, story) => {
  const step = steps.get(story);
  if (!step) return;
  const title = () => element.shadowRoot!.querySelector('#step-title')?.textContent ?? '';
  const words = { sent: /received|收到/, queued: /offline|离线/, rejected: /refused|拒绝/ };
  await until(() => words[step as keyof typeof words].test(title()), step);
  expect(title().trim()).toBeTruthy();
});
