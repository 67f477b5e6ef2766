import type { Context } from 'hono';
import type { CrossTabBy, NeedsSurvey } from '@qingyuan/core';
import type { BallotBoxEnv } from './app-env.js';
import { httpProblem } from './error-responses.js';

/**
 * The cross-tabulation asked with `?by=attribute:<id>` or `?by=question:<id>` (a single-choice
 * question), or `undefined` without `by`; throws the `400` answer naming what the survey lacks.
 *
 * @example
 * crossTabQuery(c, survey, 'attribute:residency'); // { attribute: 'residency' }
 * crossTabQuery(c, survey, 'question:q-idea'); // throws 400: not a single-choice question
 */
export function crossTabQuery(
  c: Context<BallotBoxEnv>,
  survey: NeedsSurvey,
  by: string | undefined,
): CrossTabBy | undefined {
  if (by === undefined || by === '') return undefined;
  const [kind, id = ''] = by.split(/:(.*)/s);
  if (kind === 'attribute' && survey.attributes.some((attribute) => attribute.id === id)) {
    return { attribute: id };
  }
  const question = survey.questions.find((candidate) => candidate.id === id);
  if (kind === 'question' && question?.type === 'single-choice') return { question: id };
  const en = `by must be attribute:<id> of a respondent attribute or question:<id> of a single-choice question of survey ${survey.id}; "${by}" is neither`;
  const zh = `by 应为 attribute:<受访者属性> 或 question:<单选题>（问卷 ${survey.id}），“${by}”都不是`;
  throw httpProblem(
    c,
    400,
    'invalid-request',
    { en: 'The query is not valid', 'zh-CN': '查询参数不符合要求' },
    {
      problems: [
        {
          path: ['by'],
          pointer: '/by',
          code: 'custom',
          message: c.var.locale === 'zh-CN' ? zh : en,
        },
      ],
    },
  );
}
