import type { Rational } from '../math/rational.js';

/** The ballot kinds a Pabulib file declares in `META vote_type`. */
export const PABULIB_VOTE_TYPES = ['approval', 'ordinal', 'cumulative', 'scoring'] as const;

/** One of {@link PABULIB_VOTE_TYPES}. */
export type PabulibVoteType = (typeof PABULIB_VOTE_TYPES)[number];

/**
 * One row of the PROJECTS section.
 *
 * @example
 * const project: PabulibProject = { id: '7', cost: Rational.of(120000), extra: { name: 'Park' } };
 */
export interface PabulibProject {
  /** `project_id`, trimmed. */
  id: string;
  /** `cost`, exact. */
  cost: Rational;
  /** Every other column of the row (name, votes, selected, …) by header name, as written. */
  extra: Record<string, string>;
}

/**
 * One row of the VOTES section: one voter's ballot.
 *
 * @example
 * const vote: PabulibVote = { voterId: '30397', projects: ['658'], extra: { sex: 'F' } };
 */
export interface PabulibVote {
  /** `voter_id`, trimmed. */
  voterId: string;
  /** The `vote` column: the project ids, in the order written (the ranking for ordinal ballots). */
  projects: string[];
  /** The `points` column (cumulative and scoring ballots), one per project, exact. */
  points?: Rational[];
  /** Every other column of the row (age, sex, voting_method, …) by header name, as written. */
  extra: Record<string, string>;
}

/**
 * A participatory-budgeting election as a Pabulib `.pb` file holds it (pabulib.org): the META
 * key/value pairs, the projects and the votes, with costs, budget and points as exact numbers
 * and every extra column kept, so writing it back loses nothing.
 *
 * @example
 * const result = parsePabulib(text);
 * if (result.ok) console.log(result.value.projects.length, result.value.budget.toString());
 */
export interface PabulibInstance {
  /** Every META pair, in file order, values as written (`budget` and `vote_type` included). */
  meta: Record<string, string>;
  /** META `budget`, exact. */
  budget: Rational;
  /** META `vote_type`. */
  voteType: PabulibVoteType;
  /** The PROJECTS header, in file order (`project_id` and `cost` included). */
  projectColumns: string[];
  projects: PabulibProject[];
  /** The VOTES header, in file order (`voter_id` and `vote` included). */
  voteColumns: string[];
  /**
   * The ballots, one per VOTES row. In an instance the reader made, they are kept as columns
   * ({@link pabulibVoteStore}) and these objects are made the first time this property is
   * read; it is an ordinary writable property otherwise.
   */
  votes: PabulibVote[];
}
