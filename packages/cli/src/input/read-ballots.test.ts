import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readBallots } from './read-ballots.js';

const fixture = (name: string) =>
  fileURLToPath(new URL(`../../test/fixtures/meeting/${name}`, import.meta.url));

describe('readBallots', () => {
  it('reads an array of ballots without checking them', async () => {
    const ballots = await readBallots(fixture('pilot-ballots.json'));
    expect(Array.isArray(ballots)).toBe(true);
    expect(ballots.length).toBeGreaterThan(0);
  });

  it('rejects a document that is not an array', async () => {
    await expect(readBallots(fixture('not-a-list-ballots.json'))).rejects.toThrow(
      'not-a-list-ballots.json: (document): expected an array of ballots',
    );
  });
});
