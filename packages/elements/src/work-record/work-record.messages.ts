import type { CycleStage, Catalogs } from '@qingyuan/core';
import type { DeliveryMessageKey } from '../internal/delivery-status-view.js';

/** Keys of `<qy-work-record>`'s text; override any of them with the `messages` property. */
export type WorkRecordMessageKey =
  | DeliveryMessageKey
  | CycleStage
  | 'title'
  | 'intro'
  | 'stage'
  | 'date'
  | 'place'
  | 'participants'
  | 'participantsHint'
  | 'attendance'
  | 'attendanceHint'
  | 'content'
  | 'decisions'
  | 'nextSteps'
  | 'recordedBy'
  | 'chooseRecorder'
  | 'optional'
  | 'save'
  | 'problems'
  | 'another'
  | 'savedReceipt';

/** The shipped zh-CN and English text of `<qy-work-record>`. */
export const workRecordMessages: Catalogs<WorkRecordMessageKey> = {
  en: {
    title: 'Work record card',
    intro:
      'Kept at every step: when and where, who took part, what was done and decided, what comes next.',
    'capacity-building': 'Capacity building',
    'needs-survey': 'Needs survey',
    application: 'Application',
    review: 'Review',
    funding: 'Funding',
    execution: 'Execution',
    supervision: 'Supervision',
    closing: 'Closing',
    termination: 'Termination',
    stage: 'Step of the cycle',
    date: 'Date',
    place: 'Place',
    participants: 'Participants',
    participantsHint: 'Participant ids, separated by commas.',
    attendance: 'How many people took part in all',
    attendanceHint: 'Including people without an id (residents who came by).',
    content: 'What was done',
    decisions: 'What was decided',
    nextSteps: 'Next steps',
    recordedBy: 'Recorded by',
    chooseRecorder: 'Choose the recorder',
    optional: '(optional)',
    save: 'Save the record',
    problems: 'The record cannot be saved yet: {count} problem(s) are marked beside the fields.',
    another: 'Write another record',
    savedReceipt: 'Record {id} of {date}.',
    sending: 'Sending the record…',
    sent: 'The record was received.',
    done: 'The record is complete.',
    queued:
      'You seem to be offline. The record is saved on this device and will be sent automatically when the connection returns.',
    rejected: 'The server refused this record: {message}',
    rejectedUnexplained:
      'The server refused this record without saying why (HTTP {status}). Please tell the service center.',
    retry: 'Try again now',
  },
  'zh-CN': {
    title: '工作记录卡',
    intro: '每个环节都要记录：时间地点、参加人员、做了什么、决定了什么、下一步怎么做。',
    'capacity-building': '能力建设',
    'needs-survey': '需求调查',
    application: '项目申请',
    review: '项目评审',
    funding: '项目资助',
    execution: '项目执行',
    supervision: '项目监督',
    closing: '项目结项',
    termination: '项目终止',
    stage: '所处环节',
    date: '日期',
    place: '地点',
    participants: '参加人员',
    participantsHint: '参加人员的编号，用逗号分隔。',
    attendance: '参加总人数',
    attendanceHint: '包括没有编号的人（临时来参加的居民）。',
    content: '工作内容',
    decisions: '形成的决定',
    nextSteps: '下一步工作',
    recordedBy: '记录人',
    chooseRecorder: '请选择记录人',
    optional: '（选填）',
    save: '保存记录',
    problems: '记录还不能保存：有 {count} 处问题，已在相应栏目旁标出。',
    another: '再写一份记录',
    savedReceipt: '{date} 的记录 {id}。',
    sending: '正在发送记录…',
    sent: '记录已收到。',
    done: '记录已完成。',
    queued: '您似乎已离线。记录已保存在本设备上，网络恢复后会自动发送。',
    rejected: '服务器拒绝了此记录：{message}',
    rejectedUnexplained:
      '服务器拒绝了此记录，但没有说明原因（HTTP {status}）。请告知社区服务中心。',
    retry: '立即重试',
  },
};
