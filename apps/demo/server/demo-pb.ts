import { randomBytes } from 'node:crypto';
import { exampleDistrictSheet, pbFormats, type PbFormat } from '../src/data/example-district-pb.js';
import { boxAnswer, postJson, type BoxFetch } from './box-fetch.js';

/** How many voting codes the demo hands out per PB election. */
export const demoPbVoterCount = 6;

/** One PB election of the demo's PB screen: its format and the voting codes the box issued. */
export interface DemoPbElection {
  id: string;
  format: PbFormat;
  codes: string[];
}

/** The rule the demo's PB elections are counted with (it has an explanation). */
export const demoPbRule = { name: 'equal-shares', utility: 'cost', completion: 'greedy' } as const;

/**
 * Creates, in the ballot box, a draft PB election of the invented district in `format` for the
 * demo's organisation (with the organizer's credential of the round: the box lets an
 * organisation's organizers create PB elections), and has the box issue
 * {@link demoPbVoterCount} voting codes for it. The organizer opens and closes it on the screen.
 *
 * @example
 * const election = await createDemoPbElection(box, 'org-1', organizerToken, 'knapsack');
 */
export async function createDemoPbElection(
  box: BoxFetch,
  organization: string,
  organizerToken: string,
  format: PbFormat,
): Promise<DemoPbElection> {
  const post = (path: string, body: unknown) => postJson(box, path, body, organizerToken);
  const id = `district-pb-${format}-${randomBytes(3).toString('hex')}`;
  const at = `/organizations/${encodeURIComponent(organization)}/pb-elections`;
  await boxAnswer(
    post(at, { id, sheet: exampleDistrictSheet(format), rule: demoPbRule }),
    `Creating the ${format} PB election`,
  );
  const issued = await boxAnswer<{ codes: { code: string }[] }>(
    post(`${at}/${id}/codes`, { count: demoPbVoterCount }),
    `Issuing codes for the ${format} PB election`,
  );
  return { id, format, codes: issued.codes.map((c) => c.code) };
}

/**
 * One draft PB election per ballot format (see {@link createDemoPbElection}), seeded with the
 * rest of the demo on every reset (`seedDemo`), so the PB screen finds them there.
 *
 * @example
 * const elections = await seedDemoPb(box, session.round.organization, session.round.roles.organizer);
 */
export async function seedDemoPb(
  box: BoxFetch,
  organization: string,
  organizerToken: string,
): Promise<DemoPbElection[]> {
  const elections: DemoPbElection[] = [];
  for (const format of pbFormats) {
    elections.push(await createDemoPbElection(box, organization, organizerToken, format));
  }
  return elections;
}
