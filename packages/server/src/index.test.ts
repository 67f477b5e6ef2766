import { describe, expect, it } from 'vitest';
import { pilotMeeting } from '../test/support/fixtures.js';
import * as server from './index.js';
import type { LockedMeeting, LogPosition, ReceiptCheck, VerifyOptions } from './index.js';

describe('@qingyuan/server entry point', () => {
  it('exports what a recount of a published meeting needs: anonymousMeeting, agendaHash, tallyHash, verifyChecks', () => {
    const { anonymousMeeting, agendaHash, tallyHash, tallyBallots, verifyChecks } = server;
    const meeting = {
      ...pilotMeeting('m1'),
      voters: [{ id: 'alice', name: 'Alice Wang', community: 'jinhuali' }],
    };
    const shown = anonymousMeeting(meeting, [{ code: 'c-7K2Q9XWD1M3P', voter: 'alice' }]);
    expect(shown.voters).toEqual([{ id: 'c-7K2Q9XWD1M3P', community: 'jinhuali' }]);
    // The agenda hash leaves the roster out, so the public meeting matches the logged agenda.
    expect(agendaHash(shown)).toBe(agendaHash(meeting));
    expect(agendaHash({ ...meeting, title: { en: 'Other' } })).not.toBe(agendaHash(meeting));
    const none = tallyBallots(shown, [], []);
    expect(tallyHash(none)).toMatch(/^[0-9a-f]{64}$/);
    expect(tallyHash(JSON.parse(JSON.stringify(none)) as typeof none)).toBe(tallyHash(none));
    expect(verifyChecks).toContain('truncated');
    expect(verifyChecks).toContain('published');
  });

  it('exports the types of verification and of a locked meeting change', () => {
    // Compile-time exports: this file does not typecheck when one is missing.
    const announced: LogPosition = { length: 3, head: 'ab' };
    const options: VerifyOptions = { announced, receipts: ['r'] };
    const check: ReceiptCheck = { receipt: 'r', inLog: false };
    const locked: Pick<LockedMeeting, 'log'> = { log: announced };
    expect([options.announced, check.inLog, locked.log]).toEqual([announced, false, announced]);
  });
});
