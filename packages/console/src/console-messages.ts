import {
  messageIn,
  type Catalog,
  type Catalogs,
  type Locale,
  type MessageParams,
} from '@qingyuan/core';

// The console's words, in core's one catalogue form: a template per key and locale, with
// `{name}` placeholders. What a wording chooses (one or more, which outcome, which list) is
// chosen by the code, between keys: `counted`, `textFor` and the call sites.

const en = {
  appTitle: 'Qingyuan organizer console',
  skipToContent: 'Skip to content',
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
  signedInAs: 'Signed in as {role} of {where}',
  switchTo: 'Switch to',
  keptCredential: '{role} of {where} (…{end})',
  switchCredential: 'Switch',
  addCredential: 'Add a credential',
  cancelAdding: 'Back',
  roleOperator: 'operator',
  roleOrganizer: 'organizer',
  roleMeetingOrganizer: 'organizer',
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
  notJson: 'The text is not JSON: {detail}',
  emptyDocument: 'Choose a file or paste a meeting first.',
  created: 'Meeting “{meeting}” created.',
  tokenOnce:
    'Its organizer token, shown only now. Keep it if someone should run this meeting without the operator key:',
  open: 'Open',
  back: 'All meetings',
  status: 'Status',
  statusDraft: 'draft',
  statusWeightsLocked: 'weights locked',
  statusOpen: 'voting open',
  statusClosed: 'voting closed',
  statusPublished: 'results published',
  statusFundingDecided: 'funding decided',
  turnout: 'Turnout',
  turnoutLine: '{voted} of {codes} voted · {ballots} received',
  codeOne: '{count} code',
  codeOther: '{count} codes',
  ballotOne: '{count} ballot',
  ballotOther: '{count} ballots',
  problemOne: '{count} problem',
  problemOther: '{count} problems',
  projectOne: '{count} project',
  projectOther: '{count} projects',
  voterOne: '{count} voter',
  voterOther: '{count} voters',
  summarySheetOne: '{count} summary sheet',
  summarySheetOther: '{count} summary sheets',
  stepWeights: '1. Agree and lock the weights',
  weightsHelp:
    'Set each criterion’s share (they must add up to 100 %), then lock: the weights are saved into the meeting and cannot change afterwards.',
  weightsLocked: 'The weights are locked.',
  stepCodes: '2. Issue voting codes and print the sheets',
  codesHelp:
    'Each code is shown once, in the file downloaded now: print it, cut it, hand out one code per voter.',
  codesFor: 'Codes for',
  codesNamed: 'each voter of the meeting ({voters}, named)',
  codesCount: 'a number of anonymous codes',
  count: 'How many codes',
  format: 'Sheet',
  formatPdf: 'PDF, A4 (to print)',
  formatSvg: 'SVG (to print or edit)',
  formatJson: 'JSON list',
  voteUrl: 'Voting page address for the QR codes (optional; {code} is replaced by the code)',
  issue: 'Issue codes',
  issued: 'Codes issued: {file} downloaded.',
  issuedCount: '{codes} issued: {file} downloaded.',
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
  downloaded: '{file} downloaded.',
  checkOnBox: 'Check this meeting on the box',
  verifyFile: 'Verify an export file',
  verifyHelp:
    'Choose an export (from this box or a copy someone sent): it is checked here, in the browser, with the same verifier as the box and the CLI.',
  verifyValid:
    'Valid: nothing was changed, added, removed or cut off; the recount matches the published result.',
  verifyInvalid: 'Not valid: {problems} found:',
  verifyHeader: 'Meeting {meeting}: {ballots}, {entries} log entries.',
  notExport: 'This file is not a ballot-box export: expected { meeting, ballots, log, tally }.',
  boxSays: 'The box checked its own records:',
  sections: 'Sections',
  rounds: 'Rounds',
  noRounds: 'This organisation has no rounds yet: create the first one below.',
  moreRounds: 'Show more rounds',
  roundYear: 'year {year}',
  createRoundTitle: 'Create a round',
  createRoundHelp:
    'A round file (JSON): { "round": …, "bodies": [ … ], "participants": [ … ] } — the round with empty applications, meetings, decisions and funded lists, its governance bodies (a service center among them) and its participants. Every problem the box finds is listed below, with where it is.',
  roundFile: 'Round file (JSON)',
  roundPaste: 'Or paste the round JSON',
  createRound: 'Create round',
  emptyRound: 'Choose a file or paste a round first.',
  roundCreated: 'Round “{round}” created.',
  backToRounds: 'All rounds',
  fund: 'Fund',
  applications: 'Applications',
  noApplications:
    'No application has been submitted yet. Applicants submit theirs with the application form (qy-application-form).',
  applicationRequested: 'requests {amount}',
  projectDraft: 'draft',
  projectSubmitted: 'submitted',
  projectInReview: 'in review',
  projectApproved: 'approved',
  projectRejected: 'rejected',
  projectTeamFormed: 'team formed',
  projectInExecution: 'in execution',
  projectReporting: 'reporting',
  projectAudited: 'audited',
  projectEvaluated: 'evaluated',
  projectClosed: 'closed',
  projectTerminated: 'terminated',
  vettedAsAccepted: 'vetting: accepted',
  vettedAsReturned: 'vetting: returned',
  vetTitle: 'Vet “{title}”',
  vetBy: 'Vetted by (a member of the service center)',
  accept: 'Accept',
  refuse: 'Return',
  reason: 'Reason (required to return it; the applicant reads it)',
  vettedAccepted: '{application}: accepted.',
  vettedReturned: '{application}: returned.',
  needReason: 'Write the reason before returning the application.',
  noServiceCenter:
    'This round has no service center member: vetting needs one (bodies of the round file).',
  agendaTitle: 'Agenda and review meeting',
  agendaHelp:
    'The accepted applications, as the review meeting’s projects. Returned ones and those not vetted yet stay off the agenda.',
  agendaEmpty: 'No application is accepted yet: vet them first.',
  returnedOff: 'Returned, off the agenda: {applications}',
  notVettedOff: 'Not vetted yet: {applications}',
  reviewMeetingId: 'Review meeting id',
  reviewMeetingDoc:
    'The review meeting (JSON): its projects are the agenda; set the criteria, method and voters as agreed',
  reviewBy: 'Linked by (a member of the service center)',
  createReview: 'Create the review meeting',
  reviewCreated:
    'Review meeting “{meeting}” created and linked to the round ({projects} in review).',
  reviewLinked: 'Review meeting “{meeting}” linked to the round ({projects} in review).',
  reviewWho:
    'The box creates a meeting only with the operator key, and links it to the round only with an organizer (or service center) credential: with the operator key the meeting is created and the link refused; signed in as an organizer, the same button then links the meeting already there.',
  reviewMeetings: 'Review meetings of this round',
  noReviewMeetings: 'No review meeting is linked yet.',
  decisionTitle: 'Funding decision',
  noDecision:
    'No funding decision yet. After the review meeting publishes its ranking and the supervision group signs off the summary sheet, the service center decides.',
  decisionLine: '{decision}, from meeting {meeting}, decided {at}',
  granted: '{project}: {amount}',
  departures: 'Departures from the rule',
  opinions: 'Opinions',
  summarySheets: '{sheets} signed off.',
  logTitle: 'Round log',
  logHelp:
    'Every step of the round, hash-chained: the export holds it all and qingyuan verify checks it offline.',
  logRoundCreated: 'round created',
  logApplicationSubmitted: 'application submitted',
  logVettingRecorded: 'vetting recorded',
  logReviewStarted: 'review started',
  logSummarySheetSignedOff: 'summary sheet signed off',
  logFundingDecided: 'funding decided',
  logProjectEvent: 'project event',
  logEntry: '#{seq} {kind} — {at}',
  downloadRound: 'Download the round export',
  pbElections: 'PB elections',
  pbNone: 'This organisation has no PB elections yet: create the first one below.',
  pbMore: 'Show more PB elections',
  pbId: 'Election id',
  pbCreateTitle: 'Create a PB election',
  pbCreateHelp:
    'From a Pabulib .pb file (its META, budget and projects; its votes are left out) or a ballot sheet (JSON). Every problem is listed below, with where it is.',
  pbFile: 'Pabulib file (.pb) or sheet (JSON)',
  pbSheet: 'Or paste the ballot sheet (JSON)',
  pbRule: 'Counting rule',
  pbRuleEqualShares: 'Method of Equal Shares',
  pbRuleEqualSharesGreedy: 'Method of Equal Shares, completed greedily',
  pbRuleGreedy: 'Greedy (most approvals first)',
  pbRuleSequentialPhragmen: 'Sequential Phragmén',
  pbCreate: 'Create election',
  pbEmpty: 'Choose a file or paste a sheet first.',
  pbNotSheet: 'The file is neither a Pabulib .pb file nor a JSON sheet:',
  pbNoBallotFormat:
    'A file of vote_type “{voteType}” has no PB ballot format (approval, cumulative or ordinal).',
  pbCreated: 'Election “{election}” created.',
  pbBack: 'All PB elections',
  pbStatusDraft: 'draft',
  pbStatusOpen: 'voting open',
  pbStatusClosed: 'voting closed',
  pbVoters: '{codes} issued · {census} in the census · {voted} voted online',
  pbProjects: '{projects}, budget {budget}',
  pbCodesTitle: '1. Issue voting codes',
  pbCodesHelp:
    'Each code is shown once, in the JSON file downloaded now (voter id and code): print it, hand out one code per voter.',
  pbCodesIssued: '{codes} issued: {file} downloaded.',
  pbVotingTitle: '2. Voting',
  pbResultsTitle: '3. Results',
  pbResultsHelp:
    'What the box counted (online ballots and matched paper ballots), list by list; then the rule’s explanation, recomputed in this browser by @qingyuan/core from the box’s Pabulib export.',
  pbResultsClosed: 'The results are shown once voting is closed.',
  pbListCity: 'City-wide list',
  pbListDistrict: 'District {district}',
  pbListLine: '{voters} · {cost} of {budget} spent',
  pbSelected: 'Funded, in the order the rule chose',
  pbBallots: '{ballots} counted ({online} online, {paper} on paper)',
  pbExplanationTitle: 'Why these projects',
  pbExportTitle: '4. Export',
  pbExportPb: 'Download the Pabulib file (.pb)',
  pbExportLog: 'Download the election log',
  pbLogChecked: 'The log has {entries} entries; the box checked its hash chain: intact.',
  pbLogBroken: 'The box found {problems} in its log:',
  working: 'Working…',
  fullScreen: 'Full screen',
  leaveProjector: 'Back to the meeting',
  projectorTurnout: '{voted} / {codes} voted',
  unreachable: 'The ballot box cannot be reached. Check the connection and try again.',
  unexpected: 'The ballot box answered with an error it did not explain (HTTP {status}).',
  signInAgain: 'Sign in again: the box no longer accepts this credential.',
  where: 'at {path}',
  lifecycleLockWeights: 'The weights are already locked.',
  lifecycleOpenDraft: 'Lock the weights first.',
  lifecycleOpenOpen: 'Voting is already open.',
  lifecycleOpen: 'Voting has ended: a closed meeting does not reopen.',
  lifecycleCloseDraft: 'Lock the weights and open voting first.',
  lifecycleCloseWeightsLocked: 'Open voting first.',
  lifecycleClose: 'Voting is already closed.',
  lifecyclePublishDraft: 'Lock the weights, open voting and close it first.',
  lifecyclePublishWeightsLocked: 'Open voting and close it first.',
  lifecyclePublishOpen: 'Close voting first.',
  lifecyclePublish: 'The results are already published.',
  lifecyclePatch: 'The weights can only change while the meeting is a draft.',
  lifecycleCodes: 'Codes can no longer be issued: voting has ended.',
};

/** A key of the console's catalogue. */
export type ConsoleMessageKey = keyof typeof en;

const zh: Catalog<ConsoleMessageKey> = {
  appTitle: '清源组织者控制台',
  skipToContent: '跳到主要内容',
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
  signedInAs: '已登录：{where} 的{role}',
  switchTo: '切换到',
  keptCredential: '{where} 的{role}（…{end}）',
  switchCredential: '切换',
  addCredential: '添加凭证',
  cancelAdding: '返回',
  roleOperator: '运营者',
  roleOrganizer: '组织者',
  roleMeetingOrganizer: '组织者',
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
  notJson: '内容不是 JSON：{detail}',
  emptyDocument: '请先选择文件或粘贴评审会内容。',
  created: '评审会“{meeting}”已创建。',
  tokenOnce: '它的组织者令牌只显示这一次。如需让他人不用运营密钥管理此评审会，请妥善保存：',
  open: '打开',
  back: '全部评审会',
  status: '状态',
  statusDraft: '筹备中',
  statusWeightsLocked: '权重已锁定',
  statusOpen: '投票中',
  statusClosed: '投票已结束',
  statusPublished: '结果已公布',
  statusFundingDecided: '已决定资助',
  turnout: '投票情况',
  turnoutLine: '{codes}中已有 {voted} 个投票 · 共收到 {ballots}',
  codeOne: '{count} 个投票码',
  codeOther: '{count} 个投票码',
  ballotOne: '{count} 张选票',
  ballotOther: '{count} 张选票',
  problemOne: '{count} 个问题',
  problemOther: '{count} 个问题',
  projectOne: '{count} 个项目',
  projectOther: '{count} 个项目',
  voterOne: '{count} 名投票人',
  voterOther: '{count} 名投票人',
  summarySheetOne: '{count} 份结果汇总表',
  summarySheetOther: '{count} 份结果汇总表',
  stepWeights: '1. 商定并锁定权重',
  weightsHelp: '为每项标准设定占比（合计须为 100%），然后锁定：权重写入评审会，之后不能再改。',
  weightsLocked: '权重已锁定。',
  stepCodes: '2. 发放投票码并打印',
  codesHelp: '每个投票码只显示一次，就在现在下载的文件中：打印、裁开，每位投票人一个。',
  codesFor: '投票码对象',
  codesNamed: '评审会的每位投票人（{voters} 人，记名）',
  codesCount: '指定数量的匿名投票码',
  count: '投票码数量',
  format: '格式',
  formatPdf: 'PDF，A4（打印用）',
  formatSvg: 'SVG（打印或编辑）',
  formatJson: 'JSON 列表',
  voteUrl: '二维码指向的投票页面地址（可选；{code} 会替换为投票码）',
  issue: '发放投票码',
  issued: '投票码已发放：已下载 {file}。',
  issuedCount: '{codes}已发放：已下载 {file}。',
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
  downloaded: '已下载 {file}。',
  checkOnBox: '在投票箱上核验此评审会',
  verifyFile: '核验导出文件',
  verifyHelp:
    '选择一个导出文件（来自本投票箱或他人发来的副本）：它在此浏览器中核验，所用核验程序与投票箱和命令行工具相同。',
  verifyValid: '有效：没有改动、增加、删除或截断；重新计票与公布的结果一致。',
  verifyInvalid: '无效：发现 {problems}：',
  verifyHeader: '评审会 {meeting}：{ballots}，{entries} 条日志。',
  notExport: '此文件不是投票箱导出文件：应为 { meeting, ballots, log, tally }。',
  boxSays: '投票箱核验了自己的记录：',
  sections: '栏目',
  rounds: '项目轮次',
  noRounds: '这个组织还没有项目轮次：请在下方创建第一个。',
  moreRounds: '显示更多轮次',
  roundYear: '{year} 年',
  createRoundTitle: '创建项目轮次',
  createRoundHelp:
    '轮次文件（JSON）：{ "round": …, "bodies": [ … ], "participants": [ … ] }——申请、评审会、决定和资助列表为空的轮次，它的治理机构（其中须有社区服务中心）和参与者。投票箱发现的每个问题都会在下方列出，并注明位置。',
  roundFile: '轮次文件（JSON）',
  roundPaste: '或粘贴轮次 JSON',
  createRound: '创建轮次',
  emptyRound: '请先选择文件或粘贴轮次内容。',
  roundCreated: '轮次“{round}”已创建。',
  backToRounds: '全部轮次',
  fund: '资金',
  applications: '项目申请',
  noApplications: '还没有提交的申请。申请人通过申请表（qy-application-form）提交。',
  applicationRequested: '申请 {amount}',
  projectDraft: '草稿',
  projectSubmitted: '已提交',
  projectInReview: '评审中',
  projectApproved: '已批准',
  projectRejected: '未获资助',
  projectTeamFormed: '团队已组建',
  projectInExecution: '执行中',
  projectReporting: '结项报告中',
  projectAudited: '已审计',
  projectEvaluated: '已评估',
  projectClosed: '已结项',
  projectTerminated: '已终止',
  vettedAsAccepted: '审核：通过',
  vettedAsReturned: '审核：退回',
  vetTitle: '审核“{title}”',
  vetBy: '审核人（社区服务中心成员）',
  accept: '通过',
  refuse: '退回',
  reason: '理由（退回时必填，申请人会看到）',
  vettedAccepted: '{application}：已通过。',
  vettedReturned: '{application}：已退回。',
  needReason: '退回申请前请写明理由。',
  noServiceCenter: '本轮次没有社区服务中心成员：审核需要由其成员进行（见轮次文件的治理机构）。',
  agendaTitle: '议程与评审会',
  agendaHelp: '审核通过的申请即评审会的项目。被退回或尚未审核的申请不列入议程。',
  agendaEmpty: '还没有审核通过的申请：请先审核。',
  returnedOff: '已退回，不列入议程：{applications}',
  notVettedOff: '尚未审核：{applications}',
  reviewMeetingId: '评审会编号',
  reviewMeetingDoc: '评审会（JSON）：项目即议程；请按商定填写评审标准、方式和投票人',
  reviewBy: '关联人（社区服务中心成员）',
  createReview: '创建评审会',
  reviewCreated: '评审会“{meeting}”已创建并关联到本轮次（{projects}进入评审）。',
  reviewLinked: '评审会“{meeting}”已关联到本轮次（{projects}进入评审）。',
  reviewWho:
    '投票箱只接受运营密钥创建评审会，只接受组织者（或社区服务中心）凭证将评审会关联到轮次：用运营密钥时评审会会被创建、关联被拒绝；再以组织者身份登录，同一按钮即可关联已创建的评审会。',
  reviewMeetings: '本轮次的评审会',
  noReviewMeetings: '还没有关联的评审会。',
  decisionTitle: '资助决定',
  noDecision: '还没有资助决定。评审会公布排名、监审组签署结果汇总表后，由社区服务中心决定资助。',
  decisionLine: '{decision}，依据评审会 {meeting}，决定于 {at}',
  granted: '{project}：{amount}',
  departures: '与规则不同之处',
  opinions: '意见',
  summarySheets: '已签署 {sheets}。',
  logTitle: '轮次日志',
  logHelp: '本轮次的每一步，以哈希链相连：导出文件包含全部记录，qingyuan verify 可离线核验。',
  logRoundCreated: '创建轮次',
  logApplicationSubmitted: '提交申请',
  logVettingRecorded: '记录审核',
  logReviewStarted: '开始评审',
  logSummarySheetSignedOff: '签署结果汇总表',
  logFundingDecided: '决定资助',
  logProjectEvent: '项目事件',
  logEntry: '#{seq} {kind}——{at}',
  downloadRound: '下载轮次导出文件',
  pbElections: '参与式预算投票',
  pbNone: '这个组织还没有参与式预算投票：请在下方创建第一个。',
  pbMore: '显示更多参与式预算投票',
  pbId: '投票编号',
  pbCreateTitle: '创建参与式预算投票',
  pbCreateHelp:
    '来自 Pabulib .pb 文件（其 META、预算和项目；文件中的选票不导入）或选票表（JSON）。每个问题都会在下方列出，并注明位置。',
  pbFile: 'Pabulib 文件（.pb）或选票表（JSON）',
  pbSheet: '或粘贴选票表（JSON）',
  pbRule: '计票规则',
  pbRuleEqualShares: '均等份额法',
  pbRuleEqualSharesGreedy: '均等份额法（贪心补全）',
  pbRuleGreedy: '贪心法（得票多者优先）',
  pbRuleSequentialPhragmen: '序贯 Phragmén 法',
  pbCreate: '创建投票',
  pbEmpty: '请先选择文件或粘贴选票表。',
  pbNotSheet: '该文件既不是 Pabulib .pb 文件，也不是 JSON 选票表：',
  pbNoBallotFormat:
    'vote_type “{voteType}” 的文件没有对应的参与式预算选票格式（可用 approval、cumulative、ordinal）。',
  pbCreated: '投票“{election}”已创建。',
  pbBack: '全部参与式预算投票',
  pbStatusDraft: '筹备中',
  pbStatusOpen: '投票中',
  pbStatusClosed: '投票已结束',
  pbVoters: '已发放 {codes} · 名册 {census} 人 · 网上已投 {voted} 票',
  pbProjects: '{projects}，预算 {budget}',
  pbCodesTitle: '1. 发放投票码',
  pbCodesHelp:
    '每个投票码只显示一次，就在现在下载的 JSON 文件中（投票人编号与投票码）：打印出来，每位投票人一个。',
  pbCodesIssued: '已发放 {codes}：已下载 {file}。',
  pbVotingTitle: '2. 投票',
  pbResultsTitle: '3. 结果',
  pbResultsHelp:
    '投票箱的计票（网上选票与核对一致的纸质选票），逐个名单列出；然后是规则的解释，由本浏览器中的 @qingyuan/core 根据投票箱的 Pabulib 导出文件重新计算。',
  pbResultsClosed: '投票结束后显示结果。',
  pbListCity: '全市名单',
  pbListDistrict: '{district} 区名单',
  pbListLine: '{voters} · 预算 {budget}，已用 {cost}',
  pbSelected: '获资助项目（按规则选中的顺序）',
  pbBallots: '共计 {ballots}（网上 {online} 张，纸质 {paper} 张）',
  pbExplanationTitle: '为什么是这些项目',
  pbExportTitle: '4. 导出',
  pbExportPb: '下载 Pabulib 文件（.pb）',
  pbExportLog: '下载投票日志',
  pbLogChecked: '日志共 {entries} 条；投票箱核验了哈希链：完好。',
  pbLogBroken: '投票箱在日志中发现 {problems}：',
  working: '处理中…',
  fullScreen: '全屏',
  leaveProjector: '返回评审会',
  projectorTurnout: '已投票 {voted} / {codes}',
  unreachable: '无法连接投票箱。请检查网络后重试。',
  unexpected: '投票箱返回了未说明原因的错误（HTTP {status}）。',
  signInAgain: '请重新登录：投票箱不再接受此凭证。',
  where: '位置：{path}',
  lifecycleLockWeights: '权重已经锁定。',
  lifecycleOpenDraft: '请先锁定权重。',
  lifecycleOpenOpen: '投票已经开始。',
  lifecycleOpen: '投票已结束：结束的评审会不能重新开始投票。',
  lifecycleCloseDraft: '请先锁定权重并开始投票。',
  lifecycleCloseWeightsLocked: '请先开始投票。',
  lifecycleClose: '投票已经结束。',
  lifecyclePublishDraft: '请先锁定权重、开始投票并结束投票。',
  lifecyclePublishWeightsLocked: '请先开始投票并结束投票。',
  lifecyclePublishOpen: '请先结束投票。',
  lifecyclePublish: '结果已经公布。',
  lifecyclePatch: '只有筹备中的评审会才能修改权重。',
  lifecycleCodes: '投票已结束，不能再发放投票码。',
};

/**
 * The console's words: every key in zh-CN and English, `{name}` placeholders, in core's
 * {@link Catalogs} form.
 *
 * @example
 * messageIn(consoleMessages, 'en', 'downloaded', { file: 'a.json' }); // 'a.json downloaded.'
 */
export const consoleMessages: Catalogs<ConsoleMessageKey> = { 'zh-CN': zh, en };

/** The console's words in one language: a key's message, its placeholders filled. */
export type ConsoleText = (key: ConsoleMessageKey, params?: MessageParams) => string;

/**
 * The console's words in `locale` (core's {@link messageIn} over {@link consoleMessages}).
 *
 * @example
 * const t = consoleText('zh-CN');
 * t('signIn'); // '登录'
 * t('downloaded', { file: 'a.json' }); // '已下载 a.json。'
 */
export function consoleText(locale: Locale): ConsoleText {
  return (key, params) => messageIn(consoleMessages, locale, key, params);
}

/** What the console counts: each has a `…One` and a `…Other` phrase, `{count}` in both. */
export type Counted = 'code' | 'ballot' | 'problem' | 'project' | 'voter' | 'summarySheet';

/**
 * `count` things in words: the `…One` phrase for exactly one, the `…Other` phrase otherwise.
 *
 * @example
 * counted(consoleText('en'), 1, 'ballot'); // '1 ballot'
 * counted(consoleText('en'), 3, 'ballot'); // '3 ballots'
 */
export function counted(t: ConsoleText, count: number, what: Counted): string {
  return t(count === 1 ? `${what}One` : `${what}Other`, { count });
}

/** The keys naming each value of a field the box answers (a role, a status, a log kind). */
export type ConsoleNames = Readonly<Record<string, ConsoleMessageKey>>;

/** A credential's role (`ConsoleCredential.role`). */
export const roleNames: ConsoleNames = {
  operator: 'roleOperator',
  organizer: 'roleOrganizer',
  'meeting-organizer': 'roleMeetingOrganizer',
};

/** A meeting's status (API names). */
export const meetingStatusNames: ConsoleNames = {
  draft: 'statusDraft',
  'weights-locked': 'statusWeightsLocked',
  open: 'statusOpen',
  closed: 'statusClosed',
  published: 'statusPublished',
  'funding-decided': 'statusFundingDecided',
};

/** A project's status in a round. */
export const projectStatusNames: ConsoleNames = {
  draft: 'projectDraft',
  submitted: 'projectSubmitted',
  'in-review': 'projectInReview',
  approved: 'projectApproved',
  rejected: 'projectRejected',
  'team-formed': 'projectTeamFormed',
  'in-execution': 'projectInExecution',
  reporting: 'projectReporting',
  audited: 'projectAudited',
  evaluated: 'projectEvaluated',
  closed: 'projectClosed',
  terminated: 'projectTerminated',
};

/** The outcome of an application's last vetting. */
export const vettingNames: ConsoleNames = {
  accepted: 'vettedAsAccepted',
  returned: 'vettedAsReturned',
};

/** The kind of an entry of a round's log. */
export const logKindNames: ConsoleNames = {
  'round.created': 'logRoundCreated',
  'application.submitted': 'logApplicationSubmitted',
  'vetting.recorded': 'logVettingRecorded',
  'review.started': 'logReviewStarted',
  'summary-sheet.signed-off': 'logSummarySheetSignedOff',
  'funding.decided': 'logFundingDecided',
  'project.event': 'logProjectEvent',
};

/** A PB counting rule, as offered at creation (Equal Shares completed greedily is its own). */
export const pbRuleNames: ConsoleNames = {
  'equal-shares': 'pbRuleEqualShares',
  'equal-shares-greedy': 'pbRuleEqualSharesGreedy',
  greedy: 'pbRuleGreedy',
  'sequential-phragmen': 'pbRuleSequentialPhragmen',
};

/** A PB election's status. */
export const pbStatusNames: ConsoleNames = {
  draft: 'pbStatusDraft',
  open: 'pbStatusOpen',
  closed: 'pbStatusClosed',
};

/**
 * A value the box answers, in words: the message its key among `names` holds, or the value as
 * it came when the console has no words for it (a status added to the box later, say).
 *
 * @example
 * textFor(consoleText('en'), meetingStatusNames, 'weights-locked'); // 'weights locked'
 * textFor(consoleText('en'), meetingStatusNames, 'archived'); // 'archived'
 */
export function textFor(t: ConsoleText, names: ConsoleNames, value: string): string {
  const key = Object.hasOwn(names, value) ? names[value] : undefined;
  return key === undefined ? value : t(key);
}
