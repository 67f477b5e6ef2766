import type { Locale } from '../locale/locale.js';
import type { LocalizedMessage } from '../locale/localized-message.js';
import type { Violation } from '../validation/violation.js';

/** The minimum every workflow event carries: what happened, when, and who did it. */
export interface LifecycleEvent {
  readonly type: string;
  readonly at: string;
  readonly by: string;
}

/** What a rule sees: the state before the event, the event, and the platform's context. */
export interface RuleInput<S, E, C> {
  readonly state: S;
  readonly event: E;
  readonly context: C;
}

/**
 * The check of a named business rule guarding some events of a lifecycle: a stable id, the
 * event types it applies to, and a check returning every violation — a {@link LifecycleRule}
 * without its description. A lifecycle whose rules are checks only
 * (`Lifecycle<…, LifecycleCheck<…>>`) applies, replays and lists the next step exactly as the
 * same lifecycle with its rules' descriptions; a reader that never shows the descriptions
 * (`projectCommonChecks`) need not load them.
 */
export interface LifecycleCheck<S, E, C> {
  /** The rule's stable id, as in each of its violations (`'expense.receipt'`). */
  readonly id: string;
  /** The event types it guards. */
  readonly on: readonly string[];
  /** Every violation of the rule by this event in this state (none when it holds). */
  readonly check: (input: RuleInput<S, E, C>) => Violation[];
}

/**
 * A named business rule guarding some events of a lifecycle: a stable id, a description in
 * both languages, the event types it applies to, and a check returning every violation.
 */
export interface LifecycleRule<S, E, C> extends LifecycleCheck<S, E, C> {
  /** What the rule asks, in both languages. */
  readonly description: LocalizedMessage;
}

/** Where an event may happen and which status it leads to (`'same'` keeps the status). */
export interface Transition<Status extends string> {
  readonly from: readonly Status[];
  readonly to: Status | 'same';
}

/**
 * A lifecycle as data: statuses and their labels, what each event does in words, the
 * transition table, the named rules, how an accepted event changes the state, and the usual
 * next event of each status (what a UI offers as "next step").
 */
export interface Lifecycle<
  Status extends string,
  S extends { status: Status },
  E extends LifecycleEvent,
  C,
  R extends LifecycleCheck<S, E, C> = LifecycleRule<S, E, C>,
> {
  readonly name: string;
  readonly statuses: Readonly<Record<Status, LocalizedMessage>>;
  /**
   * What each event type does, as an action in both languages, lowercase English infinitive
   * and a Chinese verb phrase (`'voting-opened'`: `{ 'zh-CN': '开始投票', en: 'open voting' }`).
   * A refusal for the wrong status names the action with these, never the event type id.
   */
  readonly events: Readonly<Record<E['type'], LocalizedMessage>>;
  readonly initial: S;
  readonly transitions: Readonly<Record<E['type'], Transition<Status>>>;
  /** The named rules (with their descriptions, unless `R` says checks only). */
  readonly rules: readonly R[];
  /** Applies an accepted event (status and documents). */
  readonly reduce: (state: S, event: E) => S;
  readonly next: Readonly<Partial<Record<Status, E['type']>>>;
  /** Builds the next event of `status` from the context for {@link missingForNext}, if it needs a document. */
  readonly draftNext?: (state: S, context: C) => E | undefined;
  /** A description of the document the next event needs, when the context has none. */
  readonly documentFor?: Readonly<Partial<Record<E['type'], LocalizedMessage>>>;
}

/** The outcome of applying one event. */
export type ApplyResult<S> =
  | { readonly ok: true; readonly state: S }
  | { readonly ok: false; readonly violations: readonly Violation[] };

/** The outcome of replaying a history: the state, or where and why it stopped. */
export type ReplayResult<S> =
  | { readonly ok: true; readonly state: S }
  | {
      readonly ok: false;
      /** The state after the last accepted event. */
      readonly state: S;
      /** The index of the refused event in the history. */
      readonly index: number;
      readonly violations: readonly Violation[];
    };

/** An event that has a timestamp before the previous one. */
export interface TimedState {
  readonly lastAt?: string | undefined;
}

const statusLabel = (labels: Record<string, LocalizedMessage>, status: string) =>
  labels[status] ?? { 'zh-CN': status, en: status };

/** Status names in quotes, as a list of alternatives: “a”, “b” or “c” / “a”“b”或“c”. */
function alternatives(names: readonly string[], locale: Locale): string {
  const quoted = names.map((name) => `“${name}”`);
  const last = quoted.pop() ?? '';
  if (quoted.length === 0) return last;
  // Quoted items of a Chinese list take no 顿号 between them (GB/T 15834).
  return locale === 'en' ? `${quoted.join(', ')} or ${last}` : `${quoted.join('')}或${last}`;
}

/**
 * Why an event cannot happen in the current status, in words: the action, the status it is
 * in (`already` when the event would lead to the status it is in), and the statuses that
 * allow it.
 */
function wrongStatus(
  action: LocalizedMessage,
  now: LocalizedMessage,
  from: readonly LocalizedMessage[],
  already: boolean,
): LocalizedMessage {
  const where = {
    'zh-CN': `当前状态${already ? '已经' : ''}是“${now['zh-CN']}”`,
    en: `the status is ${already ? 'already ' : ''}“${now.en}”`,
  };
  return {
    'zh-CN':
      `现在不能${action['zh-CN']}：${where['zh-CN']}。` +
      (from.length > 0
        ? `只有在${alternatives(
            from.map((s) => s['zh-CN']),
            'zh-CN',
          )}状态下才能${action['zh-CN']}。`
        : `任何状态下都不能${action['zh-CN']}。`),
    en:
      `Cannot ${action.en} now: ${where.en}. ` +
      (from.length > 0
        ? `That is possible only when the status is ${alternatives(
            from.map((s) => s.en),
            'en',
          )}.`
        : 'That is not possible in any status.'),
  };
}

/**
 * The two rules every lifecycle has: the event must be allowed in the current status, and
 * events are in time order. Their ids are prefixed with the lifecycle name.
 */
function builtInRules<
  Status extends string,
  S extends { status: Status } & TimedState,
  E extends LifecycleEvent,
  C,
>(lifecycle: Lifecycle<Status, S, E, C, LifecycleCheck<S, E, C>>): LifecycleRule<S, E, C>[] {
  return [
    {
      id: `${lifecycle.name}.event-allowed`,
      description: {
        'zh-CN': '事件只能在允许它的状态下发生',
        en: 'An event happens only in a status that allows it',
      },
      on: Object.keys(lifecycle.transitions),
      check: ({ state, event }) => {
        const transition = (
          lifecycle.transitions as Record<string, Transition<Status> | undefined>
        )[event.type];
        if (transition?.from.includes(state.status)) return [];
        const now = statusLabel(lifecycle.statuses, state.status);
        return [
          {
            rule: `${lifecycle.name}.event-allowed`,
            message: transition
              ? wrongStatus(
                  (lifecycle.events as Record<string, LocalizedMessage | undefined>)[
                    event.type
                  ] ?? { 'zh-CN': event.type, en: event.type },
                  now,
                  transition.from.map((s) => statusLabel(lifecycle.statuses, s)),
                  transition.to === state.status,
                )
              : {
                  'zh-CN': `未知的事件类型“${event.type}”`,
                  en: `Unknown event type “${event.type}”`,
                },
            path: ['type'],
          },
        ];
      },
    },
    {
      id: `${lifecycle.name}.chronological`,
      description: {
        'zh-CN': '事件按时间顺序记录，不早于前一个事件',
        en: 'Events are recorded in time order, none before the previous one',
      },
      on: Object.keys(lifecycle.transitions),
      check: ({ state, event }) =>
        state.lastAt !== undefined && Date.parse(event.at) < Date.parse(state.lastAt)
          ? [
              {
                rule: `${lifecycle.name}.chronological`,
                message: {
                  'zh-CN': `事件时间 ${event.at} 早于前一个事件（${state.lastAt}）`,
                  en: `Event time ${event.at} is before the previous event (${state.lastAt})`,
                },
                path: ['at'],
              },
            ]
          : [],
    },
  ];
}

/**
 * Every rule of a lifecycle, built-in ones first.
 *
 * @example
 * allRules(projectLifecycle).map((rule) => rule.id);
 */
export function allRules<
  Status extends string,
  S extends { status: Status } & TimedState,
  E extends LifecycleEvent,
  C,
>(lifecycle: Lifecycle<Status, S, E, C>): LifecycleRule<S, E, C>[] {
  return [...builtInRules(lifecycle), ...lifecycle.rules];
}

/**
 * Checks one event against every rule that applies to it and, if none is violated, returns
 * the new state. All violations are returned at once. An event not allowed in the current
 * status is reported together with the time-order check only (the other rules assume the
 * event makes sense where it is).
 *
 * @example
 * const result = applyEvent(projectLifecycle, state, { type: 'submitted', at, by }, context);
 * if (!result.ok) showViolations(result.violations);
 */
export function applyEvent<
  Status extends string,
  S extends { status: Status } & TimedState,
  E extends LifecycleEvent,
  C,
>(
  lifecycle: Lifecycle<Status, S, E, C, LifecycleCheck<S, E, C>>,
  state: S,
  event: E,
  context: C,
): ApplyResult<S> {
  const [allowed, chronological] = builtInRules(lifecycle);
  const input = { state, event, context };
  const basic = [...allowed!.check(input), ...chronological!.check(input)];
  if (basic.length > 0 && basic[0]!.rule === allowed!.id) return { ok: false, violations: basic };
  const violations = [
    ...basic,
    ...lifecycle.rules
      .filter((rule) => rule.on.includes(event.type))
      .flatMap((rule) => rule.check(input)),
  ];
  if (violations.length > 0) return { ok: false, violations };
  return { ok: true, state: lifecycle.reduce(state, event) };
}

/**
 * Derives the state from an append-only history of events, from the lifecycle's initial
 * state. Stops at the first refused event and says which and why, with the state before it.
 *
 * @example
 * const result = replay(projectLifecycle, history, context);
 * result.ok ? result.state.status : `event ${result.index} refused`;
 */
export function replay<
  Status extends string,
  S extends { status: Status } & TimedState,
  E extends LifecycleEvent,
  C,
>(
  lifecycle: Lifecycle<Status, S, E, C, LifecycleCheck<S, E, C>>,
  events: readonly E[],
  context: C,
): ReplayResult<S> {
  let state = lifecycle.initial;
  for (const [index, event] of events.entries()) {
    const result = applyEvent(lifecycle, state, event, context);
    if (!result.ok) return { ok: false, state, index, violations: result.violations };
    state = result.state;
  }
  return { ok: true, state };
}

/** What the next step of a lifecycle needs. */
export interface NextStep<Status extends string> {
  /** The usual next event, or `undefined` in a final status. */
  readonly event: string | undefined;
  /** The status it leads to. */
  readonly to: Status | undefined;
  /** Every rule that would refuse it now, in the violation shape. */
  readonly missing: readonly Violation[];
}

/**
 * What is still missing for the next step: the usual next event from the current status and
 * every rule it would violate now. Events that carry a document (a team, a report, an audit)
 * are checked with the draft the context offers (`draftNext`), or reported as needing one.
 *
 * @example
 * missingForNext(projectLifecycle, state, context).missing.map((v) => v.message['zh-CN']);
 * // ['执行小组需要一名总负责人', '成员 赵会计 尚未签署职责合同']
 */
export function missingForNext<
  Status extends string,
  S extends { status: Status } & TimedState,
  E extends LifecycleEvent,
  C,
>(
  lifecycle: Lifecycle<Status, S, E, C, LifecycleCheck<S, E, C>>,
  state: S,
  context: C,
): NextStep<Status> {
  const type = lifecycle.next[state.status];
  if (type === undefined) return { event: undefined, to: undefined, missing: [] };
  const transition = (lifecycle.transitions as Record<string, Transition<Status>>)[type]!;
  const to = transition.to === 'same' ? state.status : transition.to;
  const needsDocument = lifecycle.documentFor?.[type];
  const draft = lifecycle.draftNext?.(state, context);
  if (needsDocument && !draft) {
    return {
      event: type,
      to,
      missing: [
        { rule: `${lifecycle.name}.document-required`, message: needsDocument, path: ['payload'] },
      ],
    };
  }
  const event =
    draft ?? ({ type, at: state.lastAt ?? '1970-01-01T00:00:00Z', by: 'next-step' } as E);
  const input = { state, event, context };
  const missing = lifecycle.rules
    .filter((rule) => rule.on.includes(type))
    .flatMap((rule) => rule.check(input));
  return { event: type, to, missing };
}
