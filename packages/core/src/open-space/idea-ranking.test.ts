import { describe, expect, it } from 'vitest';
import { pilotOpenSpaceSession } from '../examples/pilot-open-space.js';
import { rankIdeas } from './idea-ranking.js';

describe('rankIdeas', () => {
  it('ranks visible ideas by dots, states exact ties and shares their rank', () => {
    expect(
      rankIdeas(pilotOpenSpaceSession).map((r) => [
        r.idea.id,
        r.dots,
        r.voters,
        r.rank,
        r.tiedWith,
      ]),
    ).toEqual([
      ['i-love-supermarket', 5, 3, 1, []],
      ['i-after-school', 3, 2, 2, ['i-opera-troupe']],
      ['i-opera-troupe', 3, 2, 2, ['i-after-school']],
      ['i-cheap-goods', 2, 2, 4, []],
      ['i-homework-room', 1, 1, 5, []],
    ]);
  });

  it('lists ideas without dots last, tied at zero', () => {
    const session = { ...pilotOpenSpaceSession, votes: [], hidden: [] };
    const ranked = rankIdeas(session);
    expect(ranked.every((r) => r.rank === 1 && r.dots === 0)).toBe(true);
    expect(ranked.map((r) => r.idea.id)).toEqual([...session.ideas.map((i) => i.id)].sort());
  });

  it('lists tied ideas by code point, not by UTF-16 unit: an id beyond the BMP comes last', () => {
    const [idea] = pilotOpenSpaceSession.ideas;
    const emoji = 'idea-\u{1F600}'; // U+1F600, stored as the surrogates D83D DE00
    const last = 'idea-\uFFFF'; // U+FFFF, the highest code point of the BMP
    const session = {
      ...pilotOpenSpaceSession,
      ideas: [emoji, last].map((id) => ({ ...idea!, id })),
      votes: [],
      hidden: [],
    };
    // Plain `<` on strings compares UTF-16 units and would put the emoji first (D83D < FFFF).
    // (IdSchema keeps parsed ids ASCII, where both orders agree; rankIdeas takes any session.)
    expect(emoji < last).toBe(true);
    expect(rankIdeas(session).map((r) => r.idea.id)).toEqual([last, emoji]);
    expect(rankIdeas(session)[0]!.tiedWith).toEqual([emoji]);
  });
});
