import type { ConsoleLocale } from './console-locale.js';

const en = {
  appTitle: 'Qingyuan organizer console',
  language: 'Language',
  signOut: 'Sign out',
  signInTitle: 'Sign in',
  signInHelp:
    'Paste the operator key (qyk_…) the box printed at its first start, an organizer credential (qyr_…), or a meeting’s organizer token (qyo_…). It stays in this browser tab only and is forgotten when the tab closes.',
  credential: 'Operator key or organizer token',
  organization: 'Organisation id',
  organizationHelp: 'The box’s first organisation is “default”.',
  meetingIdForToken: 'Meeting id (only for a meeting’s organizer token qyo_…)',
  signIn: 'Sign in',
  signedInAs: (role: string, where: string) => `Signed in as ${role} of ${where}`,
  roleNames: {
    operator: 'operator',
    organizer: 'organizer',
    'meeting-organizer': 'organizer',
  } as Record<string, string>,
  needMeetingId: 'A meeting’s organizer token (qyo_…) runs one meeting: enter its id too.',
  emptyCredential: 'Paste a key or token first.',
  meetings: 'Meetings',
  noMeetings: 'This organisation has no meetings yet: create the first one below.',
  more: 'Show more meetings',
  refresh: 'Refresh',
  createTitle: 'Create a meeting',
  createHelp:
    'A meeting document (JSON, as qingyuan check accepts it): choose its file or paste it. Every problem the box finds is listed below, with where it is.',
  file: 'Meeting file (JSON)',
  paste: 'Or paste the meeting JSON',
  liveResults: 'Show the live ranking while voting is open (projector)',
  create: 'Create meeting',
  notJson: (detail: string) => `The text is not JSON: ${detail}`,
  emptyDocument: 'Choose a file or paste a meeting first.',
  created: (id: string) => `Meeting “${id}” created.`,
  tokenOnce:
    'Its organizer token, shown only now. Keep it if someone should run this meeting without the operator key:',
  open: 'Open',
  back: 'All meetings',
  status: 'Status',
  statusNames: {
    draft: 'draft',
    'weights-locked': 'weights locked',
    open: 'voting open',
    closed: 'voting closed',
    published: 'results published',
    'funding-decided': 'funding decided',
  } as Record<string, string>,
  turnout: 'Turnout',
  turnoutLine: (voted: number, codes: number, submissions: number) =>
    `${voted} of ${codes} code${codes === 1 ? '' : 's'} voted · ${submissions} ballot${submissions === 1 ? '' : 's'} received`,
  stepWeights: '1. Agree and lock the weights',
  weightsHelp:
    'Set each criterion’s share (they must add up to 100 %), then lock: the weights are saved into the meeting and cannot change afterwards.',
  weightsLocked: 'The weights are locked.',
  stepCodes: '2. Issue voting codes and print the sheets',
  codesHelp:
    'Each code is shown once, in the file downloaded now: print it, cut it, hand out one code per voter.',
  codesFor: 'Codes for',
  codesNamed: (n: number) => `each voter of the meeting (${n}, named)`,
  codesCount: 'a number of anonymous codes',
  count: 'How many codes',
  format: 'Sheet',
  formats: { pdf: 'PDF, A4 (to print)', svg: 'SVG (to print or edit)', json: 'JSON list' },
  voteUrl: 'Voting page address for the QR codes (optional; {code} is replaced by the code)',
  issue: 'Issue codes',
  issued: (n: number, file: string) =>
    `${n === 0 ? 'Codes' : `${n} codes`} issued: ${file} downloaded.`,
  stepVoting: '3. Voting',
  openVoting: 'Open voting',
  closeVoting: 'Close voting',
  opened: 'Voting is open.',
  closed: 'Voting is closed.',
  stepResults: '4. Live ranking and results',
  projector: 'Projector view',
  publish: 'Publish the results',
  published: 'The results are published.',
  stepExport: '5. Export and verify',
  exportHelp:
    'The export holds the meeting, every ballot under its code’s opaque id, the hash-chained log and the tally: anyone can recount it (qingyuan verify).',
  download: 'Download the export',
  downloaded: (file: string) => `${file} downloaded.`,
  checkOnBox: 'Check this meeting on the box',
  verifyFile: 'Verify an export file',
  verifyHelp:
    'Choose an export (from this box or a copy someone sent): it is checked here, in the browser, with the same verifier as the box and the CLI.',
  verifyValid:
    'Valid: nothing was changed, added, removed or cut off; the recount matches the published result.',
  verifyInvalid: (n: number) => `Not valid: ${n} problem${n === 1 ? '' : 's'} found:`,
  verifyHeader: (meeting: string, ballots: number, entries: number) =>
    `Meeting ${meeting}: ${ballots} ballot${ballots === 1 ? '' : 's'}, ${entries} log entries.`,
  notExport: 'This file is not a ballot-box export: expected { meeting, ballots, log, tally }.',
  boxSays: 'The box checked its own records:',
  working: 'Working…',
  fullScreen: 'Full screen',
  leaveProjector: 'Back to the meeting',
  projectorTurnout: (voted: number, codes: number) => `${voted} / ${codes} voted`,
  unreachable: 'The ballot box cannot be reached. Check the connection and try again.',
  unexpected: (status: number) =>
    `The ballot box answered with an error it did not explain (HTTP ${status}).`,
  signInAgain: 'Sign in again: the box no longer accepts this credential.',
  where: (path: string) => `at ${path}`,
  lifecycle: {
    'lock-weights': {
      default: 'The weights are already locked.',
    },
    open: {
      draft: 'Lock the weights first.',
      open: 'Voting is already open.',
      default: 'Voting has ended: a closed meeting does not reopen.',
    },
    close: {
      draft: 'Lock the weights and open voting first.',
      'weights-locked': 'Open voting first.',
      default: 'Voting is already closed.',
    },
    publish: {
      draft: 'Lock the weights, open voting and close it first.',
      'weights-locked': 'Open voting and close it first.',
      open: 'Close voting first.',
      default: 'The results are already published.',
    },
    patch: {
      default: 'The weights can only change while the meeting is a draft.',
    },
    codes: {
      default: 'Codes can no longer be issued: voting has ended.',
    },
  } as Record<string, Record<string, string>>,
};

export type ConsoleMessages = typeof en;

const zh: ConsoleMessages = {
  appTitle: '清源组织者控制台',
  language: '语言',
  signOut: '退出',
  signInTitle: '登录',
  signInHelp:
    '粘贴投票箱首次启动时打印的运营密钥（qyk_…）、组织者凭证（qyr_…）或某个评审会的组织者令牌（qyo_…）。它只保存在当前浏览器标签页中，关闭标签页即被清除。',
  credential: '运营密钥或组织者令牌',
  organization: '组织编号',
  organizationHelp: '投票箱的第一个组织是 “default”。',
  meetingIdForToken: '评审会编号（仅用于评审会组织者令牌 qyo_…）',
  signIn: '登录',
  signedInAs: (role, where) => `已登录：${where} 的${role}`,
  roleNames: { operator: '运营者', organizer: '组织者', 'meeting-organizer': '组织者' },
  needMeetingId: '评审会组织者令牌（qyo_…）只能管理一个评审会：请同时填写它的编号。',
  emptyCredential: '请先粘贴密钥或令牌。',
  meetings: '评审会',
  noMeetings: '这个组织还没有评审会：请在下方创建第一个。',
  more: '显示更多评审会',
  refresh: '刷新',
  createTitle: '创建评审会',
  createHelp:
    '评审会文件（JSON，与 qingyuan check 接受的格式相同）：选择文件或粘贴内容。投票箱发现的每个问题都会在下方列出，并注明位置。',
  file: '评审会文件（JSON）',
  paste: '或粘贴评审会 JSON',
  liveResults: '投票期间显示实时排名（投影）',
  create: '创建评审会',
  notJson: (detail) => `内容不是 JSON：${detail}`,
  emptyDocument: '请先选择文件或粘贴评审会内容。',
  created: (id) => `评审会“${id}”已创建。`,
  tokenOnce: '它的组织者令牌只显示这一次。如需让他人不用运营密钥管理此评审会，请妥善保存：',
  open: '打开',
  back: '全部评审会',
  status: '状态',
  statusNames: {
    draft: '筹备中',
    'weights-locked': '权重已锁定',
    open: '投票中',
    closed: '投票已结束',
    published: '结果已公布',
    'funding-decided': '已决定资助',
  },
  turnout: '投票情况',
  turnoutLine: (voted, codes, submissions) =>
    `${codes} 个投票码中已有 ${voted} 个投票 · 共收到 ${submissions} 张选票`,
  stepWeights: '1. 商定并锁定权重',
  weightsHelp: '为每项标准设定占比（合计须为 100%），然后锁定：权重写入评审会，之后不能再改。',
  weightsLocked: '权重已锁定。',
  stepCodes: '2. 发放投票码并打印',
  codesHelp: '每个投票码只显示一次，就在现在下载的文件中：打印、裁开，每位投票人一个。',
  codesFor: '投票码对象',
  codesNamed: (n) => `评审会的每位投票人（${n} 人，记名）`,
  codesCount: '指定数量的匿名投票码',
  count: '投票码数量',
  format: '格式',
  formats: { pdf: 'PDF，A4（打印用）', svg: 'SVG（打印或编辑）', json: 'JSON 列表' },
  voteUrl: '二维码指向的投票页面地址（可选；{code} 会替换为投票码）',
  issue: '发放投票码',
  issued: (n, file) => `${n === 0 ? '投票码' : `${n} 个投票码`}已发放：已下载 ${file}。`,
  stepVoting: '3. 投票',
  openVoting: '开始投票',
  closeVoting: '结束投票',
  opened: '投票已开始。',
  closed: '投票已结束。',
  stepResults: '4. 实时排名与结果',
  projector: '投影视图',
  publish: '公布结果',
  published: '结果已公布。',
  stepExport: '5. 导出与核验',
  exportHelp:
    '导出文件包含评审会、以投票码匿名编号记录的每张选票、哈希链日志和计票结果：任何人都可以重新计票（qingyuan verify）。',
  download: '下载导出文件',
  downloaded: (file) => `已下载 ${file}。`,
  checkOnBox: '在投票箱上核验此评审会',
  verifyFile: '核验导出文件',
  verifyHelp:
    '选择一个导出文件（来自本投票箱或他人发来的副本）：它在此浏览器中核验，所用核验程序与投票箱和命令行工具相同。',
  verifyValid: '有效：没有改动、增加、删除或截断；重新计票与公布的结果一致。',
  verifyInvalid: (n) => `无效：发现 ${n} 个问题：`,
  verifyHeader: (meeting, ballots, entries) =>
    `评审会 ${meeting}：${ballots} 张选票，${entries} 条日志。`,
  notExport: '此文件不是投票箱导出文件：应为 { meeting, ballots, log, tally }。',
  boxSays: '投票箱核验了自己的记录：',
  working: '处理中…',
  fullScreen: '全屏',
  leaveProjector: '返回评审会',
  projectorTurnout: (voted, codes) => `已投票 ${voted} / ${codes}`,
  unreachable: '无法连接投票箱。请检查网络后重试。',
  unexpected: (status) => `投票箱返回了未说明原因的错误（HTTP ${status}）。`,
  signInAgain: '请重新登录：投票箱不再接受此凭证。',
  where: (path) => `位置：${path}`,
  lifecycle: {
    'lock-weights': { default: '权重已经锁定。' },
    open: {
      draft: '请先锁定权重。',
      open: '投票已经开始。',
      default: '投票已结束：结束的评审会不能重新开始投票。',
    },
    close: {
      draft: '请先锁定权重并开始投票。',
      'weights-locked': '请先开始投票。',
      default: '投票已经结束。',
    },
    publish: {
      draft: '请先锁定权重、开始投票并结束投票。',
      'weights-locked': '请先开始投票并结束投票。',
      open: '请先结束投票。',
      default: '结果已经公布。',
    },
    patch: { default: '只有筹备中的评审会才能修改权重。' },
    codes: { default: '投票已结束，不能再发放投票码。' },
  },
};

/**
 * The console's words in `locale`.
 *
 * @example
 * consoleMessages('zh-CN').signIn; // '登录'
 */
export function consoleMessages(locale: ConsoleLocale): ConsoleMessages {
  return locale === 'zh-CN' ? zh : en;
}
