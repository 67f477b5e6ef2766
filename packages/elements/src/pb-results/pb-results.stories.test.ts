import { expect } from 'vitest';
import { describeStories } from '../testing/story-tests.js';
import * as stories from './pb-results.stories.js';

// Every story (every state of the results) renders its args and is axe clean; the "too large"
// story says the EJR and PJR checks were not run.
describeStories('qy-pb-results', stories, (element, story) => {
  if (story === stories.RepresentationTooLarge) {
    const checks = [...element.shadowRoot!.querySelectorAll<HTMLElement>('.representation li')];
    expect(checks.map((li) => li.dataset.status)).toEqual(['too-large', 'too-large']);
    expect(checks[0]!.textContent).toContain('未检验');
  }
});
