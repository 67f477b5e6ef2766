import { describe, expect, it } from 'vitest';
import { parseDocument } from '../validation/parse-document.js';
import { GovernanceBodySchema } from './governance-body.js';
import { ParticipantSchema } from './participant.js';
import { bodies } from './pilot-2007.fixture.js';

describe('GovernanceBodySchema and ParticipantSchema', () => {
  it('accepts the pilot bodies and names a member listed twice', () => {
    expect(parseDocument(GovernanceBodySchema, bodies[0]).ok).toBe(true);
    const twice = {
      ...bodies[0]!,
      members: [...bodies[0]!.members, { participant: 'p-discipline' }],
    };
    const result = parseDocument(GovernanceBodySchema, twice, { locale: 'zh-CN' });
    expect(result.ok || result.issues.map((issue) => [issue.where, issue.message])).toEqual([
      ['members[2].participant', '成员中的标识 "p-discipline" 重复'],
    ]);
  });

  it('a participant has at least one known role', () => {
    const result = parseDocument(
      ParticipantSchema,
      { id: 'p1', name: '王阿姨', roles: ['mayor'] },
      { locale: 'en' },
    );
    expect(result.ok || result.issues.map((issue) => issue.where)).toEqual(['roles[0]']);
    expect(parseDocument(ParticipantSchema, { id: 'p1', name: '王阿姨', roles: [] }).ok).toBe(
      false,
    );
  });
});
