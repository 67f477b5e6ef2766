import { describe, expect, it } from 'vitest';
import { parseDocument } from '../validation/parse-document.js';
import { ExecutionTeamSchema } from './execution-team.js';
import { team } from './pilot-2007.fixture.js';

describe('ExecutionTeamSchema', () => {
  it('accepts the pilot team', () => {
    expect(parseDocument(ExecutionTeamSchema, team).ok).toBe(true);
  });

  it('a signed contract needs its date, an unsigned one has none; members appear once', () => {
    const bad = structuredClone(team);
    bad.members[0]!.contract = { signed: true };
    bad.members[1]!.contract = { signed: false, signedAt: '2008-04-10' };
    bad.members[2]!.participant = 'p-li';
    const result = parseDocument(ExecutionTeamSchema, bad, { locale: 'en' });
    expect(result.ok || result.issues.map((issue) => [issue.where, issue.message])).toEqual([
      [
        'members[0].contract.signedAt',
        'Expected a signing date exactly when the contract is signed',
      ],
      [
        'members[1].contract.signedAt',
        'Expected a signing date exactly when the contract is signed',
      ],
      ['members[2].participant', 'Duplicate id "p-li" in members'],
    ]);
  });
});
