import type { Locale, MessageParams, tally } from '@qingyuan/core';
import type { DocumentResult } from '../data/document-result.js';
import { readRankingInput, talliesBallots, type RankingData } from './ranking-input.js';
import type { RankingMessageKey } from './ranking-table.messages.js';

/** Core's `tally`, once `./ranking-tally.js` has loaded (one import for every table of the page). */
let loadedTally: typeof tally | undefined;
let loadingTally: Promise<typeof tally> | undefined;

function loadTally(): Promise<typeof tally> {
  loadingTally ??= import('./ranking-tally.js').then(
    (module) => (loadedTally = module.tally),
    (error: unknown) => {
      loadingTally = undefined; // the next document tries again
      throw error;
    },
  );
  return loadingTally;
}

/**
 * `<qy-ranking-table>`'s reading of its document (`readRankingInput`: `{ meeting, result }` or
 * `{ meeting, ballots }`), which loads core's `tally` only for a document that brings ballots
 * to tally: then it answers once the tally has loaded (once per page), and a tally that cannot
 * be loaded is an error of the document. A table fed a tally result never downloads the tally.
 *
 * @example
 * new DocumentController<RankingData>(this, {
 *   parse: (data, locale) => readRankingDocument(data, locale, (k, p) => this.t(k, p)), …
 * });
 */
export function readRankingDocument(
  data: unknown,
  locale: Locale,
  t: (key: RankingMessageKey, params?: MessageParams) => string,
): DocumentResult<RankingData> | Promise<DocumentResult<RankingData>> {
  if (loadedTally || !talliesBallots(data)) return readRankingInput(data, locale, t, loadedTally);
  return loadTally().then(
    (loaded) => readRankingInput(data, locale, t, loaded),
    (error: unknown) => ({
      ok: false,
      issues: [
        {
          where: '',
          message: t('unreachable', {
            url: 'ranking-tally.js',
            detail: error instanceof Error ? error.message : String(error),
          }),
        },
      ],
    }),
  );
}
