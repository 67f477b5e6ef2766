import type { Catalogs } from '@qingyuan/core';
import { loadMessages, type LoadMessageKey } from '../data/load-messages.js';

/** Keys of `<qy-application-form>`'s text; override any of them with the `messages` property. */
export type ApplicationFormMessageKey =
  | LoadMessageKey
  | 'heading'
  | 'basics'
  | 'community'
  | 'communityHelp'
  | 'communityChoose'
  | 'communityMissing'
  | 'communityNotChosen'
  | 'title'
  | 'purpose'
  | 'needs'
  | 'need'
  | 'needDescription'
  | 'addNeed'
  | 'plan'
  | 'activity'
  | 'activityTitle'
  | 'start'
  | 'end'
  | 'addActivity'
  | 'indicators'
  | 'indicator'
  | 'indicatorDescription'
  | 'unit'
  | 'target'
  | 'baseline'
  | 'addIndicator'
  | 'team'
  | 'member'
  | 'memberName'
  | 'role'
  | 'role.overall-lead'
  | 'role.finance-lead'
  | 'role.member'
  | 'addMember'
  | 'beneficiaries'
  | 'beneficiary'
  | 'group'
  | 'count'
  | 'vulnerable'
  | 'vulnerable.none'
  | 'vulnerable.migrants'
  | 'vulnerable.elderly'
  | 'vulnerable.laid-off-workers'
  | 'vulnerable.children'
  | 'vulnerable.disabled'
  | 'vulnerable.low-income'
  | 'addBeneficiary'
  | 'budget'
  | 'currency'
  | 'line'
  | 'item'
  | 'amount'
  | 'amountHelp'
  | 'addLine'
  | 'total'
  | 'sustainability'
  | 'remove'
  | 'optional'
  | 'missingTitle'
  | 'missingCount'
  | 'nothingMissing'
  | 'submit'
  | 'passedOn'
  | 'money.not-a-number'
  | 'money.too-precise'
  | 'money.too-large'
  | 'money.empty'
  | 'notANumber';

/** The shipped zh-CN and English text of `<qy-application-form>`. */
export const applicationFormMessages: Catalogs<ApplicationFormMessageKey> = {
  en: {
    ...loadMessages.en,
    heading: 'Project application',
    basics: 'The project',
    community: 'Your community',
    communityHelp: 'As the organisers wrote it for you, e.g. jinhuali.',
    communityChoose: 'Choose your community',
    communityMissing: 'Write your community as the organisers gave it, e.g. jinhuali.',
    communityNotChosen: 'Choose your community.',
    title: 'Project title',
    purpose: 'Purpose',
    needs: 'Needs the project answers',
    need: 'Need {n}',
    needDescription: 'Need {n}: description',
    addNeed: 'Add a need',
    plan: 'Plan of activities',
    activity: 'Activity {n}',
    activityTitle: 'Activity {n}: title',
    start: 'Activity {n}: first day',
    end: 'Activity {n}: last day',
    addActivity: 'Add an activity',
    indicators: 'Indicators (measurable targets)',
    indicator: 'Indicator {n}',
    indicatorDescription: 'Indicator {n}: what is counted',
    unit: 'Indicator {n}: unit',
    target: 'Indicator {n}: target',
    baseline: 'Indicator {n}: today (optional)',
    addIndicator: 'Add an indicator',
    team: 'Implementing team',
    member: 'Member {n}',
    memberName: 'Member {n}: name',
    role: 'Member {n}: role',
    'role.overall-lead': 'Overall lead',
    'role.finance-lead': 'Finance lead',
    'role.member': 'Member',
    addMember: 'Add a team member',
    beneficiaries: 'Beneficiaries',
    beneficiary: 'Group {n}',
    group: 'Group {n}: who',
    count: 'Group {n}: how many people (optional)',
    vulnerable: 'Group {n}: vulnerable group',
    'vulnerable.none': 'None of these',
    'vulnerable.migrants': 'Migrants',
    'vulnerable.elderly': 'The elderly',
    'vulnerable.laid-off-workers': 'Laid-off workers',
    'vulnerable.children': 'Children',
    'vulnerable.disabled': 'People with disabilities',
    'vulnerable.low-income': 'Low-income households',
    addBeneficiary: 'Add a group of beneficiaries',
    budget: 'Budget',
    currency: 'Currency',
    line: 'Line {n}',
    item: 'Line {n}: what is bought or paid',
    amount: 'Line {n}: amount',
    amountHelp: 'A decimal such as 1234.50.',
    addLine: 'Add a budget line',
    total: 'Total',
    sustainability: 'How the project continues afterwards (optional)',
    remove: 'Remove {what}',
    optional: 'optional',
    missingTitle: 'Before this application can be submitted',
    missingCount: '{count} thing(s) still missing or wrong.',
    nothingMissing: 'Nothing is missing: the application can be submitted.',
    submit: 'Submit the application',
    passedOn: 'The application is complete and was passed on for submission.',
    'money.not-a-number': 'Enter an amount such as 1234.50.',
    'money.too-precise': 'This currency takes at most {digits} decimal place(s).',
    'money.too-large': 'This amount is too large.',
    'money.empty': 'Enter the amount.',
    notANumber: 'Enter a number.',
  },
  'zh-CN': {
    ...loadMessages['zh-CN'],
    heading: '项目申请书',
    basics: '项目概况',
    community: '所在社区',
    communityHelp: '按组织方给您的写法填写，例如 jinhuali。',
    communityChoose: '请选择所在社区',
    communityMissing: '请按组织方给您的写法填写所在社区，例如 jinhuali。',
    communityNotChosen: '请选择所在社区。',
    title: '项目名称',
    purpose: '项目目的',
    needs: '项目回应的需求',
    need: '需求 {n}',
    needDescription: '需求 {n}：描述',
    addNeed: '添加需求',
    plan: '活动计划',
    activity: '活动 {n}',
    activityTitle: '活动 {n}：名称',
    start: '活动 {n}：开始日期',
    end: '活动 {n}：结束日期',
    addActivity: '添加活动',
    indicators: '指标（可衡量的目标）',
    indicator: '指标 {n}',
    indicatorDescription: '指标 {n}：衡量什么',
    unit: '指标 {n}：单位',
    target: '指标 {n}：目标值',
    baseline: '指标 {n}：现状（选填）',
    addIndicator: '添加指标',
    team: '实施团队',
    member: '成员 {n}',
    memberName: '成员 {n}：姓名',
    role: '成员 {n}：职责',
    'role.overall-lead': '总负责人',
    'role.finance-lead': '财务负责人',
    'role.member': '成员',
    addMember: '添加团队成员',
    beneficiaries: '受益人群',
    beneficiary: '人群 {n}',
    group: '人群 {n}：哪些人',
    count: '人群 {n}：人数（选填）',
    vulnerable: '人群 {n}：弱势群体',
    'vulnerable.none': '不属于以下群体',
    'vulnerable.migrants': '外来人口',
    'vulnerable.elderly': '老年人',
    'vulnerable.laid-off-workers': '下岗职工',
    'vulnerable.children': '儿童',
    'vulnerable.disabled': '残障人士',
    'vulnerable.low-income': '低收入家庭',
    addBeneficiary: '添加受益人群',
    budget: '预算',
    currency: '币种',
    line: '条目 {n}',
    item: '条目 {n}：购买或支付什么',
    amount: '条目 {n}：金额',
    amountHelp: '填写小数，例如 1234.50。',
    addLine: '添加预算条目',
    total: '合计',
    sustainability: '项目结束后如何持续（选填）',
    remove: '删除{what}',
    optional: '选填',
    missingTitle: '提交申请书之前',
    missingCount: '还有 {count} 处缺失或有误。',
    nothingMissing: '没有缺项：申请书可以提交。',
    submit: '提交申请书',
    passedOn: '申请书已填写完整，已转交提交。',
    'money.not-a-number': '请填写金额，例如 1234.50。',
    'money.too-precise': '此币种最多 {digits} 位小数。',
    'money.too-large': '金额过大。',
    'money.empty': '请填写金额。',
    notANumber: '请填写数字。',
  },
};
