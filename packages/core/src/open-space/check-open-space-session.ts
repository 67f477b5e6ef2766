import { toRuleCheck, type RuleCheck, type Violation } from '../validation/violation.js';
import { checkDotLimits } from './dot-budget.js';
import type { HideableKind } from './hidden-item.js';
import type { OpenSpaceRuleId } from './open-space-rules.js';
import type { OpenSpaceSession } from './open-space-session.js';

type Path = readonly (string | number)[];

const listNames = {
  participants: { 'zh-CN': '参与者', en: 'participant' },
  communities: { 'zh-CN': '社区', en: 'community' },
  topics: { 'zh-CN': '议题', en: 'topic' },
  groups: { 'zh-CN': '分组', en: 'breakout group' },
  ideas: { 'zh-CN': '点子', en: 'idea' },
} as const;

const ruleFor = {
  participants: 'open-space.known-participant',
  communities: 'open-space.known-community',
  topics: 'open-space.known-topic',
  groups: 'open-space.known-group',
  ideas: 'open-space.known-idea',
} as const satisfies Record<keyof typeof listNames, OpenSpaceRuleId>;

const kindNames: Record<HideableKind, { 'zh-CN': string; en: string }> = {
  topic: { 'zh-CN': '议题', en: 'topic' },
  idea: { 'zh-CN': '点子', en: 'idea' },
  note: { 'zh-CN': '讨论记录', en: 'note' },
};

/**
 * Checks an Open Space session (already parsed with `OpenSpaceSessionSchema`) against every
 * rule of {@link openSpaceRules} and returns all violations at once:
 *
 * - every convener, idea author, voter, group member, note author, resource offerer,
 *   organizer and hider is a participant of the session (`open-space.known-participant`);
 * - ideas and resources belong to one of the session's communities (`open-space.known-community`);
 * - ideas and groups refer to existing topics, ideas to existing groups, votes to existing
 *   ideas (`open-space.known-topic`, `…known-group`, `…known-idea`);
 * - no participant exceeds the dots per participant or per idea (`open-space.dot-budget`,
 *   `open-space.dots-per-idea`);
 * - every hidden item exists, was hidden by an organizer and has a recorded reason
 *   (`open-space.known-item`, `…hidden-by-organizer`, `…hidden-reason`).
 *
 * @example
 * const result = checkOpenSpaceSession(session);
 * if (!result.ok) for (const v of result.violations) console.log(v.rule, v.path.join('.'), v.message['zh-CN']);
 */
export function checkOpenSpaceSession(session: OpenSpaceSession): RuleCheck<OpenSpaceRuleId> {
  const violations: Violation<OpenSpaceRuleId>[] = [];
  const known = {
    participants: new Set(session.participants.map((p) => p.id)),
    communities: new Set(session.communities),
    topics: new Set(session.topics.map((t) => t.id)),
    groups: new Set(session.groups.map((g) => g.id)),
    ideas: new Set(session.ideas.map((i) => i.id)),
  };
  const expect = (list: keyof typeof listNames, id: string | undefined, path: Path): void => {
    if (id === undefined || known[list].has(id)) return;
    const name = listNames[list];
    violations.push({
      rule: ruleFor[list],
      message: {
        'zh-CN': `本次会议没有标识为 "${id}" 的${name['zh-CN']}`,
        en: `The session has no ${name.en} "${id}"`,
      },
      path,
    });
  };

  session.organizers.forEach((id, i) => expect('participants', id, ['organizers', i]));
  if (session.facilitator.participant !== undefined)
    expect('participants', session.facilitator.participant, ['facilitator', 'participant']);
  session.topics.forEach((topic, i) =>
    expect('participants', topic.convener, ['topics', i, 'convener']),
  );
  session.groups.forEach((group, g) => {
    expect('topics', group.topic, ['groups', g, 'topic']);
    group.members.forEach((id, m) => expect('participants', id, ['groups', g, 'members', m]));
    group.notes.forEach((note, n) =>
      expect('participants', note.by, ['groups', g, 'notes', n, 'by']),
    );
  });
  session.ideas.forEach((idea, i) => {
    expect('participants', idea.by, ['ideas', i, 'by']);
    expect('communities', idea.community, ['ideas', i, 'community']);
    expect('topics', idea.topic, ['ideas', i, 'topic']);
    expect('groups', idea.group, ['ideas', i, 'group']);
  });
  session.votes.forEach((vote, v) => {
    expect('participants', vote.participant, ['votes', v, 'participant']);
    expect('ideas', vote.idea, ['votes', v, 'idea']);
  });
  (session.resources ?? []).forEach((resource, r) => {
    expect('communities', resource.community, ['resources', r, 'community']);
    expect('participants', resource.offeredBy, ['resources', r, 'offeredBy']);
  });
  violations.push(...checkDotLimits(session.dots, session.votes));

  const notes = new Set(session.groups.flatMap((g) => g.notes.map((n) => n.id)));
  const exists: Record<HideableKind, (id: string) => boolean> = {
    topic: (id) => known.topics.has(id),
    idea: (id) => known.ideas.has(id),
    note: (id) => notes.has(id),
  };
  const organizers = new Set(session.organizers);
  (session.hidden ?? []).forEach((item, h) => {
    const kind = kindNames[item.kind];
    if (!exists[item.kind](item.id))
      violations.push({
        rule: 'open-space.known-item',
        message: {
          'zh-CN': `被隐藏的${kind['zh-CN']} "${item.id}" 不存在`,
          en: `The hidden ${kind.en} "${item.id}" does not exist`,
        },
        path: ['hidden', h, 'id'],
      });
    if (!organizers.has(item.by))
      violations.push({
        rule: 'open-space.hidden-by-organizer',
        message: {
          'zh-CN': `"${item.by}" 不是会议组织者，不能隐藏${kind['zh-CN']} "${item.id}"`,
          en: `"${item.by}" is not an organizer and cannot hide ${kind.en} "${item.id}"`,
        },
        path: ['hidden', h, 'by'],
      });
    if (item.reason === undefined)
      violations.push({
        rule: 'open-space.hidden-reason',
        message: {
          'zh-CN': `隐藏${kind['zh-CN']} "${item.id}" 时需要记录理由`,
          en: `Hiding ${kind.en} "${item.id}" needs a recorded reason`,
        },
        path: ['hidden', h, 'reason'],
      });
  });
  return toRuleCheck(violations);
}
