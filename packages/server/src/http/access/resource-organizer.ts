import type { Context } from 'hono';
import type { BallotBoxEnv } from '../app-env.js';
import { httpProblem, type Bilingual } from '../error-responses.js';
import { bearerToken } from './bearer-token.js';
import { runsOrganization } from './organization-member.js';
import { refuseRevoked } from './revoked-credential.js';

/**
 * A resource with an organizer (a meeting, a collection): the organisation that owns it and
 * the check of the organizer token it was created with.
 */
export interface OrganizedResource {
  /** The owning organisation: its operator key and `organizer` credentials open the resource too. */
  readonly organization: string;
  /** Whether `token` is the resource's own organizer token. */
  readonly hasOrganizerToken: (token: string) => Promise<boolean>;
}

/** The resource's words for the two refusals. */
export interface OrganizerRefusals {
  /** `401 unauthorized`: the request carries no bearer token. */
  readonly unauthorized: Bilingual;
  /** `403 forbidden`: the token opens neither the resource nor its organisation. */
  readonly forbidden: Bilingual;
}

/**
 * Lets the request through when its bearer token is the resource's organizer token, or a
 * credential that runs the owning organisation (its operator key, an `organizer` credential);
 * else throws `401` without a token, `401 credential-revoked` for a revoked credential, and
 * `403` for any other token, in the resource's words.
 *
 * @example
 * await requireResourceOrganizer(
 *   c,
 *   { organization: record.organization, hasOrganizerToken: (t) => repo.isOrganizer(id, t) },
 *   { unauthorized: needsToken, forbidden: notThisMeeting },
 * );
 */
export async function requireResourceOrganizer<E extends BallotBoxEnv>(
  c: Context<E>,
  resource: OrganizedResource,
  refusals: OrganizerRefusals,
): Promise<void> {
  const token = bearerToken(c);
  if (token === undefined) throw httpProblem(c, 401, 'unauthorized', refusals.unauthorized);
  if (
    !(await resource.hasOrganizerToken(token)) &&
    !(await runsOrganization(c, resource.organization, token))
  ) {
    await refuseRevoked(c, token);
    throw httpProblem(c, 403, 'forbidden', refusals.forbidden);
  }
}
