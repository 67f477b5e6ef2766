/**
 * Who is signed in: the credential pasted at sign-in and what it opens. Kept in this tab's
 * sessionStorage only — never in the address, never in localStorage — so closing the tab
 * signs out.
 */
export interface ConsoleCredential {
  /** The operator key (`qyk_…`), organizer credential (`qyr_…`) or meeting token (`qyo_…`). */
  token: string;
  /** The organisation whose meetings are listed (operator key and role credentials). */
  organization?: string;
  /** The one meeting a meeting's organizer token runs. */
  meeting?: string;
  /** The role the box named at sign-in (`operator`, `organizer`), or `meeting-organizer`. */
  role: string;
}

// One key for the tab's credentials, the one in use first. A tab signed in before the console
// kept several holds one credential object under the same key, read as a list of one.
const key = 'qy-console-credential';

const isCredential = (value: unknown): value is ConsoleCredential =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as ConsoleCredential).token === 'string' &&
  typeof (value as ConsoleCredential).role === 'string';

/**
 * Every credential this tab keeps, the one in use first: an operator who also holds an
 * organizer's credential switches between them without pasting either again.
 *
 * @example
 * keptCredentials(); // [{ token: 'qyr_…', organization: 'default', role: 'organizer' }, { token: 'qyk_…', … }]
 */
export function keptCredentials(): ConsoleCredential[] {
  const text = sessionStorage.getItem(key);
  if (text === null) return [];
  try {
    const value: unknown = JSON.parse(text);
    const list = Array.isArray(value) ? value : [value];
    return list.filter(isCredential);
  } catch {
    return [];
  }
}

const keep = (list: readonly ConsoleCredential[]): void => {
  if (list.length === 0) sessionStorage.removeItem(key);
  else sessionStorage.setItem(key, JSON.stringify(list));
};

/**
 * The credential in use in this tab, if signed in.
 *
 * @example
 * const who = storedCredential(); // { token: 'qyk_…', organization: 'default', role: 'operator' }
 */
export function storedCredential(): ConsoleCredential | undefined {
  return keptCredentials()[0];
}

/**
 * Keeps the credential for this tab and puts it in use; the tab's other credentials stay kept.
 * Signing in again with a kept token replaces what was kept for it.
 *
 * @example
 * storeCredential({ token, organization: 'default', role: 'operator' });
 */
export function storeCredential(credential: ConsoleCredential): void {
  keep([credential, ...keptCredentials().filter((kept) => kept.token !== credential.token)]);
}

/**
 * Puts a kept credential in use again and answers it, or `undefined` when the tab does not
 * keep `token` (signed out of it in another view of the tab).
 *
 * @example
 * const who = switchCredential(organizerToken);
 */
export function switchCredential(token: string): ConsoleCredential | undefined {
  const found = keptCredentials().find((kept) => kept.token === token);
  if (found !== undefined) storeCredential(found);
  return found;
}

/**
 * Forgets the credential in use (sign out) and answers the tab's next kept credential, which is
 * in use from now on, or `undefined` when none is left.
 *
 * @example
 * const next = forgetCredential(); // undefined: signed out of everything
 */
export function forgetCredential(): ConsoleCredential | undefined {
  const rest = keptCredentials().slice(1);
  keep(rest);
  return rest[0];
}
