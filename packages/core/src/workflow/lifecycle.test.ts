import { describe, expect, it } from 'vitest';
import type { LocalizedMessage } from '../locale/localized-message.js';
import { allRules, type Lifecycle, type LifecycleEvent } from './lifecycle.js';
import { meetingLifecycle } from './meeting-lifecycle.js';
import { projectLifecycle } from './project-lifecycle.js';

type AnyLifecycle = Lifecycle<string, { status: string }, LifecycleEvent, unknown>;
const lifecycles = [meetingLifecycle, projectLifecycle] as unknown as AnyLifecycle[];

/** The event-allowed rule's message for `type` in `status` (undefined when it is allowed). */
function refusal(lifecycle: AnyLifecycle, status: string, type: string) {
  const [allowed] = allRules(lifecycle);
  const violations = allowed!.check({
    state: { ...lifecycle.initial, status },
    event: { type, at: '2008-03-20T14:00:00+08:00', by: 'p-center' },
    context: {},
  });
  return violations[0];
}

/** The words around the quoted status names. */
const unquoted = (text: string) => text.replace(/“[^”]*”/g, '“”');

describe('event-allowed, said in words', () => {
  it('every event type of every lifecycle has an action in both languages', () => {
    for (const lifecycle of lifecycles) {
      const events = lifecycle.events as Record<string, LocalizedMessage>;
      expect(Object.keys(events).sort(), lifecycle.name).toEqual(
        Object.keys(lifecycle.transitions).sort(),
      );
      for (const [type, action] of Object.entries(events)) {
        // A Chinese verb phrase, and a lowercase English one (it goes inside a sentence).
        expect(action['zh-CN'], type).toMatch(/^[\u4e00-\u9fff]+$/);
        expect(action.en, type).toMatch(/^[a-z][a-z’ ]*[a-z]$/);
        expect(action.en, type).not.toBe(type);
      }
    }
  });

  it('names the action and the statuses in words, never an event type id, in both languages', () => {
    let checked = 0;
    for (const lifecycle of lifecycles) {
      const types = Object.keys(lifecycle.transitions);
      const statuses = lifecycle.statuses as Record<string, LocalizedMessage>;
      const events = lifecycle.events as Record<string, LocalizedMessage>;
      for (const type of types) {
        const from = (lifecycle.transitions as Record<string, { from: readonly string[] }>)[type]!
          .from;
        for (const status of Object.keys(statuses).filter((s) => !from.includes(s))) {
          const violation = refusal(lifecycle, status, type);
          expect(violation, `${type} in ${status}`).toMatchObject({
            rule: `${lifecycle.name}.event-allowed`,
            path: ['type'],
          });
          const { message } = violation!;
          const action = events[type]!;
          expect(message['zh-CN']).toContain(`现在不能${action['zh-CN']}：`);
          expect(message['zh-CN']).toContain(`“${statuses[status]!['zh-CN']}”。`);
          expect(message.en).toContain(`Cannot ${action.en} now: `);
          expect(message.en).toContain(`“${statuses[status]!.en}”. `);
          for (const allowed of from) {
            expect(message['zh-CN']).toContain(`“${statuses[allowed]!['zh-CN']}”`);
            expect(message.en).toContain(`“${statuses[allowed]!.en}”`);
          }
          // Outside the quoted status names: Chinese words only, and no event type id.
          expect(unquoted(message['zh-CN'])).not.toMatch(/[A-Za-z]/);
          for (const id of types) {
            expect(unquoted(message.en), `${type} in ${status}`).not.toMatch(
              new RegExp(`(^|[^a-z-])${id}([^a-z-]|$)`),
            );
          }
          checked += 1;
        }
      }
    }
    // Every refusable pair of both lifecycles was looked at.
    expect(checked).toBeGreaterThan(100);
  });

  it('says a meeting cannot open voting twice, and when it can', () => {
    const open = refusal(
      meetingLifecycle as unknown as AnyLifecycle,
      'voting-open',
      'voting-opened',
    );
    expect(open!.message).toEqual({
      'zh-CN': '现在不能开始投票：当前状态已经是“投票中”。只有在“权重已锁定”状态下才能开始投票。',
      en: 'Cannot open voting now: the status is already “voting open”. That is possible only when the status is “weights locked”.',
    });
    const draft = refusal(meetingLifecycle as unknown as AnyLifecycle, 'draft', 'voting-opened');
    expect(draft!.message).toEqual({
      'zh-CN': '现在不能开始投票：当前状态是“筹备中”。只有在“权重已锁定”状态下才能开始投票。',
      en: 'Cannot open voting now: the status is “draft”. That is possible only when the status is “weights locked”.',
    });
  });

  it('lists every status a project event may happen in, as alternatives', () => {
    const early = refusal(projectLifecycle as unknown as AnyLifecycle, 'submitted', 'disbursed');
    expect(early!.message).toEqual({
      'zh-CN':
        '现在不能拨付资金：当前状态是“已提交”。只有在“已批准”“已组建执行小组”“执行中”或“报告中”状态下才能拨付资金。',
      en: 'Cannot pay out funds now: the status is “submitted”. That is possible only when the status is “approved”, “team formed”, “in execution” or “reporting”.',
    });
  });

  it('still names an unknown event type, which is all it can say', () => {
    const unknown = refusal(meetingLifecycle as unknown as AnyLifecycle, 'draft', 'vote-rigged');
    expect(unknown).toEqual({
      rule: 'meeting.event-allowed',
      message: { 'zh-CN': '未知的事件类型“vote-rigged”', en: 'Unknown event type “vote-rigged”' },
      path: ['type'],
    });
  });

  it('needs an action for every event type (a missing one does not compile)', () => {
    const { 'voting-opened': omitted, ...partial } = meetingLifecycle.events;
    expect(omitted.en).toBe('open voting');
    // @ts-expect-error: 'voting-opened' has no action
    const incomplete: typeof meetingLifecycle.events = partial;
    expect(Object.keys(incomplete)).not.toContain('voting-opened');
  });

  it('says so when no status allows an event', () => {
    const sealed: AnyLifecycle = {
      name: 'archive',
      statuses: { sealed: { 'zh-CN': '已封存', en: 'sealed' } },
      events: { reopened: { 'zh-CN': '重新打开档案', en: 'reopen the archive' } },
      initial: { status: 'sealed' },
      transitions: { reopened: { from: [], to: 'sealed' } },
      rules: [],
      reduce: (state) => state,
      next: {},
    };
    expect(refusal(sealed, 'sealed', 'reopened')!.message).toEqual({
      'zh-CN': '现在不能重新打开档案：当前状态已经是“已封存”。任何状态下都不能重新打开档案。',
      en: 'Cannot reopen the archive now: the status is already “sealed”. That is not possible in any status.',
    });
  });
});
