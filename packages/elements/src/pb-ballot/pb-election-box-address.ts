/** Where `<qy-pb-ballot box organization election>` reads its sheet and casts its ballot. */
export interface PbElectionBoxAddresses {
  /** The election's public view with its ballot sheet and status (`GET …/pb-elections/{id}`). */
  readonly view: string;
  /** Where a ballot is cast with its voting code (`POST …/ballots`). */
  readonly ballots: string;
  /** Where a voting code is checked before any choice (`POST …/codes/check`). */
  readonly check: string;
}

/**
 * The ballot box's addresses of a participatory-budgeting election, resolved against the page
 * (`box` may be relative); `undefined` unless `box`, `organization` and `election` are all set.
 *
 * @example
 * pbElectionBoxAddresses('https://box.example/', 'org-7K2Q', 'binhe-2026')?.ballots;
 * // 'https://box.example/organizations/org-7K2Q/pb-elections/binhe-2026/ballots'
 */
export function pbElectionBoxAddresses(
  box: string,
  organization: string,
  election: string,
): PbElectionBoxAddresses | undefined {
  const base = box.trim();
  if (!base || !organization.trim() || !election.trim()) return undefined;
  const root = new URL(base.endsWith('/') ? base : `${base}/`, document.baseURI);
  const view = new URL(
    `organizations/${encodeURIComponent(organization.trim())}/pb-elections/${encodeURIComponent(election.trim())}`,
    root,
  ).href;
  return { view, ballots: `${view}/ballots`, check: `${view}/codes/check` };
}
