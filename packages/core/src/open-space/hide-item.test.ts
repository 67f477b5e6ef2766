import { describe, expect, it } from 'vitest';
import { checkOpenSpaceSession } from './check-open-space-session.js';
import { hiddenRecord, hideItem } from './hide-item.js';
import { rankIdeas } from './idea-ranking.js';
import { smallSession } from './session.fixture.js';

const at = '2007-04-21T10:40:00+08:00';

describe('hideItem', () => {
  it('records who hid an idea, when and why; the idea stays in the document but leaves the ranking', () => {
    const session = smallSession();
    const result = hideItem(session, { kind: 'idea', id: 'i-2', by: 'p-org', at, reason: '广告' });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.session.ideas.map((i) => i.id)).toEqual(['i-1', 'i-2', 'i-3']);
    expect(hiddenRecord(result.session, 'idea', 'i-2')).toEqual({
      kind: 'idea',
      id: 'i-2',
      by: 'p-org',
      at,
      reason: '广告',
    });
    expect(rankIdeas(result.session).map((r) => r.idea.id)).not.toContain('i-2');
    expect(checkOpenSpaceSession(result.session)).toEqual({ ok: true });
  });

  it('refuses a hide without a reason, by a non-organizer, of a missing item — all at once', () => {
    const result = hideItem(smallSession(), {
      kind: 'note',
      id: 'n-9',
      by: 'p-1',
      at,
      reason: '  ',
    });
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.violations.map((v) => v.rule)).toEqual([
        'open-space.known-item',
        'open-space.hidden-by-organizer',
        'open-space.hidden-reason',
      ]);
  });

  it('hides a note and a topic, and hiding twice keeps one record', () => {
    let session = smallSession();
    for (const item of [
      { kind: 'note', id: 'n-1' },
      { kind: 'topic', id: 't-1' },
      { kind: 'topic', id: 't-1' },
    ] as const) {
      const result = hideItem(session, { ...item, by: 'p-org', at, reason: { en: 'Abuse' } });
      expect(result.ok).toBe(true);
      if (result.ok) session = result.session;
    }
    expect(session.hidden?.map((h) => `${h.kind}:${h.id}`)).toEqual(['note:n-1', 'topic:t-1']);
  });
});
