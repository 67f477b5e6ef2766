import { expect } from 'vitest';
import { until } from '../testing/fixture.js';
import { describeStories } from '../testing/story-tests.js';
import type { QyProjectStatus } from './project-status.js';
import * as stories from './project-status.stories.js';

// Every story renders its args and is axe clean; the terminated and in-execution stories show
// the status they are named after; the accountability stories their view.
describeStories('qy-project-status', stories, async (element, story) => {
  const el = element as QyProjectStatus;
  if (story === stories.InExecution) expect(el.currentStatus).toBe('in-execution');
  if (story === stories.Terminated || story === stories.TerminatedEnglish) {
    await until(() => el.currentStatus === 'terminated', 'terminated');
  }
  // the funded stories show the accountability view (loaded on demand), the hidden one does not
  const view = () => el.shadowRoot!.querySelector('[part="accountability"]');
  if (
    story === stories.AccountabilityFromPublicView ||
    story === stories.AccountabilityOverTheGrant
  ) {
    await until(() => view()?.querySelector('[part="money-summary"]') != null, 'the public view');
  }
  if (story === stories.AccountabilityFromOlderBox) {
    await until(() => view()?.querySelector('.note') != null, 'the older box’s note');
  }
  if (story === stories.AccountabilityPublicViewNarrow) {
    await until(() => view()?.querySelector('[part="changes"]') != null, 'the scope change');
    const row = view()!.querySelector('[part="lines"] tbody tr')!;
    expect(getComputedStyle(row).display).toBe('block');
  }
  if (story === stories.AccountabilityMalformedView) {
    await until(() => view()?.querySelector('[role="alert"]') != null, 'the problems');
  }
  if (story === stories.Accountability || story === stories.AccountabilityTerminationDeclined) {
    expect(view()).not.toBeNull();
  }
  if (story === stories.AccountabilityExpensesOpen) {
    expect(el.shadowRoot!.querySelector<HTMLDetailsElement>('[part="expenses"]')!.open).toBe(true);
  }
  if (story === stories.AccountabilityHidden) expect(view()).toBeNull();
});
