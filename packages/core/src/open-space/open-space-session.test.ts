import { describe, expect, it } from 'vitest';
import { pilotOpenSpaceSession } from '../examples/pilot-open-space.js';
import { toJSONSchema } from '../schemas/registry.js';
import { parseDocument } from '../validation/parse-document.js';
import { OpenSpaceSessionSchema } from './open-space-session.js';
import { smallSession } from './session.fixture.js';

const asJson = <T>(value: T): unknown => JSON.parse(JSON.stringify(value));

describe('OpenSpaceSessionSchema', () => {
  it('parses the example session unchanged', () => {
    expect(parseDocument(OpenSpaceSessionSchema, asJson(pilotOpenSpaceSession))).toEqual({
      ok: true,
      value: pilotOpenSpaceSession,
    });
  });

  it('reports repeated ids in each list, in zh-CN, with their place', () => {
    const session = smallSession();
    const doubled = {
      ...session,
      communities: ['c-a', 'c-a'],
      ideas: [...session.ideas, session.ideas[0]],
      topics: [...session.topics, session.topics[0]],
    };
    const result = parseDocument(OpenSpaceSessionSchema, doubled, { locale: 'zh-CN' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.violations.map((v) => [v.path.join('.'), v.message['zh-CN']])).toEqual([
      ['communities.1', '社区中的标识 "c-a" 重复'],
      ['topics.1.id', '议题中的标识 "t-1" 重复'],
      ['ideas.3.id', '点子中的标识 "i-1" 重复'],
    ]);
  });

  it('refuses dots that are not positive whole numbers and an empty community list', () => {
    const bad = {
      ...smallSession(),
      communities: [],
      dots: { perParticipant: 0, perIdea: 1.5 },
      votes: [{ participant: 'p-1', idea: 'i-1', dots: -1 }],
    };
    const result = parseDocument(OpenSpaceSessionSchema, bad);
    expect(result.ok ? [] : result.violations.map((v) => v.path.join('.'))).toEqual([
      'communities',
      'dots.perParticipant',
      'dots.perIdea',
      'votes.0.dots',
    ]);
  });

  it('is published as JSON Schema with its parts', () => {
    const schema = toJSONSchema('OpenSpaceSession') as {
      required: string[];
      $defs: Record<string, unknown>;
    };
    expect(schema.required).toEqual(
      expect.arrayContaining(['theme', 'date', 'place', 'facilitator', 'dots', 'ideas', 'votes']),
    );
    expect(Object.keys(schema.$defs)).toEqual(
      expect.arrayContaining(['OpenSpaceIdea', 'DotVote', 'HiddenItem', 'CommunityResource']),
    );
  });
});
