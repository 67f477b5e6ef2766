import type { Catalogs } from '@qingyuan/core';
import { loadMessages, type LoadMessageKey } from '../data/load-messages.js';
import type { DeliveryMessageKey } from '../internal/delivery-status-view.js';

/** The text of the receipt view `<qy-ballot>` shares (the box's receipt, or the fingerprint). */
export type PbReceiptMessageKey =
  | 'fingerprint'
  | 'fingerprintHelp'
  | 'receipt'
  | 'receiptHelp'
  | 'replaced'
  | 'copyReceipt'
  | 'copied'
  | 'copyFailed'
  | 'copyFingerprint'
  | 'fingerprintCopied'
  | 'fingerprintCopyFailed';

/** Keys of `<qy-pb-ballot>`'s text; override any of them with the `messages` property. */
export type PbBallotMessageKey =
  | LoadMessageKey
  | DeliveryMessageKey
  | PbReceiptMessageKey
  | 'ballotLabel'
  | 'formatApproval'
  | 'formatKnapsack'
  | 'formatCumulative'
  | 'formatOrdinal'
  | 'cityList'
  | 'districtList'
  | 'onlyList'
  | 'yourDistrict'
  | 'noDistrict'
  | 'countBetween'
  | 'countAtLeast'
  | 'countAtMost'
  | 'rankAtMost'
  | 'cost'
  | 'budgetUsed'
  | 'budgetLeft'
  | 'budgetOver'
  | 'budgetMin'
  | 'pointsLeft'
  | 'pointsOver'
  | 'pointsPerProject'
  | 'pointsMin'
  | 'fewerPoints'
  | 'morePoints'
  | 'pointsOf'
  | 'myRanking'
  | 'rankingEmpty'
  | 'notRanked'
  | 'addToRanking'
  | 'removeFromRanking'
  | 'moveUp'
  | 'up'
  | 'down'
  | 'remove'
  | 'add'
  | 'moveDown'
  | 'rankOf'
  | 'moved'
  | 'rankHelp'
  | 'categoryLimits'
  | 'categoryCount'
  | 'categoryCost'
  | 'categories'
  | 'toReview'
  | 'fixFirst'
  | 'reviewTitle'
  | 'nothingChosen'
  | 'total'
  | 'back'
  | 'submit'
  | 'startOver'
  | 'noSheet'
  | 'boxMissing';

/** The shipped text of `<qy-pb-ballot>` in zh-CN and English. */
export const pbBallotMessages: Catalogs<PbBallotMessageKey> = {
  en: {
    ...loadMessages.en,
    ballotLabel: 'Participatory budgeting ballot',
    formatApproval: 'Tick the projects you support.',
    formatKnapsack: 'Tick the projects you support, within the budget.',
    formatCumulative: 'Spread your points over the projects you support.',
    formatOrdinal: 'Rank the projects you support, best first.',
    cityList: 'City-wide projects',
    districtList: 'Projects of {district}',
    onlyList: 'Projects',
    yourDistrict: 'Your district',
    noDistrict: 'None (city-wide projects only)',
    countBetween: 'Choose {min} to {max} projects.',
    countAtLeast: 'Choose at least {min} projects.',
    countAtMost: 'Choose at most {max} projects.',
    rankAtMost: 'Rank at most {max} projects.',
    cost: 'Cost: {cost}',
    budgetUsed: '{used} of {limit} used',
    budgetLeft: '{left} left',
    budgetOver: '{over} over the limit',
    budgetMin: 'Spend at least {min}.',
    pointsLeft: '{left} of {total} points left',
    pointsOver: '{over} points too many (you have {total})',
    pointsPerProject: 'At most {max} points per project.',
    pointsMin: 'At least {min} points on a project you choose.',
    fewerPoints: 'One point less for {project}',
    morePoints: 'One point more for {project}',
    pointsOf: '{points} points',
    myRanking: 'My ranking',
    rankingEmpty: 'Nothing ranked yet: add projects from the list below.',
    notRanked: 'Not ranked',
    addToRanking: 'Add {project} to my ranking',
    removeFromRanking: 'Remove {project} from my ranking',
    moveUp: 'Move {project} up',
    up: 'Up',
    down: 'Down',
    remove: 'Remove',
    add: 'Add',
    moveDown: 'Move {project} down',
    rankOf: 'Number {rank}',
    moved: '{project} is now number {rank} of {count}.',
    rankHelp: 'Move a project with its buttons, or with Alt + arrow up or down.',
    categoryLimits: 'Limits per category',
    categoryCount: '{category}: {count} of at most {max} projects',
    categoryCost: '{category}: {cost} of at most {max}',
    categories: 'Categories: {categories}',
    toReview: 'Review my ballot',
    fixFirst: 'Please correct the marked problems first ({count}).',
    reviewTitle: 'Check your ballot',
    nothingChosen: 'Nothing chosen on this list.',
    total: 'Total: {total}',
    back: 'Change my choices',
    submit: 'Submit ballot',
    startOver: 'Start a new ballot',
    noSheet: 'The ballot has not loaded.',
    boxMissing: 'The ballot cannot load: box is set, but this attribute is missing: {names}.',
    sending: 'Sending your ballot…',
    sent: 'Your ballot was received. Thank you!',
    done: 'Your ballot is complete.',
    queued:
      'You seem to be offline. Your ballot is saved on this device and will be sent automatically when the connection returns.',
    rejected: 'The ballot box refused this ballot: {message}',
    rejectedUnexplained:
      'The ballot box refused this ballot without saying why (HTTP {status}). Please tell the organizers.',
    retry: 'Try again now',
    fingerprint: 'Check code of your ballot',
    fingerprintHelp: 'Write this code down: with it you can check that your ballot was counted.',
    receipt: 'Ballot box receipt',
    receiptHelp: 'Keep this receipt: with it you can check that your ballot was counted.',
    replaced: 'This ballot replaces the one you cast before.',
    copyReceipt: 'Copy receipt',
    copied: 'Receipt copied.',
    copyFailed: 'Could not copy: the receipt is selected, copy it by hand.',
    copyFingerprint: 'Copy code',
    fingerprintCopied: 'Code copied.',
    fingerprintCopyFailed: 'Could not copy: the code is selected, copy it by hand.',
  },
  'zh-CN': {
    ...loadMessages['zh-CN'],
    ballotLabel: '参与式预算选票',
    formatApproval: '请勾选您支持的项目。',
    formatKnapsack: '请在预算之内勾选您支持的项目。',
    formatCumulative: '请把您的分数分配给您支持的项目。',
    formatOrdinal: '请为您支持的项目排序，最想要的排第一。',
    cityList: '全市项目',
    districtList: '{district}项目',
    onlyList: '项目',
    yourDistrict: '您所在的片区',
    noDistrict: '无（只投全市项目）',
    countBetween: '请选择 {min} 至 {max} 个项目。',
    countAtLeast: '请至少选择 {min} 个项目。',
    countAtMost: '最多选择 {max} 个项目。',
    rankAtMost: '最多为 {max} 个项目排序。',
    cost: '费用：{cost}',
    budgetUsed: '已用 {used}，上限 {limit}',
    budgetLeft: '剩余 {left}',
    budgetOver: '超出上限 {over}',
    budgetMin: '至少使用 {min}。',
    pointsLeft: '共 {total} 分，剩余 {left} 分',
    pointsOver: '多给了 {over} 分（您共有 {total} 分）',
    pointsPerProject: '每个项目最多 {max} 分。',
    pointsMin: '所选项目每个至少 {min} 分。',
    fewerPoints: '{project}减一分',
    morePoints: '{project}加一分',
    pointsOf: '{points} 分',
    myRanking: '我的排序',
    rankingEmpty: '尚未排序：请从下面的清单中添加项目。',
    notRanked: '未排序',
    addToRanking: '把{project}加入我的排序',
    removeFromRanking: '把{project}移出我的排序',
    moveUp: '{project}上移',
    up: '上移',
    down: '下移',
    remove: '移出',
    add: '加入',
    moveDown: '{project}下移',
    rankOf: '第 {rank} 位',
    moved: '{project}现在排第 {rank} 位（共 {count} 个）。',
    rankHelp: '可用各项目的按钮移动，也可按 Alt + 上/下方向键。',
    categoryLimits: '各类别的上限',
    categoryCount: '{category}：已选 {count} 个，最多 {max} 个',
    categoryCost: '{category}：已用 {cost}，最多 {max}',
    categories: '类别：{categories}',
    toReview: '核对我的选票',
    fixFirst: '请先更正标出的问题（{count} 处）。',
    reviewTitle: '核对您的选票',
    nothingChosen: '此清单未选任何项目。',
    total: '合计：{total}',
    back: '修改我的选择',
    submit: '提交选票',
    startOver: '重新填写一张选票',
    noSheet: '选票尚未加载。',
    boxMissing: '选票无法加载：已设置 box，但缺少此属性：{names}。',
    sending: '正在发送选票…',
    sent: '您的选票已收到，谢谢！',
    done: '您的选票已填写完成。',
    queued: '您似乎已离线。选票已保存在本设备上，网络恢复后会自动发送。',
    rejected: '投票箱拒绝了此选票：{message}',
    rejectedUnexplained: '投票箱拒绝了此选票，但未说明原因（HTTP {status}）。请告知组织者。',
    retry: '立即重试',
    fingerprint: '选票校验码',
    fingerprintHelp: '请记下此校验码：凭它可以核实您的选票已被计入。',
    receipt: '投票箱回执',
    receiptHelp: '请保存此回执：凭它可以核实您的选票已被计入。',
    replaced: '此选票取代了您之前投出的选票。',
    copyReceipt: '复制回执',
    copied: '回执已复制。',
    copyFailed: '无法复制：回执已选中，请手动复制。',
    copyFingerprint: '复制校验码',
    fingerprintCopied: '校验码已复制。',
    fingerprintCopyFailed: '无法复制：校验码已选中，请手动复制。',
  },
};
