import { describe, expect, it } from 'vitest';
import { bodies, round, vettings } from '../domain/pilot-2007.fixture.js';
import { parseDocument } from '../validation/parse-document.js';
import { checkVetting, latestVetting, VettingSchema, type Vetting } from './vetting.js';

const accepted = vettings[0]!;

describe('vetting (审核) by the service center', () => {
  it('accepts the pilot vetting as a document and by the rules', () => {
    expect(parseDocument(VettingSchema, accepted).ok).toBe(true);
    expect(checkVetting(accepted, { bodies, round })).toEqual({ ok: true });
  });

  it('only a member of the service center vets; a returned application says why — every violation at once', () => {
    const bad: Vetting = { ...accepted, by: 'p-discipline', outcome: 'returned', reasons: [' '] };
    const result = checkVetting(bad, { bodies, round });
    expect(result.ok || result.violations).toEqual([
      {
        rule: 'vetting.by-service-center',
        message: {
          'zh-CN': 'p-discipline 不是清源街道社区服务中心的成员',
          en: 'p-discipline is not a member of Qingyuan community service center',
        },
        path: ['by'],
      },
      {
        rule: 'vetting.reasons',
        message: {
          'zh-CN': '退回申请 jinhuali-home 需写明理由',
          en: 'Returning jinhuali-home needs its reasons',
        },
        path: ['reasons'],
      },
    ]);
  });

  it('names a body that is not a service center, and an application outside the round', () => {
    const result = checkVetting(
      { ...accepted, body: 'qingyuan-supervision', application: 'binhe-dongli-189' },
      { bodies, round },
    );
    expect(result.ok || result.violations.map((v) => [v.rule, v.message.en, v.path])).toEqual([
      [
        'vetting.by-service-center',
        '“qingyuan-supervision” is not the community service center',
        ['body'],
      ],
      [
        'vetting.in-round',
        'Application binhe-dongli-189 is not in round qingyuan-2008',
        ['application'],
      ],
    ]);
  });

  it('the latest vetting of an application counts', () => {
    const returned: Vetting = {
      ...accepted,
      id: 'vet-returned',
      at: '2008-03-01T10:00:00+08:00',
      outcome: 'returned',
      reasons: ['预算条目不清'],
    };
    expect(latestVetting([accepted, returned], round.id, accepted.application)).toBe(accepted);
    const later = { ...returned, at: '2008-03-11T10:00:00+08:00' };
    expect(latestVetting([accepted, later], round.id, accepted.application)).toBe(later);
    expect(latestVetting([accepted], 'qingyuan-2009', accepted.application)).toBeUndefined();
  });
});
