import {
  MeetingHistorySchema,
  ReviewMeetingSchema,
  TallyResultSchema,
  toWhere,
} from '@qingyuan/core';
import type { MeetingExport } from '@qingyuan/server';
import { UsageError } from '../io.js';
import type { Locale } from '@qingyuan/core';
import { documentFrom } from './read-document.js';
import { readJsonFile } from './read-json-file.js';

type Kind = 'string' | 'integer' | 'boolean' | 'object' | 'list';

const expected = {
  en: {
    string: 'a string',
    integer: 'a whole number',
    boolean: 'true or false',
    object: 'an object',
    list: 'a list',
    message: (what: string) => `expected ${what}`,
    notExport: 'not a ballot-box export: expected { meeting, ballots, log, tally }',
  },
  'zh-CN': {
    string: '字符串',
    integer: '整数',
    boolean: 'true 或 false',
    object: '对象',
    list: '列表',
    message: (what: string) => `应为${what}`,
    notExport: '不是投票箱导出文件：应为 { meeting, ballots, log, tally }',
  },
} as const;

const is = (value: unknown, kind: Kind): boolean => {
  switch (kind) {
    case 'string':
      return typeof value === 'string';
    case 'integer':
      return Number.isInteger(value);
    case 'boolean':
      return typeof value === 'boolean';
    case 'object':
      return typeof value === 'object' && value !== null && !Array.isArray(value);
    case 'list':
      return Array.isArray(value);
  }
};

const ballotFields: Record<string, Kind> = {
  code: 'string',
  voter: 'string',
  seq: 'integer',
  marks: 'object',
  receipt: 'string',
  logSeq: 'integer',
  castAt: 'string',
  counted: 'boolean',
};
const entryFields: Record<string, Kind> = {
  seq: 'integer',
  kind: 'string',
  at: 'string',
  data: 'object',
  prevHash: 'string',
  hash: 'string',
};

/**
 * Reads a ballot-box export (`GET /meetings/:id/export`) and checks its shape before the
 * verifier reads it: the meeting, tally and history against core's schemas, each ballot and
 * log entry field by field. A file that cannot be read or has the wrong shape is a UsageError
 * naming the file and the path (`ballots[2].receipt: expected a string`), localized.
 *
 * @example
 * const bundle = await readMeetingExport('export.json', 'zh-CN');
 */
export async function readMeetingExport(file: string, lang: Locale): Promise<MeetingExport> {
  const t = expected[lang];
  const value = await readJsonFile(file, lang);
  if (!is(value, 'object')) throw new UsageError(`${file}: ${t.notExport}`);
  const bundle = value as Record<string, unknown>;
  const fail = (path: (string | number)[], kind: Kind): never => {
    throw new UsageError(`${file}: ${toWhere(path)}: ${t.message(t[kind])}`);
  };
  for (const [key, kind] of [
    ['meeting', 'object'],
    ['ballots', 'list'],
    ['log', 'list'],
    ['tally', 'object'],
  ] as const) {
    if (!is(bundle[key], kind)) fail([key], kind);
  }
  documentFrom(file, bundle['meeting'], ReviewMeetingSchema, lang, ['meeting']);
  documentFrom(file, bundle['tally'], TallyResultSchema, lang, ['tally']);
  if (bundle['history'] !== undefined) {
    documentFrom(file, bundle['history'], MeetingHistorySchema, lang, ['history']);
  }
  for (const [list, fields] of [
    ['ballots', ballotFields],
    ['log', entryFields],
  ] as const) {
    (bundle[list] as unknown[]).forEach((item, i) => {
      if (!is(item, 'object')) fail([list, i], 'object');
      for (const [field, kind] of Object.entries(fields)) {
        if (!is((item as Record<string, unknown>)[field], kind)) fail([list, i, field], kind);
      }
    });
  }
  // The checked documents are kept as written: the verifier hashes them byte for byte.
  return bundle as unknown as MeetingExport;
}
