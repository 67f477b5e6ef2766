import { ballotFingerprint } from './ballot-fingerprint.js';

/** A ballot this device delivered, as remembered for the voter who comes back. */
export interface DeliveredBallot {
  /** Where it was posted. */
  readonly endpoint: string;
  /** A fingerprint of the voting code (or the voter id) it was cast with; never the code. */
  readonly who: string;
  /** The ballot box's receipt, when the endpoint is a box. */
  readonly receipt?: string;
  /** The ballot's fingerprint, kept when the endpoint answered with no receipt. */
  readonly fingerprint?: string;
  /** Whether the ballot box said it replaced an earlier ballot of the code. */
  readonly replaced: boolean;
  /** When it was accepted (ISO time). */
  readonly at: string;
}

const STORAGE_KEY = 'qingyuan:ballot-delivered';
/** Enough for a shared tablet at a meeting; the oldest are forgotten first. */
const KEEP = 50;

/**
 * A fingerprint of who cast a ballot: 48 bits of the SHA-256 of the voting code as the ballot
 * box reads it (upper case, no dashes or spaces, O→0, I/L→1), or of the voter id. The code
 * itself is not kept on the device once its ballot is delivered.
 *
 * @example
 * await castBy({ code: 'k7q2-9xwd' }) === await castBy({ code: 'K7Q29XWD' }); // true
 */
export async function castBy(who: { code: string } | { voter: string }): Promise<string> {
  if ('voter' in who) return ballotFingerprint({ voter: who.voter });
  const code = who.code
    .toUpperCase()
    .replace(/[\s-]/g, '')
    .replace(/O/g, '0')
    .replace(/[IL]/g, '1');
  return ballotFingerprint({ votingCode: code });
}

/**
 * The ballots this device delivered, per endpoint and voter, kept in localStorage so that a
 * voter who comes back (after an outage, a reload, a closed tab) sees that the ballot was
 * received and its receipt — not a fresh empty ballot that invites a second vote.
 *
 * @example
 * const delivered = new DeliveredBallots();
 * delivered.remember({ endpoint, who: await castBy({ code }), receipt, replaced: false, at });
 * delivered.find(endpoint, who); // the record, or undefined
 */
export class DeliveredBallots {
  constructor(private readonly storage: Storage = localStorage) {}

  /** Every remembered ballot, oldest first. */
  all(): DeliveredBallot[] {
    try {
      const parsed: unknown = JSON.parse(this.storage.getItem(STORAGE_KEY) ?? '[]');
      return Array.isArray(parsed) ? parsed.filter(isDeliveredBallot) : [];
    } catch {
      return [];
    }
  }

  /** The ballot delivered to `endpoint` by `who` (see {@link castBy}), if any. */
  find(endpoint: string, who: string): DeliveredBallot | undefined {
    return this.all().find((item) => item.endpoint === endpoint && item.who === who);
  }

  /** The last ballot delivered to `endpoint` from this device, whoever cast it. */
  last(endpoint: string): DeliveredBallot | undefined {
    return this.all()
      .filter((item) => item.endpoint === endpoint)
      .at(-1);
  }

  /** Remembers a delivered ballot (replacing the same voter's earlier one). */
  remember(ballot: DeliveredBallot): void {
    const others = this.all().filter(
      (item) => !(item.endpoint === ballot.endpoint && item.who === ballot.who),
    );
    try {
      this.storage.setItem(STORAGE_KEY, JSON.stringify([...others, ballot].slice(-KEEP)));
    } catch {
      // Storage full or blocked: the voter still sees the receipt now.
    }
  }
}

function isDeliveredBallot(value: unknown): value is DeliveredBallot {
  if (value === null || typeof value !== 'object') return false;
  const item = value as Record<string, unknown>;
  return (
    typeof item['endpoint'] === 'string' &&
    typeof item['who'] === 'string' &&
    (typeof item['receipt'] === 'string' || typeof item['fingerprint'] === 'string') &&
    typeof item['replaced'] === 'boolean' &&
    typeof item['at'] === 'string'
  );
}
