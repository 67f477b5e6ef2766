import { randomId } from '../internal/random-id.js';
import { BALLOT_OUTBOX_KEY } from './outbox-key.js';

/** One ballot waiting to be delivered, as kept in localStorage. */
export interface OutboxEntry {
  /** The `Idempotency-Key` sent with every attempt, so the server stores it once. */
  readonly key: string;
  readonly endpoint: string;
  /** The ballot as the JSON body that is posted. */
  readonly body: string;
  /**
   * What the element shows for the entry while it waits and once delivered: a ballot's
   * fingerprint, a document's id (or a small JSON object of id and date). Not the server's
   * receipt, which comes in the answer.
   */
  readonly summary: string;
  /** The page's language, sent as `Accept-Language` so the server answers in it. */
  readonly lang?: string;
}

/** What one delivery attempt came to. */
export type DeliveryOutcome =
  | {
      readonly status: 'sent';
      readonly entry: OutboxEntry;
      readonly httpStatus: number;
      /** The server's answer when it was JSON (e.g. the ballot box's receipt), else undefined. */
      readonly answer: unknown;
    }
  | { readonly status: 'queued'; readonly entry: OutboxEntry; readonly reason: string }
  | {
      readonly status: 'rejected';
      readonly entry: OutboxEntry;
      readonly httpStatus: number;
      readonly message: string;
    }
  | { readonly status: 'busy'; readonly entry: OutboxEntry };

/**
 * Headers added to every attempt at send time and never stored with the entry (e.g. a bearer
 * credential, read from the element when the attempt is made). `undefined` means "not ready to
 * send": the entry stays waiting (`queued`) and nothing is posted.
 */
export type OutboxHeaders = () => Readonly<Record<string, string>> | undefined;

/** Options of a {@link BallotOutbox}. */
export interface BallotOutboxOptions {
  /** Headers read at every attempt (see {@link OutboxHeaders}); nothing of them is stored. */
  readonly headers?: OutboxHeaders;
}

/** Keys being posted right now by any element of this page: never two requests at once. */
const inFlight = new Set<string>();

function isRetryableStatus(status: number): boolean {
  return status === 408 || status === 425 || status === 429 || status >= 500;
}

/** The messages of a list of problems in a JSON error answer (`violations[]` or `problems[]`). */
function listedMessages(list: unknown): string[] {
  if (!Array.isArray(list)) return [];
  return list
    .map((item: unknown) =>
      item !== null && typeof item === 'object' && 'message' in item ? item.message : undefined,
    )
    .filter((message): message is string => typeof message === 'string' && message !== '');
}

/**
 * The reason of a JSON error answer, in the server's words: the messages of its `violations[]`
 * (a broken rule, e.g. "voting is closed") or `problems[]` (a malformed field) when it lists
 * any — they say more than the summary `message` ("breaks the meeting's rules") — else its
 * `message` (or its `error` code), else the text itself when it is not JSON; empty when the
 * answer gives no reason. Never a bare HTTP status when the server said why.
 */
export function refusalReason(text: string): string {
  try {
    const parsed: unknown = JSON.parse(text);
    if (parsed !== null && typeof parsed === 'object') {
      const listed = [
        ...listedMessages('violations' in parsed ? parsed.violations : undefined),
        ...listedMessages('problems' in parsed ? parsed.problems : undefined),
      ];
      if (listed.length > 0) return [...new Set(listed)].join('; ');
      for (const field of ['message', 'error'] as const) {
        const value: unknown = field in parsed ? (parsed as Record<string, unknown>)[field] : '';
        if (typeof value === 'string' && value !== '') return value;
      }
      return '';
    }
  } catch {
    // Not JSON: the text itself is the message.
  }
  return text;
}

/**
 * The device's outbox of ballots (`<qy-ballot endpoint>`) and survey responses
 * (`<qy-needs-survey action>`). An entry is stored *before* the first attempt, removed only when
 * the server accepted it (2xx) or refused it for good (other 4xx), and kept when offline,
 * unreachable or busy (408/425/429/5xx). Every attempt carries the same `Idempotency-Key`, and
 * one page never has two attempts of one key in flight, so an entry is stored once however often
 * it is retried.
 *
 * @example
 * const outbox = new BallotOutbox();
 * const entry = outbox.add({ endpoint: '/api/ballots', body: JSON.stringify(ballot), summary });
 * const outcome = await outbox.deliver(entry); // 'sent' | 'queued' | 'rejected' | 'busy'
 * // A credential read at every attempt, never written to localStorage:
 * new BallotOutbox(localStorage, 'qingyuan:funding-decision-outbox', {
 *   headers: () => (token ? { Authorization: `Bearer ${token}` } : undefined),
 * });
 */
export class BallotOutbox {
  constructor(
    private readonly storage: Storage = localStorage,
    private readonly storageKey = BALLOT_OUTBOX_KEY,
    private readonly options: BallotOutboxOptions = {},
  ) {}

  /** Every waiting ballot, oldest first. */
  entries(): OutboxEntry[] {
    try {
      const parsed: unknown = JSON.parse(this.storage.getItem(this.storageKey) ?? '[]');
      // Entries stored before `summary` was named so kept it as `receipt`: read them whole.
      return Array.isArray(parsed)
        ? (parsed as (OutboxEntry & { receipt?: string })[]).map(({ receipt, ...entry }) => ({
            ...entry,
            summary: entry.summary ?? receipt ?? '',
          }))
        : [];
    } catch {
      return [];
    }
  }

  /** Stores a ballot under a fresh idempotency key and returns its entry. */
  add(entry: Omit<OutboxEntry, 'key'>): OutboxEntry {
    const stored: OutboxEntry = { key: randomId(), ...entry };
    this.write([...this.entries(), stored]);
    return stored;
  }

  /** Forgets a ballot (delivered or refused). */
  remove(key: string): void {
    this.write(this.entries().filter((entry) => entry.key !== key));
  }

  /** Posts one waiting ballot and records the outcome. */
  async deliver(entry: OutboxEntry): Promise<DeliveryOutcome> {
    if (inFlight.has(entry.key)) return { status: 'busy', entry };
    // Already delivered by an earlier flush that read the same list: do not post it again.
    if (!this.entries().some((item) => item.key === entry.key)) return { status: 'busy', entry };
    // Read at send time (a credential the host may set or change later), never stored.
    const extra = this.options.headers ? this.options.headers() : {};
    if (extra === undefined) return { status: 'queued', entry, reason: 'not ready to send' };
    inFlight.add(entry.key);
    try {
      let response: Response;
      try {
        response = await fetch(entry.endpoint, {
          method: 'POST',
          headers: {
            ...extra,
            'Content-Type': 'application/json',
            'Idempotency-Key': entry.key,
            ...(entry.lang ? { 'Accept-Language': entry.lang } : {}),
          },
          body: entry.body,
        });
      } catch (error) {
        return {
          status: 'queued',
          entry,
          reason: error instanceof Error ? error.message : String(error),
        };
      }
      if (response.ok) {
        this.remove(entry.key);
        const answer = await response.json().catch(() => undefined);
        return { status: 'sent', entry, httpStatus: response.status, answer };
      }
      if (isRetryableStatus(response.status)) {
        return { status: 'queued', entry, reason: `HTTP ${response.status}` };
      }
      this.remove(entry.key);
      const message = refusalReason(await response.text().catch(() => '')).slice(0, 500);
      // The organizer embedding the element learns why from the console as well as the event.
      console.warn(
        `Qingyuan: ${entry.endpoint} refused this delivery for good (HTTP ${response.status})${message ? `: ${message}` : ''}`,
      );
      return { status: 'rejected', entry, httpStatus: response.status, message };
    } finally {
      inFlight.delete(entry.key);
    }
  }

  /** Tries every waiting ballot for an endpoint, one after another. */
  async flush(endpoint: string): Promise<DeliveryOutcome[]> {
    const outcomes: DeliveryOutcome[] = [];
    for (const entry of this.entries().filter((item) => item.endpoint === endpoint)) {
      outcomes.push(await this.deliver(entry));
    }
    return outcomes;
  }

  private write(entries: readonly OutboxEntry[]): void {
    if (entries.length === 0) this.storage.removeItem(this.storageKey);
    else this.storage.setItem(this.storageKey, JSON.stringify(entries));
  }
}
