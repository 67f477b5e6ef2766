import { UsageError } from '../io.js';
import type { Locale } from '@qingyuan/core';
import { readJsonFile } from './read-json-file.js';

/**
 * Reads a ballots.json: it must be an array; each ballot is checked by the tally (which lists
 * every rejected ballot with its reasons), not here.
 *
 * @example
 * const ballots = await readBallots('ballots.json'); // unknown[]
 */
export async function readBallots(file: string, lang: Locale = 'en'): Promise<unknown[]> {
  const data = await readJsonFile(file, lang);
  if (!Array.isArray(data)) {
    throw new UsageError(
      `${file}: (document): ${lang === 'zh-CN' ? '需要一个选票数组' : 'expected an array of ballots'}`,
    );
  }
  return data;
}
