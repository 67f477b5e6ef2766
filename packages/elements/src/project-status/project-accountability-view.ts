/**
 * The public accountability view of a funded project, which `<qy-project-status>` imports on
 * demand (`import('./project-accountability-view.js')`), only once the project it shows is
 * funded: a page showing a project before its grant never downloads it.
 *
 * @example
 * const { renderAccountability } = await import('./project-accountability-view.js');
 */
import {
  accountabilityOfPublicView,
  localize,
  parseDocument,
  projectCommonChecks,
  projectAccountability,
  PublicProjectViewSchema,
  type AccountabilityChange,
  type AccountabilityExpense,
  type AccountabilityIndicator,
  type AccountabilityLine,
  type AccountabilityTermination,
  type GovernanceBody,
  type Locale,
  type MessageParams,
  type Money,
  type Participant,
  type ProjectAccountability,
  type ProjectEvent,
  type ProjectState,
  type ProjectStatus,
} from '@qingyuan/core';
import { html, nothing, type TemplateResult } from 'lit';
import { renderHeading } from '../internal/heading-view.js';
import { translate, type MessageOverrides } from '../i18n/messages.js';
import {
  projectAccountabilityMessages,
  type ProjectAccountabilityMessageKey,
} from './project-accountability.messages.js';
import { projectAccountabilityStyles } from './project-accountability.styles.js';

/** What the view reads of `<qy-project-status>`: its settings and context. */
export interface AccountabilityHost {
  readonly locale: Locale;
  readonly messages: MessageOverrides | undefined;
  /** The element's heading level: the view's heading is one below, its sections two. */
  readonly headingLevel: number;
  readonly bodies: readonly GovernanceBody[];
  readonly participants: readonly Participant[] | undefined;
  readonly documents: { readonly participants?: readonly Participant[] | undefined };
  readonly renderRoot: HTMLElement | DocumentFragment;
}

/** What the view is drawn from: the element's reading of its input. */
export interface AccountabilityInput {
  /** The project's state (replayed from its history, or just a status). */
  readonly state: ProjectState;
  /** The history it was replayed from (for the reasons the state does not keep). */
  readonly events?: readonly ProjectEvent[] | undefined;
  /** The document read when it was not a history: a public project view, or a bare status. */
  readonly source?: unknown;
}

/** The view's context: the host's settings, the participants to name and its texts. */
interface Context {
  readonly locale: Locale;
  readonly headingLevel: number;
  readonly bodies: readonly GovernanceBody[];
  readonly participants: readonly Participant[];
  readonly state: ProjectState;
  readonly since: readonly (readonly [ProjectStatus, string])[];
  readonly statusLabel: (status: ProjectStatus) => string;
}

type T = (key: ProjectAccountabilityMessageKey, params?: MessageParams) => string;

/**
 * Adopts the view's style sheet into the element's shadow root (once): the element's own
 * styles do not carry it, so a page that never shows the view never downloads it.
 */
function adoptStyles(root: ShadowRoot): void {
  const sheet = projectAccountabilityStyles.styleSheet;
  if (sheet && !root.adoptedStyleSheets.includes(sheet)) {
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  }
}

/** What the view shows, or why the public view given cannot be read; `undefined`: not funded. */
function readAccountability(
  input: AccountabilityInput,
  locale: Locale,
): ProjectAccountability | { issues: string[] } | undefined {
  if (input.events) return projectAccountability(input.state, input.events);
  const source = input.source as { grant?: unknown } | null | undefined;
  if (!source || typeof source !== 'object' || !('grant' in source)) return undefined;
  const parsed = parseDocument(PublicProjectViewSchema, source, { locale });
  if (!parsed.ok) {
    return { issues: parsed.issues.map((i) => (i.where ? `${i.where}: ${i.message}` : i.message)) };
  }
  return accountabilityOfPublicView(parsed.value);
}

/**
 * The accountability view of a funded project, below the element's steps: the stage timeline;
 * the spending (granted, disbursed, spent, remaining) as a sentence and as patterned bars with
 * their values beside them, each budget line, and the expense lines behind a disclosure; the
 * indicators against their targets; the scope changes with who asked, who decided and why; the
 * termination steps when there are any. Money, numbers and dates in the locale's formats.
 * Nothing before the grant.
 *
 * @example
 * renderAccountability(this, { state, events, since });
 */
export function renderAccountability(
  host: AccountabilityHost,
  progress: AccountabilityInput,
): TemplateResult | typeof nothing {
  const locale = host.locale;
  const read = readAccountability(progress, locale);
  if (read === undefined) return nothing;
  if (host.renderRoot instanceof ShadowRoot) adoptStyles(host.renderRoot);
  const t: T = (key, params) =>
    translate(
      projectAccountabilityMessages,
      host.messages as MessageOverrides<ProjectAccountabilityMessageKey> | undefined,
      locale,
      key,
      params,
    );
  const input: Context = {
    locale,
    headingLevel: host.headingLevel,
    bodies: host.bodies,
    participants: host.participants ?? host.documents.participants ?? [],
    state: progress.state,
    since: timeline(progress.events ?? []),
    statusLabel: (status) => projectCommonChecks.statuses[status][locale],
  };
  const level = input.headingLevel;
  const heading = (depth: number, id: string, key: ProjectAccountabilityMessageKey) =>
    renderHeading(level, depth, t(key), { id });
  if ('issues' in read) {
    return html`<section part="accountability" class="accountability" aria-labelledby="acc-title">
      ${heading(1, 'acc-title', 'accountabilityHeading')}
      <div part="error" class="qy-error" role="alert">
        <p>${t('badView')}</p>
        <ul>
          ${read.issues.map((issue) => html`<li>${issue}</li>`)}
        </ul>
      </div>
    </section>`;
  }
  const f = formats(input.locale);
  // a participant's or a team member's name, else the id (as core's rules name them); a public
  // view names nobody (roles only): the caller says the role then
  const who = (id: string) => {
    const name =
      input.participants.find((p) => p.id === id)?.name ??
      input.state.team?.members.find((m) => m.participant === id)?.name;
    return name === undefined ? id : localize(name, input.locale);
  };
  return html`<section part="accountability" class="accountability" aria-labelledby="acc-title">
    ${heading(1, 'acc-title', 'accountabilityHeading')}
    ${heading(2, 'acc-stage', 'timelineHeading')} ${renderTimeline(input, read, f, t)}
    ${heading(2, 'acc-money', 'moneyHeading')} ${renderMoney(read, f, t)}
    ${
      read.indicators.length === 0
        ? nothing
        : html`${heading(2, 'acc-indicators', 'indicatorsHeading')}
            <ul part="indicators" class="indicators">
              ${read.indicators.map((indicator) => renderIndicator(indicator, input.locale, f, t))}
            </ul>`
    }
    ${
      read.changes === null
        ? nothing
        : html`${heading(2, 'acc-changes', 'changesHeading')}
          ${renderChanges(read.changes, input.locale, f, t, who)}`
    }
    ${
      read.termination
        ? html`${heading(2, 'acc-termination', 'terminationHeading')}
          ${renderTermination(read.termination, input, f, t, who)}`
        : nothing
    }
    ${
      read.expenses === null
        ? html`<p class="note">${t('notPublished')}</p>`
        : progress.events
          ? nothing
          : html`<p class="note">${t('rolesOnly')}</p>`
    }
  </section>`;
}

/**
 * The statuses the exceptional events lead to (core's `projectLifecycle`, whose rules this
 * view does not load: the element replayed the history with them already).
 */
const exceptionalSteps: Partial<Record<string, ProjectStatus>> = {
  'carried-over': 'submitted',
  terminated: 'terminated',
};

/**
 * Each status of an accepted history with when it began (`[status, at]`): the draft from its
 * first event, then each event that moves the project (core's lifecycle transitions).
 */
function timeline(events: readonly ProjectEvent[]): [ProjectStatus, string][] {
  const since: [ProjectStatus, string][] = [];
  const steps = projectCommonChecks.transitions as Partial<Record<string, { to: string }>>;
  for (const [index, event] of events.entries()) {
    const to = steps[event.type]?.to ?? exceptionalSteps[event.type] ?? 'same';
    const status = to === 'same' ? (index === 0 ? 'draft' : undefined) : (to as ProjectStatus);
    if (status && status !== since.at(-1)?.[0]) since.push([status, event.at]);
  }
  return since;
}

/** The locale's formats of money, numbers, shares and days. */
interface Formats {
  locale: Locale;
  money: (money: Money) => string;
  number: (value: number) => string;
  percent: (share: number) => string;
  day: (at: string) => string;
}

function formats(locale: Locale): Formats {
  const number = new Intl.NumberFormat(locale);
  const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
  const day = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' });
  return {
    locale,
    money: (money) => {
      // core's formatMoney(money, locale), here so that the page does not split core's money
      // modules into a file of their own (this view is the only other importer on the page)
      const format = new Intl.NumberFormat(locale, { style: 'currency', currency: money.currency });
      return format.format(
        money.amount / 10 ** (format.resolvedOptions().maximumFractionDigits ?? 2),
      );
    },
    number: (value) => number.format(value),
    percent: (share) => percent.format(share),
    // the day as written (`2007-04-20T10:00:00+08:00` → 20 Apr 2007), whatever the time zone
    day: (at) => day.format(new Date(`${at.slice(0, 10)}T00:00:00Z`)),
  };
}

function renderTimeline(
  input: Context,
  read: ProjectAccountability,
  f: Formats,
  t: T,
): TemplateResult {
  if (input.since.length === 0) {
    return html`<p>${t('currentStage', { stage: input.statusLabel(read.status) })}</p>`;
  }
  return html`<ol part="timeline" class="timeline">
    ${input.since.map(([status, at], index) => {
      const current = index === input.since.length - 1;
      // the step list above marks the current step (`aria-current`); here it is said in words
      return html`<li>
        ${
          current
            ? html`<strong>${t('currentStage', { stage: input.statusLabel(status) })}</strong>`
            : input.statusLabel(status)
        }
        <time datetime=${at.slice(0, 10)}>${f.day(at)}</time>
      </li>`;
    })}
  </ol>`;
}

/** A labelled bar: its share of the grant drawn (patterned), its value and share in words beside. */
function bar(
  kind: 'disbursed' | 'spent',
  money: Money,
  granted: Money,
  f: Formats,
  t: T,
): TemplateResult {
  const share = granted.amount === 0 ? 0 : money.amount / granted.amount;
  return html`<div class="bar-row ${kind}" part="bar-row">
    <span>${t(kind)}</span>
    <span class="bar" part="bar" aria-hidden="true"
      ><span style="inline-size:${Math.min(100, Math.round(share * 100))}%"></span
    ></span>
    <span class="value">${f.money(money)} · ${t('ofGrant', { percent: f.percent(share) })}</span>
  </div>`;
}

function renderMoney(read: ProjectAccountability, f: Formats, t: T): TemplateResult {
  const over = read.remaining.amount < 0;
  const params = {
    granted: f.money(read.granted),
    disbursed: f.money(read.disbursed),
    spent: f.money(read.spent),
    remaining: f.money(read.remaining),
    over: f.money({ ...read.remaining, amount: -read.remaining.amount }),
  };
  return html`<p part="money-summary" class=${over ? 'over' : nothing}>
      ${t(over ? 'moneyOver' : 'moneySummary', params)}
    </p>
    <div class="bars" part="bars">
      ${bar('disbursed', read.disbursed, read.granted, f, t)}
      ${bar('spent', read.spent, read.granted, f, t)}
    </div>
    ${
      read.lines.length === 0
        ? nothing
        : html`<p class="caption" id="acc-lines-caption">${t('linesCaption')}</p>
            ${stackTable(
              'lines',
              'aria-labelledby',
              'acc-lines-caption',
              [t('line'), t('budgeted'), t('spentFromGrant')],
              read.lines.map((line) => [
                localize(line.item, f.locale),
                f.money(line.budget),
                f.money(line.spent),
              ]),
              1,
            )}`
    }
    ${read.expenses === null ? nothing : renderExpenses(read.expenses, read.lines, f, t)}`;
}

type Cell = string | TemplateResult;

/**
 * A table of labelled rows: a grid in a wide container; in a narrow one (a phone) each row is a
 * block, its first cell a heading line and each other cell with its column's label before it
 * (shown only: screen readers read the header cells, which the explicit roles keep as a table
 * whatever the CSS display), so it never scrolls sideways.
 */
function stackTable(
  part: string,
  labelBy: 'aria-labelledby' | 'aria-label',
  label: string,
  columns: readonly string[],
  rows: readonly (readonly Cell[])[],
  /** The first column of amounts (aligned to the end, kept on one line). */
  numericFrom: number,
): TemplateResult {
  const num = (i: number) => (i >= numericFrom ? 'num' : nothing);
  return html`<table
    part=${part}
    class="stack"
    role="table"
    aria-labelledby=${labelBy === 'aria-labelledby' ? label : nothing}
    aria-label=${labelBy === 'aria-label' ? label : nothing}
  >
    <thead role="rowgroup">
      <tr role="row">
        ${columns.map(
          (column, i) => html`<th scope="col" role="columnheader" class=${num(i)}>${column}</th>`,
        )}
      </tr>
    </thead>
    <tbody role="rowgroup">
      ${rows.map(
        ([first, ...rest]) =>
          html`<tr role="row">
            <th scope="row" role="rowheader">${first}</th>
            ${rest.map(
              (cell, i) =>
                html`<td role="cell" class=${num(i + 1)} data-label=${columns[i + 1]!}>
                  ${cell}
                </td>`,
            )}
          </tr>`,
      )}
    </tbody>
  </table>`;
}

function renderExpenses(
  expenses: readonly AccountabilityExpense[],
  lines: readonly AccountabilityLine[],
  f: Formats,
  t: T,
): TemplateResult {
  if (expenses.length === 0) return html`<p>${t('noExpenses')}</p>`;
  const locale = f.locale;
  const summary = t('expensesSummary', { count: f.number(expenses.length) });
  const lineName = (id: string) => {
    const line = lines.find((l) => l.line === id);
    return line ? localize(line.item, locale) : id;
  };
  return html`<details part="expenses">
    <summary>${summary}</summary>
    ${stackTable(
      'expense-lines',
      'aria-label',
      summary,
      [t('item'), t('line'), t('paidOn'), t('amount')],
      expenses.map((expense) => [
        html`${localize(expense.item, locale)}
        ${
          expense.receipt
            ? html`<span class="when">(${t('receipt', { number: expense.receipt.number })})</span>`
            : nothing
        }
        ${expense.beyondGrant ? html`<strong class="beyond">${t('beyondGrant')}</strong>` : nothing}`,
        lineName(expense.line),
        html`<time datetime=${expense.paidOn}>${f.day(expense.paidOn)}</time>`,
        f.money(expense.amount),
      ]),
      3,
    )}
  </details>`;
}

function renderIndicator(
  indicator: AccountabilityIndicator,
  locale: Locale,
  f: Formats,
  t: T,
): TemplateResult {
  const unit = localize(indicator.unit, locale);
  const target = f.number(indicator.target);
  const description = localize(indicator.description, locale);
  if (indicator.reached === null) {
    return html`<li>${t('indicatorTarget', { description, target, unit })}</li>`;
  }
  const met = indicator.reached >= indicator.target;
  const share = indicator.target === 0 ? 1 : indicator.reached / indicator.target;
  return html`<li class=${met ? 'met' : 'not-met'}>
    ${t('indicatorResult', {
      description,
      target,
      unit,
      reached: f.number(indicator.reached),
      percent: f.percent(share),
      by: t(indicator.measuredBy === 'final' ? 'byFinal' : 'byStage'),
    })}
    <span class="verdict"
      ><span aria-hidden="true">${met ? '✓' : '✗'}</span> ${t(met ? 'met' : 'notMet')}</span
    >
  </li>`;
}

function renderChanges(
  changes: readonly AccountabilityChange[],
  locale: Locale,
  f: Formats,
  t: T,
  who: (id: string) => string,
): TemplateResult {
  if (changes.length === 0) return html`<p>${t('noChanges')}</p>`;
  const supervision = t('proposer-supervision-group');
  return html`<ol part="changes" class="changes">
    ${changes.map(
      (change) =>
        html`<li data-status=${change.status}>
          <p>
            ${t('changeAsked', {
              who: change.requestedBy
                ? who(change.requestedBy)
                : t(change.requestedByRole ? `role-${change.requestedByRole}` : 'role-former'),
              date: f.day(change.requestedAt),
              reason: localize(change.reason, locale),
            })}
          </p>
          ${
            change.amends.length === 0
              ? nothing
              : html`<p>
                  ${t('amends', {
                    parts: change.amends
                      .map((part) => t(`amends-${part}`))
                      .join(locale === 'zh-CN' ? '、' : ', '),
                  })}
                </p>`
          }
          <p>
            <strong
              >${t(`change-${change.status}`, {
                who: change.decidedBy ? who(change.decidedBy) : supervision,
                date: change.decidedAt ? f.day(change.decidedAt) : '',
              })}</strong
            >
            ${change.reference ?? ''}
          </p>
          ${
            change.decisionReason
              ? html`<p>
                  ${t('decisionReason', { reason: localize(change.decisionReason, locale) })}
                </p>`
              : nothing
          }
        </li>`,
    )}
  </ol>`;
}

function renderTermination(
  termination: AccountabilityTermination,
  input: Context,
  f: Formats,
  t: T,
  who: (id: string) => string,
): TemplateResult {
  const locale = input.locale;
  const body = (id: string) => {
    const found = input.bodies.find((b) => b.id === id);
    return found ? localize(found.name, locale) : id;
  };
  const decision = termination.decision;
  const refund = termination.refund;
  return html`<ol part="termination" class="termination">
    ${termination.proposals.map(
      (proposal) =>
        html`<li>
            ${t(proposal.by ? 'proposed' : 'proposedByRole', {
              who: proposal.by ? who(proposal.by) : '',
              proposer: t(`proposer-${proposal.proposer}`),
              date: f.day(proposal.at),
              reason: localize(proposal.reason, locale),
            })}
          </li>
          <li>
            ${
              proposal.response
                ? t(proposal.response.by ? 'answered' : 'answeredOn', {
                    who: proposal.response.by ? who(proposal.response.by) : '',
                    date: f.day(proposal.response.at),
                    text: localize(proposal.response.text, locale),
                  })
                : t('notAnswered', { date: f.day(proposal.respondBy) })
            }
          </li>
          ${
            proposal.declined
              ? html`<li>
                  ${t('declined', {
                    date: f.day(proposal.declined.at),
                    reason: localize(proposal.declined.reason, locale),
                  })}
                </li>`
              : nothing
          }`,
    )}
    ${
      decision
        ? html`<li>
            <strong
              >${t('terminated', {
                body: body(decision.body),
                date: f.day(decision.decidedAt),
                reason: localize(decision.reason, locale),
              })}</strong
            >
            ${decision.reference ?? ''}
          </li>`
        : nothing
    }
    ${
      refund
        ? html`<li>
            ${t('refunded', { amount: f.money(refund.amount), date: f.day(refund.paidOn) })}
          </li>`
        : nothing
    }
  </ol>`;
}
