import type { Application } from '@qingyuan/core';

/**
 * Jinhuali's 2007 application “New Residents' Home” (bilingual, budget of 10,000 yuan in two
 * lines) — test and story data.
 *
 * @example
 * html`<qy-application-form .application=${pilotApplication()}></qy-application-form>`;
 */
export function pilotApplication(): Application {
  return {
    id: 'jinhuali-home',
    community: 'jinhuali',
    title: { 'zh-CN': '新居民之家', en: 'New Residents’ Home' },
    purpose: {
      'zh-CN': '为外来人口提供低价生活用品和儿童看护',
      en: 'Cheap goods and child care for migrant families',
    },
    needs: [
      {
        id: 'n-goods',
        description: { 'zh-CN': '低价生活用品', en: 'Cheap daily goods' },
        findings: [{ survey: 'jinhuali-2007', question: 'q-needs', option: 'goods' }],
      },
    ],
    plan: [
      {
        id: 'a-supermarket',
        title: { 'zh-CN': '爱心超市开业', en: 'Open the love supermarket' },
        start: '2007-06-01',
        end: '2007-06-30',
      },
    ],
    indicators: [
      {
        id: 'i-visits',
        description: { 'zh-CN': '爱心超市每月服务人次', en: 'Monthly supermarket visits' },
        unit: { 'zh-CN': '人次', en: 'visits' },
        target: 200,
      },
    ],
    team: [
      { name: '李主任', participant: 'p-li', role: 'overall-lead' },
      { name: '赵会计', participant: 'p-zhao', role: 'finance-lead' },
    ],
    beneficiaries: [
      {
        group: { 'zh-CN': '外来人口家庭', en: 'Migrant families' },
        count: 300,
        vulnerable: 'migrants',
      },
    ],
    budget: {
      total: { amount: 1_000_000, currency: 'CNY' },
      lines: [
        {
          id: 'b-shelves',
          item: { 'zh-CN': '货架', en: 'Shelves' },
          amount: { amount: 600_000, currency: 'CNY' },
        },
        {
          id: 'b-toys',
          item: { 'zh-CN': '玩具', en: 'Toys' },
          amount: { amount: 400_000, currency: 'CNY' },
        },
      ],
    },
    sustainability: {
      'zh-CN': '居民志愿者轮值，售货收入补贴运营',
      en: 'Volunteer shifts; sales cover running costs',
    },
  };
}
