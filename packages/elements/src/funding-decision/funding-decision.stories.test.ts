import { expect } from 'vitest';
import { describeStories } from '../testing/story-tests.js';
import * as stories from './funding-decision.stories.js';

// Every story (every state of the element) renders its args and is axe clean, after its play;
// a story that posts shows the delivery step it is named after.
describeStories('qy-funding-decision', stories, (element, story) => {
  if (story.play)
    expect(element.shadowRoot?.querySelector('#step-title')?.textContent).toBeTruthy();
  if (story === stories.HeadingLevel3)
    expect(element.shadowRoot?.querySelector('#heading')?.localName).toBe('h3');
  if (story === stories.BoxStoredDecision)
    expect(element.shadowRoot?.querySelector('[part="stored"]')).not.toBeNull();
  if (story === stories.BoxRefusesSecondDecision)
    expect(element.shadowRoot?.textContent).toContain('一次会议只作一个资助决定');
});
