/**
 * The roles an operator can give people of an organisation, each with its own credential:
 *
 * - `organizer` — the coordination group: runs every meeting and collection of the organisation;
 * - `service-center` — the community service center that hosts the round;
 * - `supervisor` — a member of the supervision group;
 * - `auditor` — the auditor of a round's accounts;
 * - `applicant` — a resident group that applies for funding;
 * - `team-member` — a member of a funded project's team: a one-time signing code (typed or read
 *   from a QR code), not a bearer token;
 * - `officer` — a polling officer who enters paper ballots of PB elections (each paper ballot is
 *   entered by two different officers).
 *
 * The operator key itself is the role `operator` (it creates meetings and collections and
 * mints the other credentials); it is not minted through the credentials route.
 *
 * @example
 * isMintableRole('auditor'); // true
 * isMintableRole('operator'); // false
 */
export const mintableRoles = [
  'organizer',
  'service-center',
  'supervisor',
  'auditor',
  'applicant',
  'team-member',
  'officer',
] as const;

/** A role given by a minted credential (see {@link mintableRoles}). */
export type MintableRole = (typeof mintableRoles)[number];

/** Every role a credential can carry: the operator key's and the minted ones. */
export type CredentialRole = 'operator' | MintableRole;

/**
 * Whether `role` is one an operator may mint.
 *
 * @example
 * isMintableRole('team-member'); // true
 */
export function isMintableRole(role: string): role is MintableRole {
  return (mintableRoles as readonly string[]).includes(role);
}

/**
 * Whether a role's credential is a one-time signing code rather than a bearer token: such a
 * code is used once (to sign) and never opens the API as `Authorization: Bearer`.
 *
 * @example
 * isSigningCodeRole('team-member'); // true
 * isSigningCodeRole('auditor'); // false
 */
export function isSigningCodeRole(role: CredentialRole): boolean {
  return role === 'team-member';
}
