import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { pilotMeetingInput } from '../test/support/fixtures.js';
import { OperatorKeyError } from './storage/credentials.js';
import { startServer } from './start-server.js';

describe('startServer and the operator key', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'qingyuan-start-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const createMeeting = (url: string, id: string, key?: string) =>
    fetch(`${url}/meetings`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(key !== undefined ? { authorization: `Bearer ${key}` } : {}),
      },
      body: JSON.stringify({ meeting: pilotMeetingInput(id) }),
    });

  it('answers a one-time operator key on the first start of an empty database, never again', async () => {
    const database = { file: join(dir, 'box.db') };
    const first = await startServer({ database, port: 0 });
    let key: string | undefined;
    try {
      key = first.operatorKey;
      expect(key).toMatch(/^qyk_/);
      expect((await createMeeting(first.url, 'anonymous')).status).toBe(401);
      expect((await createMeeting(first.url, 'by-operator', key)).status).toBe(201);
    } finally {
      await first.close();
    }
    const second = await startServer({ database, port: 0 });
    try {
      expect(second.operatorKey).toBeUndefined();
      expect((await createMeeting(second.url, 'again', key)).status).toBe(201);
    } finally {
      await second.close();
    }
  });

  it('takes the operator key it is given (QINGYUAN_OPERATOR_KEY) and refuses a weak one', async () => {
    const database = { file: join(dir, 'demo.db') };
    const operatorKey = 'demo-key-0123456789abcdefghij';
    const server = await startServer({ database, port: 0, operatorKey });
    try {
      expect(server.operatorKey).toBeUndefined();
      expect((await createMeeting(server.url, 'demo', operatorKey)).status).toBe(201);
    } finally {
      await server.close();
    }
    await expect(
      startServer({ database: { file: join(dir, 'weak.db') }, port: 0, operatorKey: 'secret' }),
    ).rejects.toBeInstanceOf(OperatorKeyError);
  });
});
