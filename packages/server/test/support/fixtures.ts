import { ReviewMeetingSchema, type ReviewMeeting, type ReviewMeetingInput } from '@qingyuan/core';

/** A small review meeting from the 2007 pilot: three criteria, three projects, approval votes. */
export function pilotMeetingInput(id = 'qingyuan-2007'): ReviewMeetingInput {
  return {
    id,
    title: { 'zh-CN': '2007 年项目评审会', en: '2007 review meeting' },
    criteria: [
      { id: 'public-benefit', name: { 'zh-CN': '公益性', en: 'Public benefit' }, weight: 0.4 },
      { id: 'feasibility', name: { 'zh-CN': '可行性', en: 'Feasibility' }, weight: 0.3 },
      { id: 'sustainability', name: { 'zh-CN': '可持续性', en: 'Sustainability' }, weight: 0.3 },
    ],
    method: { type: 'approval' },
    projects: [
      {
        id: 'jinhuali-home',
        title: { 'zh-CN': '新居民之家', en: "New Residents' Home" },
        community: 'jinhuali',
        requested: { amount: 1000000, currency: 'CNY' },
      },
      {
        id: 'yuhuayuan-culture',
        title: { 'zh-CN': '社区文化活动中心', en: 'Cultural Activity Center' },
        community: 'yuhuayuan',
        requested: { amount: 800000, currency: 'CNY' },
      },
      {
        id: 'xinghuayuan-children',
        title: { 'zh-CN': '儿童创意及表现空间', en: "Children's Creativity Space" },
        community: 'xinghuayuan',
        requested: { amount: 600000, currency: 'CNY' },
      },
    ],
    voters: [],
  };
}

/** The parsed pilot meeting. */
export function pilotMeeting(id?: string): ReviewMeeting {
  return ReviewMeetingSchema.parse(pilotMeetingInput(id));
}

/** Approval marks for every project and criterion, `true` where `approve` says so. */
export function approvalMarks(
  approve: (project: string, criterion: string) => boolean = () => true,
): Record<string, Record<string, boolean>> {
  const marks: Record<string, Record<string, boolean>> = {};
  for (const project of ['jinhuali-home', 'yuhuayuan-culture', 'xinghuayuan-children']) {
    marks[project] = {};
    for (const criterion of ['public-benefit', 'feasibility', 'sustainability']) {
      marks[project][criterion] = approve(project, criterion);
    }
  }
  return marks;
}
