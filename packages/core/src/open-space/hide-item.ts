import type { Violation } from '../validation/violation.js';
import type { HiddenItem } from './hidden-item.js';
import type { OpenSpaceRuleId } from './open-space-rules.js';
import type { OpenSpaceSession } from './open-space-session.js';

/** The rules hiding an item can break. */
export type HideRule = Extract<
  OpenSpaceRuleId,
  'open-space.known-item' | 'open-space.hidden-by-organizer' | 'open-space.hidden-reason'
>;

/** The outcome of hiding an item: the updated session, or every broken rule. */
export type HideChange =
  | { readonly ok: true; readonly session: OpenSpaceSession }
  | { readonly ok: false; readonly violations: readonly Violation<HideRule>[] };

function hasText(text: HiddenItem['reason']): boolean {
  if (text === undefined) return false;
  if (typeof text === 'string') return text.trim().length > 0;
  return Object.values(text).some((value) => value.trim().length > 0);
}

/**
 * An organizer hides an item (an abusive idea, topic or note) with a reason. Nothing is
 * deleted: the record is appended to `hidden` and views leave the item out. Refused, with
 * every reason, when the item does not exist, the person is not an organizer, or the reason
 * is missing or blank. Hiding an item already hidden changes nothing.
 *
 * @example
 * const result = hideItem(session, {
 *   kind: 'idea', id: 'i-insult', by: 'p-li', at: '2007-08-25T10:40:00+08:00', reason: '人身攻击',
 * });
 * if (result.ok) session = result.session;
 */
export function hideItem(session: OpenSpaceSession, item: HiddenItem): HideChange {
  const violations: Violation<HideRule>[] = [];
  const exists =
    item.kind === 'idea'
      ? session.ideas.some((idea) => idea.id === item.id)
      : item.kind === 'topic'
        ? session.topics.some((topic) => topic.id === item.id)
        : session.groups.some((group) => group.notes.some((note) => note.id === item.id));
  if (!exists)
    violations.push({
      rule: 'open-space.known-item',
      message: {
        'zh-CN': `要隐藏的条目 "${item.id}" 不存在`,
        en: `There is no ${item.kind} "${item.id}" to hide`,
      },
      path: ['id'],
    });
  if (!session.organizers.includes(item.by))
    violations.push({
      rule: 'open-space.hidden-by-organizer',
      message: {
        'zh-CN': `"${item.by}" 不是会议组织者，不能隐藏条目`,
        en: `"${item.by}" is not an organizer and cannot hide items`,
      },
      path: ['by'],
    });
  if (!hasText(item.reason))
    violations.push({
      rule: 'open-space.hidden-reason',
      message: { 'zh-CN': '请写明隐藏的理由', en: 'Please give the reason for hiding it' },
      path: ['reason'],
    });
  if (violations.length > 0) return { ok: false, violations };
  const hidden = session.hidden ?? [];
  if (hidden.some((h) => h.kind === item.kind && h.id === item.id)) return { ok: true, session };
  return { ok: true, session: { ...session, hidden: [...hidden, item] } };
}

/**
 * Whether an item of the session has been hidden, and the record if so.
 *
 * @example
 * hiddenRecord(session, 'idea', 'i-insult')?.reason; // '人身攻击'
 */
export function hiddenRecord(
  session: OpenSpaceSession,
  kind: HiddenItem['kind'],
  id: string,
): HiddenItem | undefined {
  return (session.hidden ?? []).find((item) => item.kind === kind && item.id === id);
}
