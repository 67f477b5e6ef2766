import { describe, expect, it } from 'vitest';
import { rules } from './rules.js';
import { projectLifecycle } from './project-lifecycle.js';
import { meetingLifecycle } from './meeting-lifecycle.js';

describe('rules catalog', () => {
  it('has unique ids, each described in Chinese and English', () => {
    const ids = rules.map((rule) => rule.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const rule of rules) {
      expect(rule.description['zh-CN'], rule.id).toMatch(/[\u4e00-\u9fff]/);
      expect(rule.description.en, rule.id).toMatch(/^[A-Z]/);
    }
  });

  it('lists every lifecycle rule with the events it guards', () => {
    for (const rule of [...projectLifecycle.rules, ...meetingLifecycle.rules]) {
      const entry = rules.find((r) => r.id === rule.id);
      expect(entry, rule.id).toBeDefined();
      for (const event of rule.on) expect(entry!.on).toContain(event);
    }
    const execution = rules
      .filter((rule) => rule.on.includes('execution-started'))
      .map((rule) => rule.id);
    expect(execution).toEqual([
      'project.event-allowed',
      'project.chronological',
      'team.overall-lead',
      'team.finance-lead',
      'team.contracts-signed',
      'team.resident-member',
    ]);
  });

  it('is plain data that survives JSON', () => {
    expect(JSON.parse(JSON.stringify(rules))).toEqual(rules);
  });

  it('lists the Open Space rules with their scope', () => {
    const openSpace = rules.filter((rule) => rule.scope === 'open-space').map((rule) => rule.id);
    expect(openSpace).toEqual(
      expect.arrayContaining([
        'open-space.dot-budget',
        'open-space.dots-per-idea',
        'open-space.hidden-reason',
      ]),
    );
  });
});
