import { expect } from 'vitest';
import { until } from '../testing/fixture.js';
import { describeStories } from '../testing/story-tests.js';
import type { QyProjectStatus } from './project-status.js';
import * as stories from './project-status.stories.js';

// Every story renders its args and is axe clean; the terminated and in-execution stories show
// the status they are named after.
describeStories('qy-project-status', stories, async (element, story) => {
  const el = element as QyProjectStatus;
  if (story === stories.InExecution) expect(el.currentStatus).toBe('in-execution');
  if (story === stories.Terminated || story === stories.TerminatedEnglish) {
    await until(() => el.currentStatus === 'terminated', 'terminated');
  }
});
