import type { Rational } from '../math/rational.js';
import type { PabulibInstance, PabulibVote } from './pabulib-instance.js';

/** What {@link PabulibVoteStore} is built from (the reader fills these while it parses). */
export interface PabulibVoteStoreParts {
  /** How many votes. */
  count: number;
  /** Project ids by index, in PROJECTS order. */
  projectIds: readonly string[];
  /** Vote `v` names `projectIndices[offsets[v], offsets[v + 1])`; `count + 1` entries used. */
  offsets: Int32Array;
  /** The project indices of every vote, one vote after the other, in the order written. */
  projectIndices: Int32Array;
  /** The points of every vote, aligned with `projectIndices`, or `null` without a points column. */
  points: readonly Rational[] | null;
  /** Voter ids as numbers (when every id is a plain whole number), else `null`. */
  voterNumbers: Float64Array | null;
  /** Voter ids as text (when they are not all plain whole numbers), else `null`. */
  voterIds: readonly string[] | null;
  /** The VOTES columns other than `voter_id`, `vote` and `points`, in header order. */
  extraNames: readonly string[];
  /** Per extra column: vote `v`'s value is `extraValues[k][extraCodes[k][v]]`. */
  extraCodes: readonly Int32Array[];
  extraValues: readonly (readonly string[])[];
}

/**
 * The votes of a parsed Pabulib file as columns: the project indices of all votes in one
 * typed array with an offset per vote, the points (if any) in one array, the voter ids as
 * numbers when they are plain whole numbers, and each extra column (age, sex, …) as codes
 * into its distinct values. The allocation rules read these columns directly, so a
 * city-size file never becomes one object per voter; {@link PabulibVoteStore.vote} makes
 * one {@link PabulibVote} on demand.
 *
 * Get it from a parsed instance with {@link pabulibVoteStore}.
 *
 * @example
 * const parsed = parsePabulib(text);
 * const store = parsed.ok ? pabulibVoteStore(parsed.value) : null;
 * if (store) {
 *   for (let v = 0; v < store.count; v++) {
 *     for (let i = store.offsets[v]!; i < store.offsets[v + 1]!; i++) {
 *       console.log(store.voterId(v), store.projectIds[store.projectIndices[i]!]);
 *     }
 *   }
 * }
 */
export class PabulibVoteStore {
  /** How many votes (VOTES rows). */
  readonly count: number;
  /** Project ids by index, in PROJECTS order (the same strings as `instance.projects[i].id`). */
  readonly projectIds: readonly string[];
  /** Vote `v` names `projectIndices[offsets[v], offsets[v + 1])`. */
  readonly offsets: Int32Array;
  /** The project indices of every vote, in the order written (the ranking for ordinal ballots). */
  readonly projectIndices: Int32Array;
  /** The points of every vote, aligned with {@link projectIndices}; `null` without a points column. */
  readonly points: readonly Rational[] | null;
  /** The VOTES columns kept as extras, in header order. */
  readonly extraNames: readonly string[];
  private readonly voterNumbers: Float64Array | null;
  private readonly voterIds: readonly string[] | null;
  private readonly extraCodes: readonly Int32Array[];
  private readonly extraValues: readonly (readonly string[])[];
  private readonly extraHasProto: boolean;

  constructor(parts: PabulibVoteStoreParts) {
    this.count = parts.count;
    this.projectIds = parts.projectIds;
    this.offsets = parts.offsets;
    this.projectIndices = parts.projectIndices;
    this.points = parts.points;
    this.voterNumbers = parts.voterNumbers;
    this.voterIds = parts.voterIds;
    this.extraNames = parts.extraNames;
    this.extraCodes = parts.extraCodes;
    this.extraValues = parts.extraValues;
    this.extraHasProto = parts.extraNames.includes('__proto__');
  }

  /** Vote `v`'s `voter_id`, trimmed. */
  voterId(v: number): string {
    return this.voterIds !== null ? this.voterIds[v]! : String(this.voterNumbers![v]!);
  }

  /** Vote `v`'s project ids, in the order written. */
  projects(v: number): string[] {
    const start = this.offsets[v]!;
    const end = this.offsets[v + 1]!;
    const projects = new Array<string>(end - start);
    for (let i = start; i < end; i++)
      projects[i - start] = this.projectIds[this.projectIndices[i]!]!;
    return projects;
  }

  /** Vote `v`'s value in extra column `name` (as written), or `undefined` without that column. */
  extra(v: number, name: string): string | undefined {
    const k = this.extraNames.indexOf(name);
    return k < 0 ? undefined : this.extraValues[k]![this.extraCodes[k]![v]!];
  }

  /** Vote `v` as a {@link PabulibVote} (a new object each call). */
  vote(v: number): PabulibVote {
    const extra: Record<string, string> = {};
    const names = this.extraNames;
    for (let k = 0; k < names.length; k++) {
      const value = this.extraValues[k]![this.extraCodes[k]![v]!]!;
      if (this.extraHasProto && names[k] === '__proto__') {
        Object.defineProperty(extra, '__proto__', {
          value,
          enumerable: true,
          writable: true,
          configurable: true,
        });
      } else {
        extra[names[k]!] = value;
      }
    }
    const vote: PabulibVote = { voterId: this.voterId(v), projects: this.projects(v), extra };
    if (this.points !== null) {
      vote.points = this.points.slice(this.offsets[v]!, this.offsets[v + 1]!);
    }
    return vote;
  }

  /** Every vote as a {@link PabulibVote}, in file order. */
  toVotes(): PabulibVote[] {
    const votes = new Array<PabulibVote>(this.count);
    for (let v = 0; v < this.count; v++) votes[v] = this.vote(v);
    return votes;
  }
}

/** The state behind one instance's lazy `votes` property. */
interface LazyVotes {
  store: PabulibVoteStore;
  /** The votes as objects, once someone asked for them (or assigned new ones). */
  votes: PabulibVote[] | null;
}

/** The lazy `votes` getter of each instance {@link pabulibInstanceOfStore} made, to its state. */
const lazyVotes = new WeakMap<() => PabulibVote[], LazyVotes>();

/**
 * A {@link PabulibInstance} whose `votes` are made from `store` the first time they are read
 * (an ordinary, writable, enumerable property for everyone who uses it). Until then the rules
 * read the store's columns ({@link pabulibVoteStore}).
 *
 * @example
 * const instance = pabulibInstanceOfStore({ meta, budget, voteType, projectColumns, projects, voteColumns }, store);
 * instance.votes[0]?.voterId; // made on first access
 */
export function pabulibInstanceOfStore(
  fields: Omit<PabulibInstance, 'votes'>,
  store: PabulibVoteStore,
): PabulibInstance {
  const state: LazyVotes = { store, votes: null };
  const get = (): PabulibVote[] => (state.votes ??= store.toVotes());
  const set = (votes: PabulibVote[]): void => {
    state.votes = votes;
  };
  lazyVotes.set(get, state);
  const instance = { ...fields } as PabulibInstance;
  Object.defineProperty(instance, 'votes', { get, set, enumerable: true, configurable: true });
  return instance;
}

/**
 * The columnar votes of an instance parsed by {@link parsePabulib} or {@link PabulibReader},
 * or `null` when there are none to trust: a hand-made instance, or one whose `votes` have
 * been read or assigned as objects (they may have been changed since, so the objects are the
 * truth from then on). Copies made with {@link withSelectedProjects} keep the store.
 *
 * @example
 * const parsed = parsePabulib(text);
 * if (parsed.ok) pabulibVoteStore(parsed.value)?.count; // the number of votes, no objects made
 */
export function pabulibVoteStore(instance: PabulibInstance): PabulibVoteStore | null {
  const get = Object.getOwnPropertyDescriptor(instance, 'votes')?.get;
  if (get === undefined) return null;
  const state = lazyVotes.get(get as () => PabulibVote[]);
  return state !== undefined && state.votes === null ? state.store : null;
}
