import * as z from 'zod/mini';
import { IdSchema } from '../validation/id.js';
import { TimestampSchema } from '../domain/calendar.js';

/**
 * One answer: an option id (single choice) or text (free text); option ids (multiple choice,
 * or a ranking, best first); a number (rating, number).
 */
export const SurveyAnswerSchema = z
  .union([z.string(), z.number(), z.array(z.string())])
  .register(z.globalRegistry, { id: 'SurveyAnswer' });

/** One answer. */
export type SurveyAnswer = z.infer<typeof SurveyAnswerSchema>;

/**
 * One respondent's answers to a needs survey, by question id, with the respondent's
 * attributes (values of the survey's `attributes`). Whether the answers fit the survey is
 * checked by `validateResponse`.
 *
 * @example
 * SurveyResponseSchema.parse({
 *   id: 'r-001', survey: 'jinhuali-2007',
 *   attributes: { residency: 'migrant' },
 *   answers: { 'q-needs': ['goods', 'childcare'], 'q-kids': 2 },
 * });
 */
export const SurveyResponseSchema = z
  .object({
    id: IdSchema,
    survey: IdSchema,
    respondent: z.optional(IdSchema),
    submittedAt: z.optional(TimestampSchema),
    attributes: z._default(z.record(IdSchema, IdSchema), {}),
    answers: z.record(IdSchema, SurveyAnswerSchema),
  })
  .register(z.globalRegistry, {
    id: 'SurveyResponse',
    description: 'One respondent’s answers to a needs survey.',
  });

/** One respondent's answers. */
export type SurveyResponse = z.infer<typeof SurveyResponseSchema>;
