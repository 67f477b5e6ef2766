import * as z from 'zod/mini';
import {
  ApplicationSchema,
  FundingDecisionSchema,
  ProjectHistorySchema,
  ResultsSummarySheetSchema,
  RoundSchema,
  VettingSchema,
  toWhere,
} from '@qingyuan/core';
import type { RoundExport } from '@qingyuan/server';
import { UsageError } from '../io.js';
import type { Locale } from '@qingyuan/core';
import { documentFrom } from './read-document.js';

const words = {
  en: {
    list: 'expected a list',
    entry: 'expected a log entry { seq, kind, at, data, prevHash, hash }',
    project: 'expected a project { id, status, history }',
  },
  'zh-CN': {
    list: '应为列表',
    entry: '应为日志条目 { seq, kind, at, data, prevHash, hash }',
    project: '应为项目 { id, status, history }',
  },
} as const;

const EntrySchema = z.object({
  seq: z.int(),
  kind: z.string(),
  at: z.string(),
  data: z.record(z.string(), z.unknown()),
  prevHash: z.string(),
  hash: z.string(),
});

/**
 * A round export (`GET /organizations/:org/rounds/:round/export`, `format:
 * "qingyuan-round-export"`) already read as JSON, checked in shape: the round, applications,
 * vettings, summary sheets and decisions with @qingyuan/core's schemas, each project's history,
 * each log entry's fields. Throws a `UsageError` naming the first place that is wrong (in
 * `lang`). The documents are returned as written: the verifier compares them with the log.
 *
 * @example
 * const bundle = roundExportFrom('round.json', JSON.parse(text), 'en');
 */
export function roundExportFrom(file: string, value: unknown, lang: Locale): RoundExport {
  const t = words[lang];
  const bundle = value as Record<string, unknown>;
  const list = (key: string): unknown[] => {
    const found = bundle[key];
    if (!Array.isArray(found)) throw new UsageError(`${file}: ${toWhere([key])}: ${t.list}`);
    return found;
  };
  documentFrom(file, bundle['round'], RoundSchema, lang, ['round']);
  const documents = [
    ['applications', ApplicationSchema],
    ['vettings', VettingSchema],
    ['summarySheets', ResultsSummarySheetSchema],
    ['decisions', FundingDecisionSchema],
  ] as const;
  for (const [key, schema] of documents) {
    list(key).forEach((item, i) => documentFrom(file, item, schema, lang, [key, i]));
  }
  list('projects').forEach((project, i) => {
    const fields = project as Record<string, unknown>;
    if (typeof fields?.['id'] !== 'string' || typeof fields['status'] !== 'string') {
      throw new UsageError(`${file}: ${toWhere(['projects', i])}: ${t.project}`);
    }
    documentFrom(file, fields['history'], ProjectHistorySchema, lang, ['projects', i, 'history']);
  });
  list('log').forEach((entry, i) => {
    if (!EntrySchema.safeParse(entry).success) {
      throw new UsageError(`${file}: ${toWhere(['log', i])}: ${t.entry}`);
    }
  });
  return bundle as unknown as RoundExport;
}
