import * as z from 'zod/mini';
import { IdSchema } from '../validation/id.js';
import { LocalizedTextSchema } from '../text/localized-text.js';
import { addDuplicateIdIssues } from '../validation/unique-ids.js';
import type { NeedsSurvey } from './needs-survey.js';
import {
  sectionMissingQuestion,
  sectionOrder,
  sectionQuestionRepeated,
} from './survey-messages.js';
import { unknownReference } from '../validation/reference-messages.js';
import { validationIssue } from '../validation/validation-text.js';

/**
 * A section 部分 of a needs survey: a titled group of consecutive questions, such as
 * "基本情况 / About you" or "社区需求 / Needs". A form shows one section per page, with its
 * title as the page heading and its `description` as an introduction.
 *
 * @example
 * SurveySectionSchema.parse({
 *   id: 'needs', title: { 'zh-CN': '社区需求', en: 'Needs' },
 *   description: { 'zh-CN': '您和家人需要哪些服务？', en: 'Which services does your family need?' },
 *   questions: ['q-needs', 'q-kids'],
 * });
 */
export const SurveySectionSchema = z
  .object({
    id: IdSchema,
    title: LocalizedTextSchema,
    description: z.optional(LocalizedTextSchema),
    /** The ids of the section's questions, in survey order. */
    questions: z.array(IdSchema).check(z.minLength(1)),
  })
  .register(z.globalRegistry, {
    id: 'SurveySection',
    description: 'A titled group of consecutive survey questions (one form page).',
  });

/** A section of a needs survey. */
export type SurveySection = z.infer<typeof SurveySectionSchema>;

/**
 * Adds the localized issues of a survey's `sections` (for `NeedsSurveySchema`'s refinement):
 * section ids are unique (`duplicate-id`); every listed question exists (`unknown-reference`);
 * no question is listed twice (`section-question-repeated`); every question is in a section
 * (`section-missing-question`); and the sections list the questions in survey order, so they
 * split the question list into consecutive runs (`section-order`, first misplaced question
 * only, checked when the other rules hold). A survey without sections gets no issue.
 *
 * @example
 * z.superRefine((survey, ctx) => addSectionIssues(ctx, survey));
 */
export function addSectionIssues(
  ctx: z.core.$RefinementCtx,
  survey: Pick<NeedsSurvey, 'questions' | 'sections'>,
): void {
  const sections = survey.sections;
  if (sections === undefined) return;
  addDuplicateIdIssues(
    ctx,
    sections.map((section) => section.id),
    ['sections'],
    { 'zh-CN': '问卷部分', en: 'sections' },
  );
  const known = new Set(survey.questions.map((question) => question.id));
  const placed = new Map<string, string>();
  let sound = true;
  sections.forEach((section, s) => {
    section.questions.forEach((id, q) => {
      const path = ['sections', s, 'questions', q];
      if (!known.has(id)) {
        sound = false;
        ctx.addIssue(
          validationIssue(
            unknownReference,
            { id, list: { 'zh-CN': '问题', en: 'questions' } },
            path,
          ),
        );
        return;
      }
      const earlier = placed.get(id);
      if (earlier !== undefined) {
        sound = false;
        ctx.addIssue(validationIssue(sectionQuestionRepeated, { id, section: earlier }, path));
        return;
      }
      placed.set(id, section.id);
    });
  });
  for (const id of known) {
    if (!placed.has(id)) {
      sound = false;
      ctx.addIssue(validationIssue(sectionMissingQuestion, { id }, ['sections']));
    }
  }
  if (!sound) return;
  let position = 0;
  for (const [s, section] of sections.entries()) {
    for (const [q, id] of section.questions.entries()) {
      const expected = survey.questions[position++]!.id;
      if (id !== expected) {
        ctx.addIssue(
          validationIssue(sectionOrder, { id, expected }, ['sections', s, 'questions', q]),
        );
        return;
      }
    }
  }
}

/**
 * The section a question belongs to; undefined when the survey has no sections (or no such
 * question).
 *
 * @example
 * sectionOf(survey, 'q-kids')?.id; // 'needs'
 */
export function sectionOf(
  survey: Pick<NeedsSurvey, 'sections'>,
  questionId: string,
): SurveySection | undefined {
  return survey.sections?.find((section) => section.questions.includes(questionId));
}
