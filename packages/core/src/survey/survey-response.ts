import * as z from 'zod';
import { IdSchema } from '../meeting/review-meeting.js';
import { TimestampSchema } from '../domain/calendar.js';

/**
 * One answer: an option id (single choice) or text (free text); option ids (multiple choice,
 * or a ranking, best first); a number (rating, number).
 */
export const SurveyAnswerSchema = z
  .union([z.string(), z.number().finite(), z.array(z.string())])
  .meta({ id: 'SurveyAnswer' });

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
    respondent: IdSchema.optional(),
    submittedAt: TimestampSchema.optional(),
    attributes: z.record(IdSchema, IdSchema).default({}),
    answers: z.record(IdSchema, SurveyAnswerSchema),
  })
  .meta({ id: 'SurveyResponse', description: 'One respondent’s answers to a needs survey.' });

/** One respondent's answers. */
export type SurveyResponse = z.infer<typeof SurveyResponseSchema>;
