import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { UsageError } from '../io.js';
import { readMeeting } from './read-meeting.js';

const fixture = (name: string) =>
  fileURLToPath(new URL(`../../test/fixtures/meeting/${name}`, import.meta.url));

describe('readMeeting', () => {
  it('reads a valid meeting with its defaults applied', async () => {
    const meeting = await readMeeting(fixture('pilot-meeting.json'));
    expect(meeting.criteria.length).toBeGreaterThan(0);
    expect(['sum', 'mean']).toContain(meeting.aggregate);
  });

  it('names the file, the JSON path and what was expected', async () => {
    const error = await readMeeting(fixture('bad-weight-meeting.json')).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UsageError);
    expect((error as Error).message).toMatch(/bad-weight-meeting\.json: criteria\[1\]\.weight: /);
  });

  it('says what is wrong in Chinese with --lang zh-CN', async () => {
    const error = await readMeeting(fixture('bad-weight-meeting.json'), 'zh-CN').catch(
      (e: unknown) => e,
    );
    const message = (error as Error).message;
    expect(message).toMatch(/bad-weight-meeting\.json: criteria\[1\]\.weight: 应大于 0$/);
  });
});
