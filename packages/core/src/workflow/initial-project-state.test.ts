import { describe, expect, it } from 'vitest';
import { replay } from './lifecycle.js';
import { initialProjectState } from './initial-project-state.js';
import { projectLifecycle } from './project-lifecycle.js';

describe('initialProjectState', () => {
  it('is where the project lifecycle starts: a draft with no records', () => {
    expect(projectLifecycle.initial).toBe(initialProjectState);
    const empty = replay(projectLifecycle, [], { bodies: [] });
    expect(empty).toEqual({ ok: true, state: initialProjectState });
    expect(initialProjectState.status).toBe('draft');
    expect(initialProjectState.reports).toEqual([]);
  });
});
