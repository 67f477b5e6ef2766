import {
  localize,
  pbListCostLimit,
  Rational,
  type PbBallotJSON,
  type PbBallotRule,
  type Violation,
  type MessageParams,
} from '@qingyuan/core';
import { html, nothing, type TemplateResult } from 'lit';
import type { Locale } from '@qingyuan/core';
import { listOf, type PbChoices } from './pb-ballot-choices.js';
import type { PbBallotMessageKey } from './pb-ballot.messages.js';
import { CITY_LIST, type PbBallotSheet, type PbSheetProject } from './pb-ballot-sheet.js';
import { formatPbCost } from './pb-cost.js';
import { isShortfall, type PlacedViolations } from './pb-ballot-violations.js';

/** What the views of `<qy-pb-ballot>` read and may do. */
export interface PbViewContext {
  readonly sheet: PbBallotSheet;
  readonly locale: Locale;
  readonly t: (key: PbBallotMessageKey, params?: MessageParams) => string;
  readonly lists: readonly string[];
  readonly choices: PbChoices;
  readonly ballot: PbBallotJSON;
  readonly placed: PlacedViolations;
  /** Whether "too little" problems are shown (after the voter asked to review). */
  readonly showShortfalls: boolean;
  readonly onChosen: (id: string, on: boolean) => void;
  readonly onPoints: (id: string, points: number) => void;
  readonly onRank: (id: string, on: boolean) => void;
  readonly onMove: (id: string, step: -1 | 1, focus: 'up' | 'down') => void;
}

/** The element id of a project's pieces: by its place on the sheet (ids may hold any text). */
export function projectDomId(sheet: PbBallotSheet, id: string): string {
  return `p${sheet.projects.findIndex((project) => project.id === id)}`;
}

/** A list's element id: by its place among the voter's lists. */
export function listDomId(context: PbViewContext, list: string): string {
  return `l${context.lists.indexOf(list)}`;
}

/** A list's name: "Projects of North", "City-wide projects", or "Projects" when it is the only one. */
export function listName(context: PbViewContext, list: string): string {
  const { t, sheet, locale } = context;
  if (list === CITY_LIST) return context.lists.length === 1 ? t('onlyList') : t('cityList');
  const name = sheet.texts.districts?.[list];
  return t('districtList', { district: name ? localize(name, locale) : list });
}

/** A project's title (its id when the sheet gives none). */
export function projectTitle(
  context: Pick<PbViewContext, 'locale'>,
  project: PbSheetProject,
): string {
  return project.title ? localize(project.title, context.locale) : project.id;
}

/** Formats a cost in the sheet's currency. */
export function cost(context: Pick<PbViewContext, 'sheet' | 'locale'>, value: Rational): string {
  return formatPbCost(value, context.sheet.texts.currency, context.locale);
}

/** The violations to show now (shortfalls only after the voter asked to review). */
function shown(context: PbViewContext, found: readonly Violation<PbBallotRule>[] | undefined) {
  return (found ?? []).filter((v) => context.showShortfalls || !isShortfall(v));
}

/** Core's messages beside a field, in the voter's language. */
export function renderErrors(
  context: PbViewContext,
  violations: readonly Violation<PbBallotRule>[],
  id: string,
): TemplateResult | typeof nothing {
  if (violations.length === 0) return nothing;
  return html`<ul class="field-error" part="field-error" id=${id}>
    ${violations.map((v) => html`<li>${v.message[context.locale]}</li>`)}
  </ul>`;
}

function categoryNames(context: PbViewContext, project: PbSheetProject): string {
  return (project.categories ?? [])
    .map((c) => {
      const name = context.sheet.texts.categories?.[c];
      return name ? localize(name, context.locale) : c;
    })
    .join(context.locale === 'zh-CN' ? '、' : ', ');
}

/** Cost and categories of a project, under its title (its description follows). */
function about(context: PbViewContext, project: PbSheetProject, domId: string): TemplateResult {
  const categories = categoryNames(context, project);
  const description = project.description ? localize(project.description, context.locale) : '';
  return html`<p class="about" id=${`${domId}-about`}>
    <span>${context.t('cost', { cost: cost(context, project.cost) })}</span>
    ${categories ? html`<span>${context.t('categories', { categories })}</span>` : nothing}
    ${description ? html`<span class="description">${description}</span>` : nothing}
  </p>`;
}

/** What a list may hold, in words (from the rules' limits). */
function limitsText(context: PbViewContext): string[] {
  const { rules } = context.sheet.election;
  const { t } = context;
  const texts: string[] = [];
  const { minLength: min, maxLength: max } = rules;
  if (rules.format === 'ordinal' && max !== undefined && !min) texts.push(t('rankAtMost', { max }));
  else if (min && max !== undefined) texts.push(t('countBetween', { min, max }));
  else if (min) texts.push(t('countAtLeast', { min }));
  else if (max !== undefined) texts.push(t('countAtMost', { max }));
  if (rules.format === 'cumulative') {
    if (rules.maxPoints !== undefined) texts.push(t('pointsPerProject', { max: rules.maxPoints }));
    if ((rules.minPoints ?? 1) > 1) texts.push(t('pointsMin', { min: rules.minPoints! }));
  }
  return texts;
}

/**
 * The projects the ballot holds, in the ballot's order, each with its points (cumulative): of
 * one list, or of every list when `list` is not given.
 *
 * @example
 * castOf(context, CITY_LIST).map(({ project }) => project.id); // ['c2', 'c1']
 */
export function castOf(
  context: Pick<PbViewContext, 'sheet' | 'ballot'>,
  list?: string,
): { project: PbSheetProject; points: number | undefined }[] {
  const { sheet, ballot } = context;
  return ballot.projects.flatMap((id, i) => {
    const project = sheet.byId.get(id);
    return project && (list === undefined || listOf(project) === list)
      ? [{ project, points: ballot.points?.[i] }]
      : [];
  });
}

/** The running budget of a knapsack list: text (announced politely) and a bar. */
function renderBudget(context: PbViewContext, list: string): TemplateResult | typeof nothing {
  const { election } = context.sheet;
  const limit = pbListCostLimit(election, list === CITY_LIST ? undefined : list);
  if (!limit) return nothing;
  const used = castOf(context, list).reduce((sum, c) => sum.add(c.project.cost), Rational.ZERO);
  const left = limit.sub(used);
  const over = left.sign() < 0;
  const share = limit.isZero() ? 1 : Math.min(1, used.toNumber() / limit.toNumber());
  const { t } = context;
  const min = election.rules.minSumCost;
  return html`<div class="budget" part="budget">
    <p class="budget-text" role="status">
      ${t('budgetUsed', { used: cost(context, used), limit: cost(context, limit) })} ·
      <strong class=${over ? 'over' : ''}
        >${
          over
            ? t('budgetOver', { over: cost(context, left.neg()) })
            : t('budgetLeft', { left: cost(context, left) })
        }</strong
      >
    </p>
    <div class="bar" part="budget-bar" aria-hidden="true">
      <span
        class=${over ? 'fill over' : 'fill'}
        style="inline-size:${(share * 100).toFixed(2)}%"
      ></span>
    </div>
    ${min ? html`<p class="hint">${t('budgetMin', { min: cost(context, min) })}</p>` : nothing}
  </div>`;
}

/** The points left of a cumulative list (announced politely). */
function renderPointsLeft(context: PbViewContext, list: string): TemplateResult | typeof nothing {
  const total = context.sheet.election.rules.maxSumPoints;
  if (total === undefined) return nothing;
  const given = castOf(context, list).reduce(
    (sum, c) => sum + (context.choices.points[c.project.id] ?? 0),
    0,
  );
  const left = total - given;
  return html`<p class="points-left" part="points-left" role="status">
    ${
      left < 0
        ? html`<strong class="over">${context.t('pointsOver', { over: -left, total })}</strong>`
        : context.t('pointsLeft', { left, total })
    }
  </p>`;
}

function describedBy(domId: string, errors: boolean): string {
  return errors ? `${domId}-about ${domId}-error` : `${domId}-about`;
}

function renderTick(context: PbViewContext, project: PbSheetProject): TemplateResult {
  const domId = projectDomId(context.sheet, project.id);
  const errors = shown(context, context.placed.projects.get(project.id));
  const on = context.choices.chosen.includes(project.id);
  return html`<li class="project" part="project" data-project=${project.id}>
    <label class="toggle" part="toggle">
      <input
        type="checkbox"
        .checked=${on}
        aria-describedby=${describedBy(domId, errors.length > 0)}
        aria-invalid=${errors.length > 0 ? 'true' : 'false'}
        @change=${(e: Event) => context.onChosen(project.id, (e.target as HTMLInputElement).checked)}
      />
      <span class="name">${projectTitle(context, project)}</span>
    </label>
    ${about(context, project, domId)} ${renderErrors(context, errors, `${domId}-error`)}
  </li>`;
}

function renderPoints(context: PbViewContext, project: PbSheetProject): TemplateResult {
  const domId = projectDomId(context.sheet, project.id);
  const errors = shown(context, context.placed.projects.get(project.id));
  const points = context.choices.points[project.id] ?? 0;
  const title = projectTitle(context, project);
  const { t } = context;
  const { maxPoints } = context.sheet.election.rules;
  return html`<li class="project" part="project" data-project=${project.id}>
    <label class="name" for=${`${domId}-points`}>${title}</label>
    ${about(context, project, domId)}
    <div class="stepper" part="stepper">
      <button
        type="button"
        aria-label=${t('fewerPoints', { project: title })}
        @click=${() => context.onPoints(project.id, Math.max(0, points - 1))}
      >
        −
      </button>
      <input
        id=${`${domId}-points`}
        part="points-input"
        type="number"
        inputmode="numeric"
        min="0"
        max=${maxPoints ?? nothing}
        step="1"
        .value=${String(points)}
        aria-describedby=${describedBy(domId, errors.length > 0)}
        aria-invalid=${errors.length > 0 ? 'true' : 'false'}
        @input=${(e: Event) => {
          const value = (e.target as HTMLInputElement).valueAsNumber;
          context.onPoints(project.id, Number.isFinite(value) ? value : 0);
        }}
      />
      <button
        type="button"
        aria-label=${t('morePoints', { project: title })}
        @click=${() => context.onPoints(project.id, points + 1)}
      >
        +
      </button>
    </div>
    ${renderErrors(context, errors, `${domId}-error`)}
  </li>`;
}

function renderRanking(
  context: PbViewContext,
  list: string,
  projects: PbSheetProject[],
): TemplateResult {
  const { t } = context;
  const lid = listDomId(context, list);
  const ranked = castOf(context, list).map((c) => c.project);
  const rest = projects.filter((p) => !context.choices.ranked.includes(p.id));
  const keys = (project: PbSheetProject) => (e: KeyboardEvent) => {
    if (!e.altKey || (e.key !== 'ArrowUp' && e.key !== 'ArrowDown')) return;
    e.preventDefault();
    const step = e.key === 'ArrowUp' ? -1 : 1;
    context.onMove(project.id, step, step === -1 ? 'up' : 'down');
  };
  return html`<h4 id=${`${lid}-ranking`}>${t('myRanking')}</h4>
    <p class="hint" id=${`${lid}-rank-help`}>${t('rankHelp')}</p>
    ${
      ranked.length === 0
        ? html`<p class="empty">${t('rankingEmpty')}</p>`
        : html`<ol class="projects ranking" part="ranking" aria-labelledby=${`${lid}-ranking`}>
            ${ranked.map((project, i) => {
              const domId = projectDomId(context.sheet, project.id);
              const errors = shown(context, context.placed.projects.get(project.id));
              const title = projectTitle(context, project);
              return html`<li
                class="project ranked"
                part="project"
                data-project=${project.id}
                @keydown=${keys(project)}
              >
                <p class="name">
                  <span class="rank">${t('rankOf', { rank: i + 1 })}</span>
                  <span>${title}</span>
                </p>
                ${about(context, project, domId)}
                <div class="rank-actions">
                  <button
                    type="button"
                    data-move="up"
                    data-project=${project.id}
                    aria-label=${t('moveUp', { project: title })}
                    aria-describedby=${`${lid}-rank-help`}
                    ?disabled=${i === 0}
                    @click=${() => context.onMove(project.id, -1, 'up')}
                  >
                    ${t('up')}
                  </button>
                  <button
                    type="button"
                    data-move="down"
                    data-project=${project.id}
                    aria-label=${t('moveDown', { project: title })}
                    aria-describedby=${`${lid}-rank-help`}
                    ?disabled=${i === ranked.length - 1}
                    @click=${() => context.onMove(project.id, 1, 'down')}
                  >
                    ${t('down')}
                  </button>
                  <button
                    type="button"
                    data-remove=${project.id}
                    aria-label=${t('removeFromRanking', { project: title })}
                    @click=${() => context.onRank(project.id, false)}
                  >
                    ${t('remove')}
                  </button>
                </div>
                ${renderErrors(context, errors, `${domId}-error`)}
              </li>`;
            })}
          </ol>`
    }
    ${
      rest.length === 0
        ? nothing
        : html`<h4 id=${`${lid}-rest`}>${t('notRanked')}</h4>
            <ul class="projects" aria-labelledby=${`${lid}-rest`}>
              ${rest.map((project) => {
                const domId = projectDomId(context.sheet, project.id);
                const title = projectTitle(context, project);
                return html`<li class="project" part="project" data-project=${project.id}>
                  <p class="name">${title}</p>
                  ${about(context, project, domId)}
                  <div class="rank-actions">
                    <button
                      type="button"
                      data-add=${project.id}
                      aria-label=${t('addToRanking', { project: title })}
                      @click=${() => context.onRank(project.id, true)}
                    >
                      ${t('add')}
                    </button>
                  </div>
                </li>`;
              })}
            </ul>`
    }`;
}

/**
 * One list of the ballot (a district's, or the city-wide one): its name, its limits in words,
 * the running budget (knapsack) or points left (cumulative), core's problems with the list
 * beside it, and its projects as ticks, point steppers or a ranking with move buttons.
 *
 * @example
 * context.lists.map((list) => renderPbList(context, list));
 */
export function renderPbList(context: PbViewContext, list: string): TemplateResult {
  const lid = listDomId(context, list);
  const { format } = context.sheet.election.rules;
  const projects = context.sheet.projects.filter((p) => listOf(p) === list);
  const errors = shown(context, context.placed.lists.get(list));
  const limits = limitsText(context);
  return html`<section
    class="list"
    part="list"
    aria-labelledby=${`${lid}-title`}
    aria-describedby=${errors.length > 0 ? `${lid}-error` : nothing}
    data-list=${list}
  >
    <h3 id=${`${lid}-title`}>${listName(context, list)}</h3>
    ${limits.length > 0 ? html`<p class="hint">${limits.join(' ')}</p>` : nothing}
    ${format === 'knapsack' ? renderBudget(context, list) : nothing}
    ${format === 'cumulative' ? renderPointsLeft(context, list) : nothing}
    ${renderErrors(context, errors, `${lid}-error`)}
    ${
      format === 'ordinal'
        ? renderRanking(context, list, projects)
        : html`<ul class="projects">
            ${projects.map((project) =>
              format === 'cumulative'
                ? renderPoints(context, project)
                : renderTick(context, project),
            )}
          </ul>`
    }
  </section>`;
}

/**
 * The per-category limits: each category's limit with what the ballot takes of it so far, and
 * core's problem with it beside it.
 *
 * @example
 * renderCategoryLimits(context);
 */
export function renderCategoryLimits(context: PbViewContext): TemplateResult | typeof nothing {
  const limits = Object.entries(context.sheet.election.rules.categoryLimits ?? {});
  if (limits.length === 0) return nothing;
  const { t, sheet, locale } = context;
  const cast = castOf(context).map((c) => c.project);
  return html`<section class="categories" part="categories" aria-labelledby="categories-title">
    <h3 id="categories-title">${t('categoryLimits')}</h3>
    <ul>
      ${limits.map(([category, limit], i) => {
        const name = sheet.texts.categories?.[category];
        const label = name ? localize(name, locale) : category;
        const inCategory = cast.filter((p) => p.categories?.includes(category));
        const spent = inCategory.reduce((sum, p) => sum.add(p.cost), Rational.ZERO);
        const errors = shown(context, context.placed.categories.get(category));
        return html`<li data-category=${category}>
          ${
            limit.maxCount === undefined
              ? nothing
              : html`<p>
                  ${t('categoryCount', { category: label, count: inCategory.length, max: limit.maxCount })}
                </p>`
          }
          ${
            limit.maxCost === undefined
              ? nothing
              : html`<p>
                  ${t('categoryCost', { category: label, cost: cost(context, spent), max: cost(context, limit.maxCost) })}
                </p>`
          }
          ${renderErrors(context, errors, `c${i}-error`)}
        </li>`;
      })}
    </ul>
  </section>`;
}
