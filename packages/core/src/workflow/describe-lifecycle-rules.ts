import type { LocalizedMessage } from '../locale/localized-message.js';
import { allRules, type Lifecycle, type LifecycleEvent, type TimedState } from './lifecycle.js';

/** One entry of the rules catalog: plain, serializable data a UI can list. */
export interface RuleDescription {
  readonly id: string;
  /** Which part of the cycle it guards. */
  readonly scope: 'project' | 'meeting' | 'survey-response' | 'round' | 'open-space';
  readonly description: LocalizedMessage;
  /** The events it guards (empty for survey-response, round and open-space rules). */
  readonly on: readonly string[];
}

/**
 * The catalog entries of one lifecycle's rules (what the `rules` catalog lists for it): each rule id
 * once, with the events it guards merged, then the lifecycle's `document-required` entry. An
 * element that shows one lifecycle's violations looks their rules up here without loading
 * every other lifecycle of the toolkit.
 *
 * @example
 * describeLifecycleRules(projectLifecycle, 'project').find((rule) => rule.id === 'application.purpose')?.description.en;
 * // 'The application states its purpose'
 */
export function describeLifecycleRules<
  Status extends string,
  S extends { status: Status } & TimedState,
  E extends LifecycleEvent,
  C,
>(lifecycle: Lifecycle<Status, S, E, C>, scope: 'project' | 'meeting'): RuleDescription[] {
  const merged = new Map<string, RuleDescription>();
  for (const rule of allRules(lifecycle)) {
    const seen = merged.get(rule.id);
    merged.set(rule.id, {
      id: rule.id,
      scope,
      description: rule.description,
      on: [...new Set([...(seen?.on ?? []), ...rule.on])],
    });
  }
  merged.set(`${lifecycle.name}.document-required`, {
    id: `${lifecycle.name}.document-required`,
    scope,
    description: {
      'zh-CN': '下一步所需的文件已准备好',
      en: 'The document the next step records is ready',
    },
    on: Object.keys(lifecycle.documentFor ?? {}),
  });
  return [...merged.values()];
}
