import {
  EvaluationReportSchema,
  initialProjectState,
  localize,
  parseDocument,
  projectCommonChecks,
  type Application,
  type EvaluationReport,
  type Locale,
  type ProjectState,
  type Violation,
} from '@qingyuan/core';
import { textIn } from './saved-text.js';
import type { ClosingEvent, DraftBase } from './closing-writer.js';

/** What the evaluation's fields hold while it is written: text as typed. */
export interface EvaluationFields extends DraftBase {
  /** Per indicator id of the (amended) application: what was reached as typed, and a note. */
  readonly indicators: Readonly<
    Record<string, { readonly reached: string; readonly note: string }>
  >;
  readonly summary: string;
}

/** Core's `evaluation-recorded` project event. */
export type EvaluationRecordedEvent = Extract<ClosingEvent, { type: 'evaluation-recorded' }>;

/** Core's rules a final evaluation is checked with in the browser. */
const RULES = [
  'evaluation.stage',
  'evaluation.indicators-from-application',
  'evaluation.covers-indicators',
  'evaluation.same-project',
];

/** A count typed as a plain decimal number (`240`, `12.5`, full-width digits too), else undefined. */
export function countOf(typed: string): number | undefined {
  const text = typed
    .trim()
    .replace(/[\uFF10-\uFF19]/g, (digit) => String.fromCharCode(digit.charCodeAt(0) - 0xfee0))
    .replace(/[\uFF0E]/g, '.');
  return /^\d+(?:\.\d+)?$/.test(text) ? Number(text) : undefined;
}

/**
 * The final evaluation the fields make: one result per indicator of the (amended) application in
 * its order, with its unit and target, and what was reached (a number when it reads as one, else
 * as typed so that core's schema names the problem); text in the writer's locale. Not validated.
 *
 * @example
 * evaluationOf(fields, application, 'p-ngo', 'zh-CN').indicators[0];
 * // { indicator: 'i-visits', unit: '人次', target: 200, reached: 240 }
 */
export function evaluationOf(
  fields: EvaluationFields,
  application: Application,
  evaluator: string,
  locale: Locale,
): EvaluationReport {
  const text = (value: string) => ({ [locale]: value.trim() });
  return {
    id: fields.id,
    project: application.id,
    stage: 'final',
    indicators: application.indicators.map((indicator) => {
      const typed = fields.indicators[indicator.id] ?? { reached: '', note: '' };
      return {
        indicator: indicator.id,
        unit: indicator.unit,
        target: indicator.target,
        reached: countOf(typed.reached) ?? (typed.reached.trim() as unknown as number),
        ...(typed.note.trim() ? { note: text(typed.note) } : {}),
      };
    }),
    // Empty stays a plain '' so that core's schema says the summary must not be empty.
    summary: fields.summary.trim() ? text(fields.summary) : '',
    evaluatedBy: [evaluator],
    evaluatedAt: fields.at,
  };
}

/**
 * Every rule the evaluation being written breaks: a reached value that is not a number (named
 * by its indicator), core's `EvaluationReportSchema`, then core's rules `evaluation.stage`,
 * `evaluation.indicators-from-application`, `evaluation.covers-indicators` and
 * `evaluation.same-project`. Paths from the evaluation (`indicators[0].reached`).
 *
 * @example
 * evaluationViolations(fields, application, 'p-ngo', 'en')[0]?.path; // ['indicators', 0, 'reached']
 */
export function evaluationViolations(
  fields: EvaluationFields,
  application: Application,
  evaluator: string,
  locale: Locale,
): Violation[] {
  const counts: Violation[] = application.indicators.flatMap((indicator, index): Violation[] => {
    const typed = fields.indicators[indicator.id]?.reached ?? '';
    if (countOf(typed) !== undefined) return [];
    const zh = localize(indicator.description, 'zh-CN');
    const en = localize(indicator.description, 'en');
    const message = typed.trim()
      ? {
          'zh-CN': `“${zh}”达到的数值应为数字，例如 240`,
          en: `What “${en}” reached must be a number, e.g. 240`,
        }
      : { 'zh-CN': `请填写“${zh}”达到的数值`, en: `Enter what “${en}” reached` };
    return [{ rule: 'evaluation.reached', message, path: ['indicators', index, 'reached'] }];
  });
  const evaluation = evaluationOf(fields, application, evaluator, locale);
  const parsed = parseDocument(EvaluationReportSchema, evaluation, { locale });
  if (!parsed.ok) {
    const typed = new Set(counts.map((violation) => violation.path.join('.')));
    return [
      ...counts,
      ...parsed.violations.filter((violation) => !typed.has(violation.path.slice(0, 3).join('.'))),
    ];
  }
  if (counts.length > 0) return counts;
  const state: ProjectState = { ...initialProjectState, status: 'audited', application };
  const event = evaluationEvent(evaluation);
  return projectCommonChecks.rules
    .filter((rule) => RULES.includes(rule.id) && rule.on.includes('evaluation-recorded'))
    .flatMap((rule) => rule.check({ state, event, context: { bodies: [] } }))
    .map((violation) => ({ ...violation, path: violation.path.slice(2) }));
}

/**
 * Core's `evaluation-recorded` event recording `evaluation`, by its (first) evaluator, when it
 * was evaluated.
 *
 * @example
 * evaluationEvent(evaluation).type; // 'evaluation-recorded'
 */
export function evaluationEvent(evaluation: EvaluationReport): EvaluationRecordedEvent {
  return {
    type: 'evaluation-recorded',
    at: evaluation.evaluatedAt,
    by: evaluation.evaluatedBy[0] ?? '',
    payload: { evaluation },
  };
}

/**
 * The fields of a saved evaluation (the browser's restored form state): text in `locale`,
 * anything unreadable left as in `empty`.
 *
 * @example
 * fieldsOfEvaluation(JSON.parse(saved), 'en', empty)?.indicators['i-visits']?.reached; // '240'
 */
export function fieldsOfEvaluation(
  data: unknown,
  locale: Locale,
  empty: EvaluationFields,
): EvaluationFields | undefined {
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return undefined;
  const report = data as Record<string, unknown>;
  const plain = (value: unknown) => (typeof value === 'string' ? value : '');
  const indicators: Record<string, { reached: string; note: string }> = {};
  if (Array.isArray(report['indicators'])) {
    for (const item of report['indicators'] as Record<string, unknown>[]) {
      const id = plain(item?.['indicator']);
      if (!id) continue;
      const reached = item['reached'];
      indicators[id] = {
        reached: typeof reached === 'number' ? String(reached) : plain(reached),
        note: textIn(item['note'], locale),
      };
    }
  }
  return {
    id: plain(report['id']) || empty.id,
    at: plain(report['evaluatedAt']) || empty.at,
    indicators,
    summary: textIn(report['summary'], locale),
  };
}
