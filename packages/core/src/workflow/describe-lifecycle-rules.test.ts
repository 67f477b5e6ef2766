import { describe, expect, it } from 'vitest';
import { describeLifecycleRules } from './describe-lifecycle-rules.js';
import { meetingLifecycle } from './meeting-lifecycle.js';
import { projectLifecycle } from './project-lifecycle.js';
import { rules } from './rules.js';

describe('describeLifecycleRules', () => {
  it("gives the rules catalog's entries of one lifecycle, in the catalog's order", () => {
    expect(describeLifecycleRules(projectLifecycle, 'project')).toEqual(
      rules.filter((rule) => rule.scope === 'project'),
    );
    expect(describeLifecycleRules(meetingLifecycle, 'meeting')).toEqual(
      rules.filter((rule) => rule.scope === 'meeting'),
    );
  });

  it('lists each rule once, with every event it guards, and the document-required entry', () => {
    const catalog = describeLifecycleRules(projectLifecycle, 'project');
    const ids = catalog.map((rule) => rule.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(catalog.find((rule) => rule.id === 'application.purpose')).toMatchObject({
      scope: 'project',
      on: ['submitted'],
      description: { en: 'The application states its purpose' },
    });
    expect(catalog.at(-1)?.id).toBe('project.document-required');
    expect(catalog.at(-1)?.on).toContain('team-formed');
  });
});
