import { describe, expect, it } from 'vitest';
import { compareCodePoints } from '../text/code-point-order.js';
import { compareProjectIds } from './compare-project-ids.js';

describe('compareProjectIds', () => {
  it('is the toolkit’s one code-point comparison (tested in text/code-point-order.test.ts)', () => {
    expect(compareProjectIds).toBe(compareCodePoints);
    expect(['P200ZM', 'P194ZM'].sort(compareProjectIds)).toEqual(['P194ZM', 'P200ZM']);
  });
});
