import { describe, expect, it } from 'vitest';
import { application, context } from '../domain/pilot-2007.fixture.js';
import { binheDongliDraft, sampleApplications } from '../examples/pilot-applications.js';
import { missingForNext } from './lifecycle.js';
import { missingForSubmission } from './application-rules.js';
import { applicationRules } from './application-rule-descriptions.js';
import { projectLifecycle, projectRules } from './project-lifecycle.js';
import type { ProjectContext, ProjectState } from './project-state.js';

const lifecycleSays = (app: ProjectState['application'], ctx: ProjectContext = { bodies: [] }) =>
  missingForNext(projectLifecycle, { ...projectLifecycle.initial, application: app }, ctx).missing;

describe('applicationRules', () => {
  it('are exactly the project rules on the submitted event, in the same order', () => {
    const onSubmitted = projectRules.filter((rule) => rule.on.includes('submitted'));
    expect(applicationRules.map((rule) => rule.id)).toEqual(onSubmitted.map((rule) => rule.id));
    expect(applicationRules).toEqual(onSubmitted);
  });
});

describe('missingForSubmission', () => {
  it('finds what the lifecycle finds for a draft, for complete and incomplete applications', () => {
    const broken: ProjectState['application'][] = [
      undefined,
      { ...application, indicators: [] },
      { ...application, purpose: '  ', needs: [] },
      {
        ...application,
        budget: { ...application.budget, lines: [] },
      },
      {
        ...application,
        budget: { ...application.budget, total: { ...application.budget.total, amount: 1 } },
      },
      binheDongliDraft,
    ];
    for (const app of [application, ...sampleApplications, ...broken]) {
      expect(missingForSubmission(app)).toEqual(lifecycleSays(app));
      expect(missingForSubmission(app, context)).toEqual(lifecycleSays(app, context));
    }
  });

  it('names each problem of an incomplete draft', () => {
    const rules = missingForSubmission({ ...application, indicators: [] }).map((v) => v.rule);
    expect(rules).toEqual(['application.has-indicator']);
    expect(missingForSubmission(undefined).map((v) => v.rule)).toEqual(['application.present']);
    expect(missingForSubmission(application)).toEqual([]);
  });
});
