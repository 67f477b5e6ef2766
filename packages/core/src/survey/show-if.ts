import * as z from 'zod/mini';
import { IdSchema } from '../validation/id.js';
import type { NeedsSurvey, SurveyQuestion } from './needs-survey.js';
import type { SurveyAnswer } from './survey-response.js';

/**
 * A condition on earlier answers that decides whether a question is shown:
 * - `{ question, answered: true }` — the question was (not) answered;
 * - `{ question, equals: 'migrant' }` — a single choice (option id) or number equals a value;
 * - `{ question, in: ['a', 'b'] }` — a single choice (or number) is one of the values;
 * - `{ question, includes: 'elderly' }` — a multiple choice or ranking contains an option;
 * - `{ question, atLeast: 4 }`, `{ question, atMost: 2 }` — a rating or number bound;
 * - `{ all: [...] }`, `{ any: [...] }`, `{ not: ... }` — combinations.
 */
export type ShowIf =
  | { question: string; answered: boolean }
  | { question: string; equals: string | number }
  | { question: string; in: (string | number)[] }
  | { question: string; includes: string }
  | { question: string; atLeast: number }
  | { question: string; atMost: number }
  | { all: ShowIf[] }
  | { any: ShowIf[] }
  | { not: ShowIf };

const scalar = z.union([z.string(), z.number()]);

/**
 * The schema of a {@link ShowIf} condition (recursive).
 *
 * @example
 * ShowIfSchema.parse({ all: [{ question: 'q-residency', equals: 'migrant' }, { question: 'q-kids', atLeast: 1 }] });
 */
export const ShowIfSchema: z.ZodMiniType<ShowIf> = z
  .union([
    z.strictObject({ question: IdSchema, answered: z.boolean() }),
    z.strictObject({ question: IdSchema, equals: scalar }),
    z.strictObject({ question: IdSchema, in: z.array(scalar).check(z.minLength(1)) }),
    z.strictObject({ question: IdSchema, includes: z.string() }),
    z.strictObject({ question: IdSchema, atLeast: z.number() }),
    z.strictObject({ question: IdSchema, atMost: z.number() }),
    z.strictObject({
      get all() {
        return z.array(ShowIfSchema).check(z.minLength(1));
      },
    }),
    z.strictObject({
      get any() {
        return z.array(ShowIfSchema).check(z.minLength(1));
      },
    }),
    z.strictObject({
      get not() {
        return ShowIfSchema;
      },
    }),
  ])
  .register(z.globalRegistry, { id: 'ShowIf', description: 'A condition on earlier answers.' });

/**
 * The question ids a condition refers to (to check they come earlier).
 *
 * @example
 * referencedQuestions({ any: [{ question: 'a', answered: true }, { question: 'b', atLeast: 3 }] }); // ['a', 'b']
 */
export function referencedQuestions(condition: ShowIf): string[] {
  if ('all' in condition) return condition.all.flatMap(referencedQuestions);
  if ('any' in condition) return condition.any.flatMap(referencedQuestions);
  if ('not' in condition) return referencedQuestions(condition.not);
  return [condition.question];
}

/** Whether an answer counts as given (an empty string or empty list does not). */
export function isAnswered(answer: SurveyAnswer | undefined): boolean {
  if (answer === undefined) return false;
  if (typeof answer === 'string') return answer.trim() !== '';
  if (Array.isArray(answer)) return answer.length > 0;
  return true;
}

/**
 * Evaluates a condition against answers (answers of hidden questions must already be left
 * out, which {@link shownQuestions} does).
 *
 * @example
 * evaluateShowIf({ question: 'q-residency', equals: 'migrant' }, { 'q-residency': 'migrant' }); // true
 */
export function evaluateShowIf(
  condition: ShowIf,
  answers: Readonly<Record<string, SurveyAnswer | undefined>>,
): boolean {
  if ('all' in condition) return condition.all.every((part) => evaluateShowIf(part, answers));
  if ('any' in condition) return condition.any.some((part) => evaluateShowIf(part, answers));
  if ('not' in condition) return !evaluateShowIf(condition.not, answers);
  const answer = Object.hasOwn(answers, condition.question)
    ? answers[condition.question]
    : undefined;
  if ('answered' in condition) return isAnswered(answer) === condition.answered;
  if (!isAnswered(answer)) return false;
  if ('equals' in condition) return answer === condition.equals;
  if ('in' in condition) return !Array.isArray(answer) && condition.in.includes(answer!);
  if ('includes' in condition) return Array.isArray(answer) && answer.includes(condition.includes);
  if ('atLeast' in condition) return typeof answer === 'number' && answer >= condition.atLeast;
  return typeof answer === 'number' && answer <= condition.atMost;
}

/**
 * The questions shown to a respondent given their answers, in survey order. A question's
 * condition sees only the answers of questions shown before it, so hiding a question also
 * hides the questions that depend on it. Forms use this to show and hide questions;
 * `validateResponse` uses it to know which answers are required or unexpected.
 *
 * @example
 * shownQuestions(survey, { 'q-residency': 'long-term' }).map((q) => q.id);
 */
export function shownQuestions(
  survey: NeedsSurvey,
  answers: Readonly<Record<string, SurveyAnswer | undefined>>,
): SurveyQuestion[] {
  const visible: Record<string, SurveyAnswer | undefined> = {};
  const shown: SurveyQuestion[] = [];
  for (const question of survey.questions) {
    if (question.showIf && !evaluateShowIf(question.showIf, visible)) continue;
    shown.push(question);
    if (Object.hasOwn(answers, question.id)) visible[question.id] = answers[question.id];
  }
  return shown;
}
