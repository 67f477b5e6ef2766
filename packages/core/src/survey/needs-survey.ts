import * as z from 'zod/mini';
import { IdSchema } from '../validation/id.js';
import { LocalizedTextSchema } from '../text/localized-text.js';
import { addDuplicateIdIssues } from '../validation/unique-ids.js';
import { referencedQuestions, ShowIfSchema } from './show-if.js';
import { addSectionIssues, SurveySectionSchema } from './survey-sections.js';
import { showIfEarlier } from './survey-messages.js';
import { minBelowMax } from '../validation/check-messages.js';
import { validationIssue } from '../validation/validation-text.js';

export * from './survey-sections.js';

/** A choice offered by a question. */
export const SurveyOptionSchema = z
  .object({ id: IdSchema, label: LocalizedTextSchema })
  .register(z.globalRegistry, { id: 'SurveyOption' });

/** A choice offered by a question. */
export type SurveyOption = z.infer<typeof SurveyOptionSchema>;

const common = {
  id: IdSchema,
  label: LocalizedTextSchema,
  help: z.optional(LocalizedTextSchema),
  required: z._default(z.boolean(), false),
  showIf: z.optional(ShowIfSchema),
  /** Whether the options of this question are candidate needs for the report's top needs. */
  needs: z._default(z.boolean(), false),
};

const options = z.array(SurveyOptionSchema).check(z.minLength(1));

/**
 * A question of a needs survey, by `type`:
 * `single-choice`, `multiple-choice` (optional `minSelected`/`maxSelected`), `rating`
 * (integers `min`..`max`, labelled ends), `ranking` (order options; `minRanked`, default all),
 * `number` (optional bounds, `integer`, `unit`) and `free-text` (optional `maxLength`).
 * Every question has a label, may be `required`, may be shown only if an earlier answer
 * matches (`showIf`), and may be marked as naming candidate `needs`.
 */
export const SurveyQuestionSchema = z
  .discriminatedUnion('type', [
    z.object({ ...common, type: z.literal('single-choice'), options }),
    z.object({
      ...common,
      type: z.literal('multiple-choice'),
      options,
      minSelected: z.optional(z.int().check(z.nonnegative())),
      maxSelected: z.optional(z.int().check(z.positive())),
    }),
    z.object({
      ...common,
      type: z.literal('rating'),
      min: z.int(),
      max: z.int(),
      minLabel: z.optional(LocalizedTextSchema),
      maxLabel: z.optional(LocalizedTextSchema),
    }),
    z.object({
      ...common,
      type: z.literal('ranking'),
      options,
      minRanked: z.optional(z.int().check(z.positive())),
    }),
    z.object({
      ...common,
      type: z.literal('number'),
      min: z.optional(z.number()),
      max: z.optional(z.number()),
      integer: z._default(z.boolean(), false),
      unit: z.optional(LocalizedTextSchema),
    }),
    z.object({
      ...common,
      type: z.literal('free-text'),
      maxLength: z.optional(z.int().check(z.positive())),
    }),
  ])
  .check(
    z.superRefine((question, ctx) => {
      if ('options' in question) {
        addDuplicateIdIssues(
          ctx,
          question.options.map((option) => option.id),
          ['options'],
          { 'zh-CN': '选项', en: 'options' },
        );
      }
      const bounds =
        question.type === 'rating'
          ? [question.min, question.max]
          : question.type === 'number'
            ? [question.min, question.max]
            : question.type === 'multiple-choice'
              ? [question.minSelected, question.maxSelected]
              : [];
      const [low, high] = bounds;
      const strict = question.type === 'rating';
      if (low !== undefined && high !== undefined && (strict ? low >= high : low > high)) {
        const field = question.type === 'multiple-choice' ? 'maxSelected' : 'max';
        ctx.addIssue(validationIssue(minBelowMax, {}, [field]));
      }
    }),
  )
  .register(z.globalRegistry, { id: 'SurveyQuestion' });

/** A survey question. */
export type SurveyQuestion = z.infer<typeof SurveyQuestionSchema>;

/** A fact about respondents used to cross-tabulate answers (e.g. residency: migrant / long-term). */
export const RespondentAttributeSchema = z
  .object({
    id: IdSchema,
    label: LocalizedTextSchema,
    values: z.array(SurveyOptionSchema).check(z.minLength(1)),
  })
  .register(z.globalRegistry, { id: 'RespondentAttribute' });

/** A respondent attribute. */
export type RespondentAttribute = z.infer<typeof RespondentAttributeSchema>;

/**
 * A needs survey 需求调查 (feedback form): questions in order, and the respondent
 * attributes answers can be cross-tabulated by. A `showIf` may refer only to earlier
 * questions. Optional `sections` group the questions under titles (one form page each); when
 * given, they list every question once, in survey order, so each section is a run of
 * consecutive questions and "earlier" still means "on an earlier page or the same page".
 *
 * @example
 * NeedsSurveySchema.parse({
 *   id: 'jinhuali-2007', community: 'jinhuali',
 *   title: { 'zh-CN': '金华里社区需求调查', en: 'Jinhuali needs survey' },
 *   attributes: [{ id: 'residency', label: '居住身份',
 *     values: [{ id: 'migrant', label: '外来人口' }, { id: 'long-term', label: '常住居民' }] }],
 *   questions: [
 *     { id: 'q-needs', type: 'multiple-choice', label: '您最需要哪些服务？', required: true, needs: true,
 *       options: [{ id: 'goods', label: '低价生活用品' }, { id: 'childcare', label: '儿童看护' }] },
 *     { id: 'q-kids', type: 'number', label: '家中几个孩子？', integer: true, min: 0,
 *       showIf: { question: 'q-needs', includes: 'childcare' } },
 *   ],
 *   sections: [{ id: 'needs', title: { 'zh-CN': '社区需求', en: 'Needs' }, questions: ['q-needs', 'q-kids'] }],
 * });
 */
export const NeedsSurveySchema = z
  .object({
    id: IdSchema,
    title: LocalizedTextSchema,
    description: z.optional(LocalizedTextSchema),
    community: z.optional(IdSchema),
    attributes: z._default(z.array(RespondentAttributeSchema), []),
    questions: z.array(SurveyQuestionSchema).check(z.minLength(1)),
    sections: z.optional(z.array(SurveySectionSchema)),
  })
  .check(
    z.superRefine((survey, ctx) => {
      const ids = survey.questions.map((question) => question.id);
      addDuplicateIdIssues(ctx, ids, ['questions'], { 'zh-CN': '问题', en: 'questions' });
      addDuplicateIdIssues(
        ctx,
        survey.attributes.map((attribute) => attribute.id),
        ['attributes'],
        { 'zh-CN': '受访者属性', en: 'attributes' },
      );
      survey.questions.forEach((question, index) => {
        if (!question.showIf) return;
        const earlier = new Set(ids.slice(0, index));
        for (const id of referencedQuestions(question.showIf)) {
          if (!earlier.has(id)) {
            ctx.addIssue(validationIssue(showIfEarlier, { id }, ['questions', index, 'showIf']));
          }
        }
      });
      addSectionIssues(ctx, survey);
    }),
  )
  .register(z.globalRegistry, {
    id: 'NeedsSurvey',
    description: 'A needs survey (需求调查) with its questions.',
  });

/** A needs survey. */
export type NeedsSurvey = z.infer<typeof NeedsSurveySchema>;
/** A needs survey as written (defaults not yet applied). */
export type NeedsSurveyInput = z.input<typeof NeedsSurveySchema>;
