import type { Locale } from '@qingyuan/core';
import type { PbFormat } from '../data/example-district-pb.js';
import { call, type BoxResult } from './demo-api.js';
import { roleCredential } from './demo-roles.js';

/** One PB election of the PB screen, as the demo's server side hands it out. */
export interface DemoPbElection {
  id: string;
  format: PbFormat;
  /** The voting codes the box issued for it (the demo's voters). */
  codes: string[];
}

/** Where a PB election stands on the ballot box. */
export type PbStatus = 'draft' | 'open' | 'closed';

/** A PB election as the box shows it to anyone. */
export interface PbElectionView {
  id: string;
  status: PbStatus;
  voters: { voted: number } & Record<string, number>;
}

/**
 * The PB election's address on the box, as the page reaches it (`/api/…`): what
 * `<qy-pb-results endpoint>` reads.
 *
 * @example
 * pbElectionPath('org-1', 'district-pb-approval-3f2a1c'); // '/api/organizations/org-1/pb-elections/…'
 */
export function pbElectionPath(organization: string, election: string): string {
  return `/api/organizations/${encodeURIComponent(organization)}/pb-elections/${encodeURIComponent(election)}`;
}

/**
 * Posts to the box (or the demo's endpoints) as the organizer (the coordination group's
 * credential of the round).
 */
async function asOrganizer<T>(round: string, path: string, locale: Locale): Promise<BoxResult<T>> {
  const credential = await roleCredential('organizer', round);
  if (!credential) return { ok: false, status: 403, message: 'no credential for organizer' };
  return call<T>(path, {
    method: 'POST',
    headers: { authorization: `Bearer ${credential.token}`, 'accept-language': locale },
  });
}

/**
 * The PB screen's calls: its elections and codes from the demo's server side (`/demo`), their
 * state from the ballot box, and opening and closing voting as the organizer.
 *
 * @example
 * const listed = await pbApi.elections();
 */
export const pbApi = {
  elections: () =>
    call<{ organization: string; elections: DemoPbElection[] }>('/demo/pb-elections'),
  /** A fresh draft of this format instead of the current one (to vote again). */
  renew: (round: string, format: PbFormat, locale: Locale) =>
    asOrganizer<DemoPbElection>(round, `/demo/pb-elections/${format}`, locale),
  election: (organization: string, id: string, locale: Locale) =>
    call<PbElectionView>(pbElectionPath(organization, id), {
      headers: { 'accept-language': locale },
    }),
  open: (round: string, organization: string, id: string, locale: Locale) =>
    asOrganizer<PbElectionView>(round, `${pbElectionPath(organization, id)}/open`, locale),
  close: (round: string, organization: string, id: string, locale: Locale) =>
    asOrganizer<PbElectionView>(round, `${pbElectionPath(organization, id)}/close`, locale),
};
