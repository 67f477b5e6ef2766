import { localize, type SurveyQuestion } from '@qingyuan/core';
import { html, nothing, type TemplateResult } from 'lit';
import type { QuestionContext } from './question-context.js';
import { describedBy, questionHelpAndError, questionLabel } from './question-frame.js';

/** A ranking question. */
export type RankingQuestion = Extract<SurveyQuestion, { type: 'ranking' }>;

/** The selector of one option's button in a ranking question. */
function rankingButton(questionId: string, optionId: string, action: string): string {
  return `[data-question="${questionId}"] li[data-option="${optionId}"] button[data-action="${action}"]`;
}

/** Moves a ranked option up or down; focus stays on the moved option (the other way at an edge). */
function moveRanked(
  context: QuestionContext,
  questionId: string,
  ranked: readonly string[],
  index: number,
  by: -1 | 1,
  labelOf: (id: string) => string,
): void {
  const target = index + by;
  if (target < 0 || target >= ranked.length) return;
  const next = [...ranked];
  const [moved] = next.splice(index, 1);
  next.splice(target, 0, moved!);
  context.setAnswer(questionId, next);
  const atEdge = target === 0 || target === next.length - 1;
  const action = atEdge ? (by < 0 ? 'down' : 'up') : by < 0 ? 'up' : 'down';
  context.focus(rankingButton(questionId, moved!, action));
  context.announce(context.t('movedTo', { option: labelOf(moved!), position: target + 1 }));
}

function addRanked(
  context: QuestionContext,
  questionId: string,
  ranked: readonly string[],
  optionId: string,
  labelOf: (id: string) => string,
): void {
  const next = [...ranked, optionId];
  context.setAnswer(questionId, next);
  context.focus(rankingButton(questionId, optionId, next.length > 1 ? 'up' : 'remove'));
  context.announce(context.t('movedTo', { option: labelOf(optionId), position: next.length }));
}

function removeRanked(
  context: QuestionContext,
  questionId: string,
  ranked: readonly string[],
  index: number,
): void {
  const next = ranked.filter((_, i) => i !== index);
  const removed = ranked[index]!;
  context.setAnswer(questionId, next.length > 0 ? next : undefined);
  context.focus(rankingButton(questionId, removed, 'add'));
  context.announce('');
}

/**
 * A ranking question as two lists with buttons (no dragging needed): the ranked options with
 * up, down and remove, the others with add. Each move is announced and keeps focus on the
 * option moved.
 *
 * @example
 * renderRankingQuestion(question, undefined, context);
 */
export function renderRankingQuestion(
  question: RankingQuestion,
  error: string | undefined,
  context: QuestionContext,
): TemplateResult {
  const { t } = context;
  const answer = context.answer(question.id);
  const ranked = Array.isArray(answer) ? answer : [];
  const labelOf = (id: string) => {
    const option = question.options.find((o) => o.id === id);
    return option ? localize(option.label, context.locale) : id;
  };
  const unranked = question.options.filter((option) => !ranked.includes(option.id));
  const needed = question.minRanked ?? question.options.length;
  const rankHelpId = `rank-help-${question.id}`;
  const described = [rankHelpId, describedBy(question, error)]
    .filter((id) => id !== nothing)
    .join(' ');
  const button = (
    action: string,
    label: string,
    text: string,
    onClick: () => void,
    disabled = false,
  ) =>
    html`<button
      type="button"
      class="small"
      data-action=${action}
      aria-label=${label}
      aria-describedby=${described}
      ?disabled=${disabled}
      @click=${onClick}
    >
      <span aria-hidden="true">${text}</span>
    </button>`;
  return html`<fieldset
    class="question ranking"
    part="question ranking"
    data-question=${question.id}
    aria-invalid=${error ? 'true' : nothing}
  >
    <legend>${questionLabel(question, context)}</legend>
    <p class="help" id=${rankHelpId}>${t('rankingHelp', { count: needed })}</p>
    ${questionHelpAndError(question, error, context)}
    <h3 class="list-title">${t('ranked')}</h3>
    ${
      ranked.length === 0
        ? html`<p class="empty">${t('rankedNothing')}</p>`
        : html`<ol class="ranked">
            ${ranked.map((id, index) => {
              const label = labelOf(id);
              return html`<li data-option=${id}>
                <span class="rank" aria-hidden="true">${index + 1}</span>
                <span class="label">${label}</span>
                <span class="buttons">
                  ${button(
                    'up',
                    t('moveUp', { option: label }),
                    '↑',
                    () => moveRanked(context, question.id, ranked, index, -1, labelOf),
                    index === 0,
                  )}
                  ${button(
                    'down',
                    t('moveDown', { option: label }),
                    '↓',
                    () => moveRanked(context, question.id, ranked, index, 1, labelOf),
                    index === ranked.length - 1,
                  )}
                  ${button('remove', t('removeFromRanking', { option: label }), '✕', () =>
                    removeRanked(context, question.id, ranked, index),
                  )}
                </span>
              </li>`;
            })}
          </ol>`
    }
    ${
      unranked.length > 0
        ? html`<h3 class="list-title">${t('unranked')}</h3>
            <ul class="unranked">
              ${unranked.map((option) => {
                const label = localize(option.label, context.locale);
                return html`<li data-option=${option.id}>
                  <span class="label">${label}</span>
                  <span class="buttons">
                    ${button('add', t('addToRanking', { option: label }), '＋', () =>
                      addRanked(context, question.id, ranked, option.id, labelOf),
                    )}
                  </span>
                </li>`;
              })}
            </ul>`
        : nothing
    }
  </fieldset>`;
}
