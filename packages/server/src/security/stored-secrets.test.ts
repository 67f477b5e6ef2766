import type { Kysely } from 'kysely';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { describeEachBackend, type TestDatabase } from '../../test/support/backends.js';
import { TestBox } from '../../test/support/ballot-box.js';
import { hashSecret, normalizeVotingCode } from './secrets.js';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** Every row of every table the ballot box keeps, as one text to search. */
async function everythingStored(store: TestDatabase): Promise<string> {
  const db = store.db as unknown as Kysely<Record<string, Json>>;
  const tables = await db.introspection.getTables({ withInternalKyselyTables: true });
  expect(tables.map((table) => table.name)).toEqual(
    expect.arrayContaining(['meetings', 'voter_codes', 'collections']),
  );
  const dumps: string[] = [];
  for (const table of tables) {
    const rows = await db.selectFrom(table.name).selectAll().execute();
    dumps.push(`${table.name}: ${JSON.stringify(rows)}`);
  }
  return dumps.join('\n');
}

describeEachBackend('secrets at rest', (backend) => {
  let store: TestDatabase;
  let box: TestBox;

  beforeEach(async () => {
    store = await backend.open();
    box = new TestBox(store);
  });
  afterEach(async () => {
    await store.dispose();
  });

  it('stores organizer tokens, voting codes, operator keys and role credentials only as their SHA-256', async () => {
    const { token, codes } = await box.openMeeting('m1', 3);
    const collection = (await (
      await box.request(
        'POST',
        '/collections',
        { kind: 'survey-responses' },
        await box.asOperator(),
      )
    ).json()) as Json;
    const collectionToken = collection.organizerToken as string;
    // A ballot and a lookup put each code through the paths that handle it.
    await box.request('POST', '/meetings/m1/ballots/mine', { code: codes[0]!.code });
    const { organization, operatorKey } = await box.testOrganization();
    const mint = async (role: string) =>
      (
        (await (
          await box.request(
            'POST',
            `/organizations/${organization}/credentials`,
            { role, count: 1 },
            await box.asOperator(),
          )
        ).json()) as Json
      ).credentials[0].secret as string;
    const auditorToken = await mint('auditor');
    const signingCode = await mint('team-member');

    const stored = await everythingStored(store);
    for (const secret of [token, collectionToken, operatorKey, auditorToken]) {
      expect(stored).not.toContain(secret);
      expect(stored).not.toContain(secret.slice(4)); // without the qyo_/qyk_/qyr_ prefix
      expect(stored).toContain(hashSecret(secret));
    }
    for (const code of [...codes.map((issued) => issued.code), signingCode]) {
      expect(stored).not.toContain(code);
      expect(stored).not.toContain(normalizeVotingCode(code));
      expect(stored).toContain(hashSecret(normalizeVotingCode(code)));
    }
    // The hashes sit where the server looks for them.
    const meeting = await store.db
      .selectFrom('meetings')
      .select('organizer_token_hash')
      .where('id', '=', 'm1')
      .executeTakeFirstOrThrow();
    expect(meeting.organizer_token_hash).toBe(hashSecret(token));
    const kept = await store.db
      .selectFrom('collections')
      .select('organizer_token_hash')
      .where('id', '=', collection.id as string)
      .executeTakeFirstOrThrow();
    expect(kept.organizer_token_hash).toBe(hashSecret(collectionToken));
  });
});
