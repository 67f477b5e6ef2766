import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { pilotMeeting } from '../test/support/fixtures.js';
import tsupConfig from '../tsup.config.js';
import * as server from './index.js';
import * as audit from './exports/audit.js';
import * as http from './exports/http.js';
import * as live from './exports/live.js';
import * as meetingRules from './exports/meeting.js';
import * as qr from './exports/qr.js';
import * as storage from './exports/storage.js';
import * as verify from './exports/verify.js';
import type { LogPosition, ReceiptCheck, VerifyOptions } from './index.js';
import type { LockedMeeting } from './exports/storage.js';

describe('@qingyuan/server entry point', () => {
  it('keeps the root to running and verifying a ballot box', () => {
    expect(Object.keys(server).sort()).toEqual([
      'BallotBoxRepository',
      'ROUND_EXPORT_FORMAT',
      'createApp',
      'isRoundExport',
      'openDatabase',
      'roundVerifyChecks',
      'startServer',
      'verifyChecks',
      'verifyMeetingExport',
      'verifyRoundExport',
    ]);
  });

  it('exports what a recount of a published meeting needs from its subpaths: anonymousMeeting, agendaHash, tallyHash, verifyChecks', () => {
    const { anonymousMeeting, tallyBallots } = meetingRules;
    const { agendaHash, tallyHash } = audit;
    const { verifyChecks } = server;
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
    // The browser's verifier (the organizer console) is the same one, without the server.
    expect(verify.verifyMeetingExport).toBe(server.verifyMeetingExport);
  });

  it('exports the types of verification and of a locked meeting change', () => {
    // Compile-time exports: this file does not typecheck when one is missing.
    const announced: LogPosition = { length: 3, head: 'ab' };
    const options: VerifyOptions = { announced, receipts: ['r'] };
    const check: ReceiptCheck = { receipt: 'r', inLog: false };
    const locked: Pick<LockedMeeting, 'log'> = { log: announced };
    expect([options.announced, check.inLog, locked.log]).toEqual([announced, false, announced]);
  });

  it('puts the rest under subpaths', () => {
    expect(typeof http.parseTrustProxy).toBe('function');
    expect(new http.TrustProxyError('x')).toBeInstanceOf(Error);
    expect(typeof live.PostgresChangeFeed).toBe('function');
    expect(typeof qr.qrSheetPdf).toBe('function');
    expect(typeof storage.migrateToLatest).toBe('function');
    expect(typeof storage.replayEarlier).toBe('function');
    expect(typeof audit.verifyChain).toBe('function');
  });

  it('maps each subpath of package.json to a build entry and its source', () => {
    const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
      exports: Record<string, string | { types: string; import: string; default: string }>;
    };
    const config = (Array.isArray(tsupConfig) ? tsupConfig[0] : tsupConfig) as {
      entry: Record<string, string>;
    };
    const subpaths = Object.keys(pkg.exports).filter((path) => path !== './package.json');
    expect(subpaths.sort()).toEqual(
      ['.', './audit', './http', './live', './meeting', './qr', './storage', './verify'].sort(),
    );
    for (const path of subpaths) {
      const name = path === '.' ? 'index' : path.slice(2);
      // `default` too, so `require()` loads it on Node ≥ 20.19 (require(esm)).
      expect(pkg.exports[path]).toEqual({
        types: `./dist/${name}.d.ts`,
        import: `./dist/${name}.js`,
        default: `./dist/${name}.js`,
      });
      const source = config.entry[name];
      expect(source, `tsup entry for ${path}`).toBeDefined();
      expect(existsSync(new URL(`../${source}`, import.meta.url)), source).toBe(true);
    }
  });
});
