import { describe, expect, it } from 'vitest';
import { parseDocument } from '../validation/parse-document.js';
import { PbBallotTextsSchema } from './pb-ballot-texts.js';

describe('PbBallotTextsSchema', () => {
  it('reads titles, currency and names, and leaves the rules to the election schema', () => {
    const result = parseDocument(PbBallotTextsSchema, {
      title: { 'zh-CN': '社区微更新', en: 'Neighbourhood budget' },
      currency: 'CNY',
      districts: { north: '北片' },
      rules: { format: 'approval' },
      projects: [{ id: 'p1', cost: 5, title: '口袋公园' }, { id: 'p2' }],
    });
    expect(result.ok && result.value.projects).toEqual([
      { id: 'p1', title: '口袋公园' },
      { id: 'p2' },
    ]);
  });

  it('names the place of a bad currency and an empty title, in both languages', () => {
    const result = parseDocument(
      PbBallotTextsSchema,
      { currency: 'yuan', projects: [{ id: 'p1', title: '' }] },
      { locale: 'zh-CN' },
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.map((issue) => issue.where)).toEqual(['currency', 'projects[0].title']);
  });
});
