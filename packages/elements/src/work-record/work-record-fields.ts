import type { CycleStage, LocalizedText, WorkRecord } from '@qingyuan/core';
import type { Locale } from '@qingyuan/core';

/** What the card's fields hold while it is written: text as typed. */
export interface WorkRecordFields {
  id: string;
  stage: CycleStage;
  date: string;
  place: string;
  participants: string[];
  attendance: string;
  content: string;
  decisions: string;
  nextSteps: string;
  recordedBy: string;
}

/** Where the card's record belongs: the project or community ids the host gives. */
export interface WorkRecordScope {
  readonly project: string;
  readonly community: string;
}

/**
 * The work record (core's `WorkRecord` document) the fields make: text in the writer's locale,
 * empty optional fields left out, the attendance as a number when it is one (otherwise as typed,
 * so core's schema names the problem). Not validated here: `parseDocument(WorkRecordSchema, …)`
 * is the one check.
 *
 * @example
 * recordOf(fields, { project: 'jinhuali-home', community: '' }, 'zh-CN');
 * // { id: 'wr-…', stage: 'execution', date: '2007-05-20', project: 'jinhuali-home',
 * //   participants: ['p-li'], content: { 'zh-CN': '执行小组例会' }, recordedBy: 'p-zhao' }
 */
export function recordOf(
  fields: WorkRecordFields,
  scope: WorkRecordScope,
  locale: Locale,
): WorkRecord {
  const text = (value: string): LocalizedText => ({ [locale]: value.trim() });
  const optional = <K extends string>(key: K, value: string) =>
    value.trim() ? ({ [key]: text(value) } as Record<K, LocalizedText>) : {};
  const attendance = fields.attendance.trim();
  return {
    id: fields.id,
    stage: fields.stage,
    date: fields.date,
    ...(scope.project ? { project: scope.project } : {}),
    ...(scope.community ? { community: scope.community } : {}),
    ...optional('place', fields.place),
    participants: [...fields.participants],
    ...(attendance
      ? { attendance: (/^\d+$/.test(attendance) ? Number(attendance) : attendance) as number }
      : {}),
    // Empty stays a plain '' so that core's schema says the content must not be empty.
    content: fields.content.trim() ? text(fields.content) : '',
    ...optional('decisions', fields.decisions),
    ...optional('nextSteps', fields.nextSteps),
    recordedBy: fields.recordedBy.trim(),
  };
}

/**
 * The fields of a saved record (the browser's restored form state, or a record to correct):
 * text in `locale` (else the first text there is), anything unreadable left empty.
 *
 * @example
 * fieldsOf(JSON.parse(saved), 'en', emptyFields).content; // 'Team meeting'
 */
export function fieldsOf(
  data: unknown,
  locale: Locale,
  empty: WorkRecordFields,
): WorkRecordFields | undefined {
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return undefined;
  const record = data as Record<string, unknown>;
  const text = (value: unknown): string => {
    if (typeof value === 'string') return value;
    if (value && typeof value === 'object') {
      const map = value as Record<string, unknown>;
      const found = map[locale] ?? Object.values(map)[0];
      return typeof found === 'string' ? found : '';
    }
    return '';
  };
  const plain = (value: unknown) => (typeof value === 'string' ? value : '');
  return {
    id: plain(record['id']) || empty.id,
    stage: (plain(record['stage']) || empty.stage) as CycleStage,
    date: plain(record['date']),
    place: text(record['place']),
    participants: Array.isArray(record['participants'])
      ? record['participants'].filter((p): p is string => typeof p === 'string')
      : [],
    attendance:
      typeof record['attendance'] === 'number' || typeof record['attendance'] === 'string'
        ? String(record['attendance'])
        : '',
    content: text(record['content']),
    decisions: text(record['decisions']),
    nextSteps: text(record['nextSteps']),
    recordedBy: plain(record['recordedBy']),
  };
}
