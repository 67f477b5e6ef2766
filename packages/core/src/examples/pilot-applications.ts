import type { Application } from '../domain/application.js';
import type { LocalizedText } from '../text/localized-text.js';
import type { Money } from '../money/money.js';

const yuan = (n: number): Money => ({ amount: Math.round(n * 100), currency: 'CNY' });
const t = (zh: string, en: string): LocalizedText => ({ 'zh-CN': zh, en });
/** A finding of the subdistrict survey's needs question. */
const finding = (option: string) => ({
  survey: 'qingyuan-needs-2007',
  question: 'q-needs',
  option,
});

/**
 * The application 项目申请书 of Jinhuali's New Residents' Home (2007 pilot): purpose, plan,
 * indicators, team and a 10,000-yuan budget in two lines, with in-kind gifts and sales income
 * planned beside it. The project and what it does come from
 * the case study; names, amounts and targets are made up. Its needs cite `jinhualiSurvey`.
 * Like the other pilot applications it plans its work for October and November 2007, the
 * implementation phase of the case study (2007年9月底至11月底).
 *
 * @example
 * import { ApplicationSchema } from '@qingyuan/core';
 * import { jinhualiApplication } from '@qingyuan/core/examples';
 * ApplicationSchema.parse(jinhualiApplication).budget.total; // { amount: 1000000, currency: 'CNY' }
 */
export const jinhualiApplication: Application = {
  id: 'jinhuali-home',
  community: 'jinhuali',
  title: t('新居民之家', "New Residents' Home"),
  purpose: t(
    '为外来人口提供低价生活用品和儿童看护',
    'Cheap goods and child care for migrant families',
  ),
  origin: { session: 'os-qingyuan-2007', ideas: ['i-love-supermarket', 'i-cheap-goods'] },
  needs: [
    {
      id: 'n-goods',
      description: t('低价生活用品', 'Cheap daily goods'),
      findings: [{ survey: 'jinhuali-2007', question: 'q-needs', option: 'goods' }],
    },
  ],
  plan: [
    {
      id: 'a-supermarket',
      title: t('爱心超市开业', 'Open the love supermarket'),
      start: '2007-10-15',
      end: '2007-10-31',
    },
    {
      id: 'a-paradise',
      title: t('小小乐园', 'Little paradise'),
      start: '2007-11-01',
      end: '2007-11-30',
    },
  ],
  indicators: [
    {
      id: 'i-visits',
      description: t('爱心超市每月服务人次', 'Monthly supermarket visits'),
      unit: t('人次', 'visits'),
      target: 200,
    },
    {
      id: 'i-children',
      description: t('小小乐园固定参加的儿童', 'Children attending the little paradise'),
      unit: t('名', 'children'),
      target: 20,
    },
  ],
  team: [
    { name: '李主任', participant: 'p-li', role: 'overall-lead' },
    { name: '赵会计', participant: 'p-zhao', role: 'finance-lead' },
  ],
  beneficiaries: [
    { group: t('外来人口家庭', 'Migrant families'), count: 300, vulnerable: 'migrants' },
    { group: t('学龄前儿童', 'Pre-school children'), count: 40, vulnerable: 'children' },
  ],
  budget: {
    total: yuan(10000),
    lines: [
      { id: 'b-shelves', item: t('货架', 'Shelves'), amount: yuan(6000) },
      { id: 'b-toys', item: t('玩具', 'Toys'), amount: yuan(4000) },
    ],
    contributions: [
      {
        id: 'c-clothes',
        item: t('学校和社区捐赠的衣物', 'Clothes given by schools and residents'),
        source: 'in-kind',
        amount: yuan(2000),
      },
      {
        id: 'c-sales',
        item: t('爱心超市低价出售收入', 'Income from the low-price sales'),
        source: 'low-price-sales',
        amount: yuan(1500),
      },
    ],
  },
  sustainability: t(
    '居民志愿者轮值，售货收入补贴运营',
    'Volunteer shifts; sales cover running costs',
  ),
};

/** The application of Yuhuayuan's Cultural Activity Center (2007 pilot). */
export const yuhuayuanApplication: Application = {
  id: 'yuhuayuan-culture',
  community: 'yuhuayuan',
  title: t('社区文化活动中心', 'Cultural Activity Center'),
  purpose: t(
    '郁花园是北京第一个商品房小区，有十多支居民文体队伍。由各队队长组成理事会，统一管理活动场地和时间。',
    "Yuhuayuan, Beijing's first commodity-housing estate, has more than ten resident culture teams. A council of team leaders runs the rooms and the timetable together.",
  ),
  needs: [
    {
      id: 'n-culture',
      description: t('文体活动场地', 'Room for culture and sports'),
      findings: [finding('culture')],
    },
  ],
  plan: [
    {
      id: 'a-council',
      title: t('成立队长理事会，制定章程', 'Found the council of team leaders, write its charter'),
      start: '2007-10-15',
      end: '2007-10-31',
    },
    {
      id: 'a-timetable',
      title: t('活动室轮流使用', 'Shared timetable for the rooms'),
      start: '2007-11-01',
      end: '2007-11-30',
    },
    {
      id: 'a-festival',
      title: t('社区文化节', 'Community festival'),
      start: '2007-11-24',
      end: '2007-11-25',
    },
  ],
  indicators: [
    {
      id: 'i-teams',
      description: t('加入理事会的队伍', 'Teams in the council'),
      unit: t('支', 'teams'),
      target: 10,
    },
    {
      id: 'i-participants',
      description: t('每月参加活动的居民', 'Residents taking part each month'),
      unit: t('人', 'residents'),
      target: 300,
    },
  ],
  team: [
    { name: t('陈建国', 'Chen Jianguo'), participant: 'p-chen-jianguo', role: 'overall-lead' },
    { name: t('刘淑芬', 'Liu Shufen'), participant: 'p-liu-shufen', role: 'finance-lead' },
    { name: t('孙丽', 'Sun Li'), participant: 'p-sun-li', role: 'member' },
  ],
  beneficiaries: [
    { group: t('文体队伍成员', 'Members of the culture teams'), count: 280 },
    { group: t('老年居民', 'Elderly residents'), count: 120, vulnerable: 'elderly' },
  ],
  budget: {
    total: yuan(8000),
    lines: [
      { id: 'b-sound', item: t('音响设备', 'Sound equipment'), amount: yuan(3500) },
      { id: 'b-costumes', item: t('演出服装', 'Costumes'), amount: yuan(2000) },
      { id: 'b-festival', item: t('文化节', 'Festival'), amount: yuan(1500) },
      { id: 'b-council', item: t('理事会运转', 'Running the council'), amount: yuan(1000) },
    ],
  },
  sustainability: t(
    '各队缴纳少量会费，理事会自行管理。',
    'Teams pay small dues; the council manages itself.',
  ),
};

/** The application of Jinhuiyuan Erli's e-Family Service Club (2007 pilot). */
export const jinhuiyuanApplication: Application = {
  id: 'jinhuiyuan-efamily',
  community: 'jinhuiyuan-erli',
  title: t('e家亲服务社', 'e-Family Service Club'),
  purpose: t(
    '金惠园二里是别墅区，许多家庭雇用家政服务员。为家政服务员开展培训，成立雇主和服务员共同参与的理事会。',
    'Jinhuiyuan Erli is a villa area where many families employ domestic workers. Training for the workers, and a council where employers and workers meet.',
  ),
  needs: [
    {
      id: 'n-training',
      description: t('家政培训', 'Domestic-work training'),
      findings: [finding('domestic-training')],
    },
  ],
  plan: [
    {
      id: 'a-training',
      title: t('家政技能培训（八次）', 'Domestic-work training (eight sessions)'),
      start: '2007-10-22',
      end: '2007-11-30',
    },
    {
      id: 'a-council',
      title: t('雇主与服务员理事会', 'Council of employers and workers'),
      start: '2007-10-22',
      end: '2007-11-30',
    },
  ],
  indicators: [
    {
      id: 'i-trained',
      description: t('完成培训的家政服务员', 'Domestic workers trained'),
      unit: t('名', 'workers'),
      target: 40,
    },
    {
      id: 'i-sessions',
      description: t('培训次数', 'Training sessions'),
      unit: t('次', 'sessions'),
      target: 8,
    },
  ],
  team: [
    { name: t('周红', 'Zhou Hong'), participant: 'p-zhou-hong', role: 'overall-lead' },
    { name: t('吴燕', 'Wu Yan'), participant: 'p-wu-yan', role: 'finance-lead' },
    { name: t('马兰', 'Ma Lan'), participant: 'p-ma-lan', role: 'member' },
  ],
  beneficiaries: [
    { group: t('家政服务员', 'Domestic workers'), count: 60, vulnerable: 'migrants' },
  ],
  budget: {
    total: yuan(6000),
    lines: [
      { id: 'b-teachers', item: t('培训讲师', 'Trainers'), amount: yuan(3000) },
      { id: 'b-materials', item: t('培训材料', 'Training materials'), amount: yuan(1200) },
      { id: 'b-room', item: t('场地', 'Room'), amount: yuan(800) },
      { id: 'b-certificates', item: t('结业证书', 'Certificates'), amount: yuan(1000) },
    ],
  },
  sustainability: t(
    '理事会向雇主收取少量会费，继续组织培训。',
    'The council collects small dues from employers to keep training going.',
  ),
};

/** The application of Xinghuayuan's Children's Creativity Space (2007 pilot). */
export const xinghuayuanApplication: Application = {
  id: 'xinghuayuan-children',
  community: 'xinghuayuan',
  title: t('儿童创意及表现空间', "Children's Creativity Space"),
  purpose: t(
    '兴华园约五千户，年轻家庭多。让孩子们自己设计、组织和主持活动。',
    'Xinghuayuan has about 5,000 households, many of them young families. The children design, organise and run their own activities.',
  ),
  needs: [
    {
      id: 'n-childcare',
      description: t('儿童看护和活动', 'Child care and activities'),
      findings: [finding('childcare')],
    },
  ],
  plan: [
    {
      id: 'a-workshops',
      title: t('儿童创意工作坊', 'Creativity workshops'),
      start: '2007-10-15',
      end: '2007-11-30',
    },
    {
      id: 'a-show',
      title: t('儿童主持的表演日', 'A show day the children host'),
      start: '2007-11-24',
      end: '2007-11-24',
    },
  ],
  indicators: [
    {
      id: 'i-children',
      description: t('参加的儿童', 'Children taking part'),
      unit: t('名', 'children'),
      target: 60,
    },
    {
      id: 'i-designed',
      description: t('由儿童设计的活动', 'Activities designed by children'),
      unit: t('次', 'activities'),
      target: 12,
    },
  ],
  team: [
    { name: t('黄静', 'Huang Jing'), participant: 'p-huang-jing', role: 'overall-lead' },
    { name: t('何平', 'He Ping'), participant: 'p-he-ping', role: 'finance-lead' },
    { name: t('徐涛', 'Xu Tao'), participant: 'p-xu-tao', role: 'member' },
  ],
  beneficiaries: [
    { group: t('6 至 12 岁儿童', 'Children aged 6 to 12'), count: 80, vulnerable: 'children' },
  ],
  budget: {
    total: yuan(5000),
    lines: [
      { id: 'b-materials', item: t('美术材料', 'Art materials'), amount: yuan(1800) },
      { id: 'b-props', item: t('舞台道具', 'Stage props'), amount: yuan(1200) },
      { id: 'b-outings', item: t('外出活动', 'Outings'), amount: yuan(1500) },
      { id: 'b-insurance', item: t('活动保险', 'Insurance'), amount: yuan(500) },
    ],
  },
  sustainability: t(
    '家长志愿者轮流协助，孩子们自己管理活动。',
    'Parents volunteer in turns; the children run the activities.',
  ),
};

/**
 * A later project (2008): Yuhuayuan Erli's waste-sorting station (the demo shows the supervision
 * group terminating it).
 */
export const yuhuayuanErliApplication: Application = {
  id: 'yuhuayuan-erli-environment',
  community: 'yuhuayuan-erli',
  title: t('垃圾分类与绿化', 'Waste sorting and greening'),
  purpose: t(
    '在小区内设垃圾分类站，由居民志愿者指导分类。',
    'A waste-sorting station in the estate, with resident volunteers showing how to sort.',
  ),
  needs: [
    {
      id: 'n-environment',
      description: t('环境卫生', 'Clean surroundings'),
      findings: [finding('environment')],
    },
  ],
  plan: [
    {
      id: 'a-station',
      title: t('建分类站', 'Build the sorting station'),
      start: '2008-05-01',
      end: '2008-07-31',
    },
    {
      id: 'a-guides',
      title: t('志愿者值守指导', 'Volunteers on duty to guide'),
      start: '2008-08-01',
      end: '2008-12-31',
    },
  ],
  indicators: [
    {
      id: 'i-households',
      description: t('参与分类的住户', 'Households sorting their waste'),
      unit: t('户', 'households'),
      target: 400,
    },
  ],
  team: [
    { name: t('高峰', 'Gao Feng'), participant: 'p-gao-feng', role: 'overall-lead' },
    { name: t('林娜', 'Lin Na'), participant: 'p-lin-na', role: 'finance-lead' },
  ],
  beneficiaries: [{ group: t('郁花园二里住户', 'Households of Yuhuayuan Erli'), count: 900 }],
  budget: {
    total: yuan(8000),
    lines: [
      { id: 'b-bins', item: t('分类垃圾桶', 'Sorting bins'), amount: yuan(4000) },
      { id: 'b-shed', item: t('分类站棚', 'Station shed'), amount: yuan(3000) },
      { id: 'b-leaflets', item: t('宣传材料', 'Leaflets'), amount: yuan(1000) },
    ],
  },
};

/**
 * A draft the demo shows as not ready to submit: Binhe Dongli's merchants–residents association
 * (a later project of the case study) without indicators, and budget lines that do not add up
 * to the total. Core's `missingForNext` names both; everything else a submission needs (a
 * need answered, a dated plan, a lead, beneficiaries) is there.
 */
export const binheDongliDraft: Application = {
  id: 'binhe-dongli-189',
  community: 'binhe-dongli',
  title: t('189 商户居民协会', '189 merchants–residents association'),
  purpose: t(
    '189 家商户带来噪音、垃圾和深夜营业的问题。成立居民和商户共同参与的协会，共同制定公约。',
    'The 189 shops bring noise, rubbish and late hours. An association of residents and merchants writes a charter together.',
  ),
  needs: [
    {
      id: 'n-order',
      description: t(
        '商户噪音、垃圾和深夜营业扰民',
        'Noise, rubbish and late hours from the shops',
      ),
      findings: [],
    },
  ],
  plan: [
    {
      id: 'a-charter',
      title: t('起草并通过协会章程', 'Draft and adopt the charter'),
      start: '2008-05-01',
      end: '2008-06-30',
    },
  ],
  indicators: [],
  team: [{ name: t('滨河东里居委会', 'Binhe Dongli residents’ committee'), role: 'overall-lead' }],
  beneficiaries: [{ group: t('商户和周边居民', 'Merchants and neighbours'), count: 600 }],
  budget: {
    total: yuan(5000),
    lines: [
      { id: 'b-meetings', item: t('协商会议', 'Meetings'), amount: yuan(1800) },
      { id: 'b-signs', item: t('公约宣传牌', 'Signs for the charter'), amount: yuan(1200) },
    ],
  },
};

/** The four 2007 pilot applications, in the order of the review meeting. */
export const pilotApplications: Application[] = [
  jinhualiApplication,
  yuhuayuanApplication,
  jinhuiyuanApplication,
  xinghuayuanApplication,
];

/** Every sample application: the four pilot ones, a later one and a draft not ready to submit. */
export const sampleApplications: Application[] = [
  ...pilotApplications,
  yuhuayuanErliApplication,
  binheDongliDraft,
];
