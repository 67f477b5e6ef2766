import { describe, expect, it } from 'vitest';
import { bodies, meeting, ranking, summarySheet } from '../domain/pilot-2007.fixture.js';
import { parseDocument } from '../validation/parse-document.js';
import {
  checkSummarySheet,
  ResultsSummarySheetSchema,
  summarySheetFrom,
} from './results-summary-sheet.js';

describe('results summary sheet (评选结果汇总表)', () => {
  it('is built from the published ranking, best first, and valid as a document', () => {
    const sheet = summarySheetFrom(meeting, [...ranking].reverse(), {
      id: 'sheet-2008',
      preparedBy: 'p-center',
      preparedAt: '2008-03-20T18:00:00+08:00',
    });
    expect(sheet.rows.map((row) => [row.rank, row.project, row.requested.amount])).toEqual([
      [1, 'jinhuali-home', 1000000],
      [2, 'xinghuayuan-kids', 900000],
      [3, 'yuhuayuan-culture', 1200000],
      [4, 'jinhuiyuan-efamily', 800000],
    ]);
    expect(sheet.signOff).toBeUndefined();
    expect(parseDocument(ResultsSummarySheetSchema, { ...summarySheet }).ok).toBe(true);
  });

  it('a supervision-group member signs it off before the decision, and it matches the results', () => {
    expect(
      checkSummarySheet(summarySheet, { bodies, ranking, before: '2008-04-02T10:00:00+08:00' }),
    ).toEqual({ ok: true });
    const edited = {
      ...summarySheet,
      rows: summarySheet.rows.slice(0, 3).map((row, i) => (i === 1 ? { ...row, rank: 3 } : row)),
      signOff: { body: 'qingyuan-coordination', by: 'p-ngo', at: '2008-03-25T10:00:00+08:00' },
    };
    const result = checkSummarySheet(edited, { bodies, ranking });
    expect(result.ok || result.violations.map((v) => [v.rule, v.message['zh-CN'], v.path])).toEqual(
      [
        ['summary-sheet.signed-off', '“qingyuan-coordination”不是项目监审组', ['signOff', 'by']],
        [
          'summary-sheet.matches-results',
          '汇总表上项目 xinghuayuan-kids 排第 3，公布的排名是第 2',
          ['rows', 1, 'rank'],
        ],
        ['summary-sheet.matches-results', '汇总表缺少项目 jinhuiyuan-efamily', ['rows']],
      ],
    );
  });
});
