import { projectLifecycle } from '@qingyuan/core';
import { describe, expect, it } from 'vitest';
import { isSigningCodeRole } from '../../organization/credential-roles.js';
import { accessRoles, mayPostProjectEvent, projectEventRoles } from './roles.js';

describe('the role table of project events', () => {
  it('names every kind of core project event, and no other', () => {
    const kinds = Object.keys(projectLifecycle.transitions).sort();
    expect(Object.keys(projectEventRoles).sort()).toEqual(kinds);
  });

  it('lets only the auditor record the audit and only team members sign', () => {
    expect(mayPostProjectEvent('auditor', 'audit-recorded')).toBe(true);
    expect(mayPostProjectEvent('applicant', 'audit-recorded')).toBe(false);
    expect(mayPostProjectEvent('team-member', 'contract-signed')).toBe(true);
    expect(mayPostProjectEvent('organizer', 'contract-signed')).toBe(false);
  });

  it('posts nothing of the application, review or decision here (they have their resources)', () => {
    for (const kind of ['submitted', 'review-started', 'approved', 'rejected'] as const) {
      expect(projectEventRoles[kind]).toEqual([]);
    }
  });

  it('opens no bearer route to a signing code: a team member only signs its contract', () => {
    for (const roles of Object.values(accessRoles)) {
      expect(roles.filter((role) => isSigningCodeRole(role))).toEqual([]);
    }
  });
});
