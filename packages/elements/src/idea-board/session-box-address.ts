/** Where `<qy-idea-board box organization session-id>` reads and sends. */
export interface SessionBoxAddresses {
  /** The session's public view (`GET …/sessions/{id}`). */
  readonly view: string;
  /** A participant's own dots (`POST …/me`). */
  readonly me: string;
  /** Proposing an idea (`POST …/ideas`). */
  readonly ideas: string;
  /** Adding or taking back dots (`POST …/dots`). */
  readonly dots: string;
  /** The live event stream (`GET …/events`). */
  readonly events: string;
}

/**
 * The ballot box's addresses of an Open Space session, resolved against the page (`box` may
 * be relative); `undefined` unless `box`, `organization` and `session` are all set.
 *
 * @example
 * sessionBoxAddresses('https://box.example/', 'org-7K2Q', 'os-2007')?.dots;
 * // 'https://box.example/organizations/org-7K2Q/sessions/os-2007/dots'
 */
export function sessionBoxAddresses(
  box: string,
  organization: string,
  session: string,
): SessionBoxAddresses | undefined {
  const base = box.trim();
  if (!base || !organization.trim() || !session.trim()) return undefined;
  const root = new URL(base.endsWith('/') ? base : `${base}/`, document.baseURI);
  const view = new URL(
    `organizations/${encodeURIComponent(organization.trim())}/sessions/${encodeURIComponent(session.trim())}`,
    root,
  ).href;
  return {
    view,
    me: `${view}/me`,
    ideas: `${view}/ideas`,
    dots: `${view}/dots`,
    events: `${view}/events`,
  };
}
