import {
  communityName,
  formatMoney,
  localize,
  type Mark,
  type MeetingProject,
  type ReviewMeeting,
  type MessageParams,
} from '@qingyuan/core';
import { html, nothing, type TemplateResult } from 'lit';
import type { Locale } from '@qingyuan/core';
import { recusalFrom, type Marks } from './ballot-marks.js';
import { recusalText } from './ballot-recusal-text.js';
import type { BallotMessageKey } from './ballot.messages.js';

/** What the ballot's project cards and review are drawn from. */
export interface BallotViewContext {
  readonly meeting: ReviewMeeting;
  /** The voter (for recusal); '' for an anonymous code. */
  readonly voter: string;
  readonly marks: Marks;
  readonly locale: Locale;
  readonly t: (key: BallotMessageKey, params?: MessageParams) => string;
  /** Called when the voter changes one mark. */
  readonly onMark: (projectId: string, criterionId: string, mark: Mark) => void;
}

/**
 * One project's card: title as the legend, community (its name when the meeting names it) and amount, its summary behind a
 * "Details" disclosure, and either its marks (approval toggles or score radio groups per
 * criterion) or why the voter is recused from it.
 *
 * @example
 * html`<ol>${meeting.projects.map((p) => html`<li>${renderProject(context, p)}</li>`)}</ol>`;
 */
export function renderProject(context: BallotViewContext, project: MeetingProject): TemplateResult {
  const { meeting, locale, t } = context;
  const recusal = recusalFrom(meeting, context.voter, project);
  const recused = recusal !== undefined;
  const reasonId = `recused-${project.id}`;
  const community = communityName(meeting, project.community, locale);
  return html`<fieldset
    class="project"
    part="project"
    ?disabled=${recused}
    aria-describedby=${recused ? reasonId : nothing}
  >
    <legend>${localize(project.title, locale)}</legend>
    <dl class="summary">
      <dt>${t('community')}</dt>
      <dd>${community}</dd>
      <dt>${t('requested')}</dt>
      <dd>${formatMoney(project.requested, locale)}</dd>
    </dl>
    ${
      project.summary
        ? html`<details part="details">
            <summary>${t('details')}</summary>
            <p>${localize(project.summary, locale)}</p>
          </details>`
        : nothing
    }
    ${
      recusal
        ? html`<p class="recused" part="recused-reason" id=${reasonId}>
            ${recusalText(recusal, t, locale, community)}
          </p>`
        : html`<div class="marks">
            ${meeting.criteria.map((criterion) => {
              const name = localize(criterion.name, locale);
              return meeting.method.type === 'approval'
                ? renderToggle(context, project.id, criterion.id, name)
                : renderScale(
                    context,
                    project.id,
                    criterion.id,
                    name,
                    meeting.method.min,
                    meeting.method.max,
                  );
            })}
          </div>`
    }
  </fieldset>`;
}

function renderToggle(
  context: BallotViewContext,
  projectId: string,
  criterionId: string,
  name: string,
): TemplateResult {
  const checked = context.marks[projectId]?.[criterionId] === true;
  return html`<label class="toggle" part="toggle">
    <input
      type="checkbox"
      data-project=${projectId}
      data-criterion=${criterionId}
      .checked=${checked}
      @change=${(event: Event) =>
        context.onMark(projectId, criterionId, (event.target as HTMLInputElement).checked)}
    />
    <span>${name}</span>
  </label>`;
}

function renderScale(
  context: BallotViewContext,
  projectId: string,
  criterionId: string,
  name: string,
  min: number,
  max: number,
): TemplateResult {
  const current = context.marks[projectId]?.[criterionId];
  const scores = Array.from({ length: max - min + 1 }, (_, i) => min + i);
  return html`<fieldset class="score" part="score-group">
    <legend>${name}</legend>
    <div class="scale">
      ${scores.map(
        (score) =>
          html`<label class="option" part="score-option">
            <input
              type="radio"
              name=${`${projectId}/${criterionId}`}
              data-project=${projectId}
              data-criterion=${criterionId}
              value=${score}
              aria-label=${context.t('scoreOf', { score })}
              .checked=${current === score}
              @change=${() => context.onMark(projectId, criterionId, score)}
            />
            <span aria-hidden="true">${score}</span>
          </label>`,
      )}
    </div>
  </fieldset>`;
}
