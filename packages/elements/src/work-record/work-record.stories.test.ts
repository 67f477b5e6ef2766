import { expect } from 'vitest';
import { describeStories } from '../testing/story-tests.js';
import * as stories from './work-record.stories.js';

// Every story (every state of the card) renders its args and is axe clean, after its play; the
// saved and queued stories show the delivery step, the missing-fields story names the fields.
describeStories('qy-work-record', stories, (element, story) => {
  const root = element.shadowRoot!;
  if (story === stories.Saved || story === stories.OfflineQueued) {
    expect(root.querySelector('#step-title')?.textContent?.trim()).toBeTruthy();
  }
  if (story === stories.MissingFields) {
    expect(root.querySelectorAll('[part="field-error"]').length).toBeGreaterThan(0);
  }
});
