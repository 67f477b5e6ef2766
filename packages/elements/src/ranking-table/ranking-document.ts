import type { MessageParams, tally } from '@qingyuan/core';
import { DocumentController, type DocumentControllerOptions } from '../data/document-controller.js';
import type { DocumentSource } from '../events/load-error.js';
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

/** What a {@link RankingDocumentController} reads from `<qy-ranking-table>`. */
export interface RankingDocumentOptions extends Omit<
  DocumentControllerOptions<RankingData>,
  'parse' | 't'
> {
  /** The table's text (the document's issues are in its language). */
  t: (key: RankingMessageKey, params?: MessageParams) => string;
}

/**
 * `<qy-ranking-table>`'s document controller: reads `{ meeting, result }` or
 * `{ meeting, ballots }` (`readRankingInput`) from a property, an inline child or `src`, and
 * loads core's `tally` only for a document that brings ballots to tally. While it loads (once
 * per page) the state is `loading`; the document is then read as usual (`ready` and `qy-load`,
 * or `error` and `qy-load-error`), unless a newer one came meanwhile. A table fed a tally result
 * never downloads the tally.
 *
 * @example
 * private readonly doc = new RankingDocumentController(this, {
 *   property: () => this.input, src: () => this.src, t: (k, p) => this.t(k, p),
 *   locale: () => this.locale,
 * });
 * await this.doc.tallying; // while core's tally loads for this document
 */
export class RankingDocumentController extends DocumentController<RankingData> {
  /** While core's tally loads for the current document: settles once it was read. */
  tallying: Promise<void> | undefined;

  constructor(
    host: ConstructorParameters<typeof DocumentController>[0],
    options: RankingDocumentOptions,
  ) {
    super(host, {
      ...options,
      parse: (data, locale) => readRankingInput(data, locale, options.t, loadedTally),
    });
  }

  protected override accept(data: unknown, source: DocumentSource): void {
    if (loadedTally || !talliesBallots(data)) return super.accept(data, source);
    // A newer document (or none) replaces this state: then this one is not read.
    const waiting = { status: 'loading', source } as const;
    this.state = waiting;
    const tallying: Promise<void> = loadTally()
      .then(
        () => {
          if (this.state === waiting) super.accept(data, source);
        },
        (error: unknown) => {
          if (this.state !== waiting) return;
          const detail = error instanceof Error ? error.message : String(error);
          const url = 'ranking-tally.js';
          this.fail(source, [
            { where: '', message: this.options.t('unreachable', { url, detail }) },
          ]);
        },
      )
      .finally(() => {
        if (this.tallying === tallying) this.tallying = undefined;
        this.host.requestUpdate();
      });
    this.tallying = tallying;
  }
}
