const key = (organization: string) => `qy-console-pb-elections:${organization}`;

/**
 * The PB elections of `organization` this tab created or opened (the box has no list of an
 * organisation's PB elections), newest first, from sessionStorage.
 *
 * @example
 * knownPbElections('default'); // ['pb-2026', 'pb-2025']
 */
export function knownPbElections(organization: string): string[] {
  try {
    const value = JSON.parse(sessionStorage.getItem(key(organization)) ?? '[]') as unknown;
    return Array.isArray(value) ? value.filter((id): id is string => typeof id === 'string') : [];
  } catch {
    return [];
  }
}

/**
 * Remembers that this tab created or opened `election` of `organization`.
 *
 * @example
 * rememberPbElection('default', 'pb-2026');
 */
export function rememberPbElection(organization: string, election: string): void {
  const ids = [election, ...knownPbElections(organization).filter((id) => id !== election)];
  sessionStorage.setItem(key(organization), JSON.stringify(ids.slice(0, 50)));
}
