import { describe, expect, it } from 'vitest';
import { pilotApplications } from '../examples/pilot-applications.js';
import { pilotOpenSpaceSession } from '../examples/pilot-open-space.js';
import type { Application } from '../domain/application.js';
import { openSpaceReport } from './open-space-report.js';

const yuan = (n: number) => ({ amount: n * 100, currency: 'CNY' });

describe('openSpaceReport', () => {
  it('lists topics, ranks ideas with ties stated, and follows an idea into its application', () => {
    const report = openSpaceReport(pilotOpenSpaceSession, pilotApplications);
    expect(report.topics.map((t) => [t.topic.id, t.ideas, t.groups])).toEqual([
      ['t-migrants', ['i-love-supermarket', 'i-cheap-goods'], ['g-migrants']],
      ['t-culture', ['i-opera-troupe'], ['g-culture']],
      ['t-kids', ['i-after-school', 'i-homework-room'], ['g-kids']],
    ]);
    expect(report.ties).toEqual([{ dots: 3, ideas: ['i-after-school', 'i-opera-troupe'] }]);
    const top = report.ideas[0]!;
    expect(top.idea.id).toBe('i-love-supermarket');
    expect(top.applications).toEqual([
      {
        application: 'jinhuali-home',
        title: { 'zh-CN': '新居民之家', en: "New Residents' Home" },
        funded: false,
        closed: false,
        terminated: false,
      },
    ]);
    expect(report.hiddenIdeas.map((h) => [h.idea.id, h.record.by])).toEqual([
      ['i-insult', 'p-center-zhang'],
    ]);
    expect(report.summary).toEqual({
      participants: 5,
      ideas: 6,
      needs: 3,
      projectIdeas: 3,
      dotsCast: 14,
      dotsAvailable: 25,
      becameApplications: 2,
      funded: 0,
      closed: 0,
    });
  });

  it('says which ideas were funded and closed when project states are given', () => {
    const report = openSpaceReport(pilotOpenSpaceSession, pilotApplications, {
      'jinhuali-home': { status: 'closed', granted: yuan(10000) },
    });
    const supermarket = report.ideas.find((i) => i.idea.id === 'i-love-supermarket')!;
    expect(supermarket.applications[0]).toMatchObject({
      status: 'closed',
      funded: true,
      closed: true,
      granted: yuan(10000),
    });
    expect(report.summary).toMatchObject({ becameApplications: 2, funded: 2, closed: 2 });
  });

  it('keeps a rejected application as an application that was not funded, and ignores other sessions', () => {
    const fromElsewhere: Application = {
      ...pilotApplications[1]!,
      origin: { session: 'os-other', ideas: ['i-opera-troupe'] },
    };
    const report = openSpaceReport(pilotOpenSpaceSession, [...pilotApplications, fromElsewhere], {
      'jinhuali-home': { status: 'rejected' },
    });
    expect(report.ideas.find((i) => i.idea.id === 'i-opera-troupe')!.applications).toEqual([]);
    expect(report.ideas[0]!.applications[0]).toMatchObject({ status: 'rejected', funded: false });
    expect(report.summary).toMatchObject({ becameApplications: 2, funded: 0 });
  });
});
