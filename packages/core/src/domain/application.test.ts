import { describe, expect, it } from 'vitest';
import { parseDocument } from '../validation/parse-document.js';
import { ApplicationSchema } from './application.js';
import { application } from './pilot-2007.fixture.js';

describe('ApplicationSchema', () => {
  it('accepts the pilot application', () => {
    expect(parseDocument(ApplicationSchema, application)).toEqual({ ok: true, value: application });
  });

  it('names every problem of a bad application, in Chinese', () => {
    const bad = structuredClone(application) as unknown as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
    bad.plan[1].end = '2007-06-01';
    bad.budget.lines[1].id = 'b-shelves';
    bad.budget.lines[0].amount.amount = 600000.5;
    bad.beneficiaries[0].vulnerable = 'tourists';
    const result = parseDocument(ApplicationSchema, bad, { locale: 'zh-CN' });
    expect(result.ok || result.issues.map((issue) => [issue.where, issue.code])).toEqual([
      ['plan[1].end', 'date-order'],
      ['beneficiaries[0].vulnerable', 'invalid_value'],
      ['budget.lines[0].amount.amount', 'money-integer'],
    ]);
    if (result.ok) return;
    expect(result.issues[0]!.message).toBe('结束日期不能早于开始日期');
  });

  it('names a duplicate budget line id once the rest is valid', () => {
    const bad = structuredClone(application);
    bad.budget.lines[1]!.id = 'b-shelves';
    const result = parseDocument(ApplicationSchema, bad, { locale: 'zh-CN' });
    expect(result.ok || result.issues.map((issue) => [issue.where, issue.message])).toEqual([
      ['budget.lines[1].id', '预算条目中的标识 "b-shelves" 重复'],
    ]);
  });
});
