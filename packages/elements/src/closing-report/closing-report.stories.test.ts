import { expect } from 'vitest';
import { until } from '../testing/fixture.js';
import { describeStories } from '../testing/story-tests.js';
import type { QyClosingReport } from './closing-report.js';
import * as stories from './closing-report.stories.js';

// Every story renders its args and is axe clean, after its play; the writing stories of the audit
// and the evaluation reach the state they are named after.
const steps = new Map<unknown, string>([
  [stories.AuditSending, 'sending'],
  [stories.AuditSent, 'sent'],
  [stories.AuditQueuedOffline, 'queued'],
  [stories.AuditRefused, 'rejected'],
  [stories.EvaluationSending, 'sending'],
  [stories.EvaluationSent, 'sent'],
  [stories.EvaluationQueuedOffline, 'queued'],
  [stories.EvaluationRefused, 'rejected'],
]);

describeStories('qy-closing-report', stories, async (element, story) => {
  const el = element as QyClosingReport;
  const step = steps.get(story);
  if (step) {
    await until(() => el.currentStep === step, step);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('#step-title')?.textContent?.trim()).toBeTruthy();
  }
  if (story === stories.AuditWithErrors || story === stories.EvaluationWithErrors) {
    await until(() => el.shadowRoot!.querySelector('[part="field-error"]') !== null, 'errors');
    expect(el.shadowRoot!.querySelector('[part="summary"]')).not.toBeNull();
  }
  if (story === stories.AuditorWritesTheAudit) {
    await until(() => el.shadowRoot!.querySelector('#f-lines-0-actual') !== null, 'audit form');
  }
  if (story === stories.EvaluatorWritesTheEvaluation) {
    await until(() => el.shadowRoot!.querySelector('#f-indicators-0-reached') !== null, 'form');
  }
});
