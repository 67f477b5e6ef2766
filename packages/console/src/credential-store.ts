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

const key = 'qy-console-credential';

/**
 * The credential of this tab, if signed in.
 *
 * @example
 * const who = storedCredential(); // { token: 'qyk_…', organization: 'default', role: 'operator' }
 */
export function storedCredential(): ConsoleCredential | undefined {
  const text = sessionStorage.getItem(key);
  if (text === null) return undefined;
  try {
    const value = JSON.parse(text) as ConsoleCredential;
    return typeof value.token === 'string' ? value : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Keeps the credential for this tab.
 *
 * @example
 * storeCredential({ token, organization: 'default', role: 'operator' });
 */
export function storeCredential(credential: ConsoleCredential): void {
  sessionStorage.setItem(key, JSON.stringify(credential));
}

/**
 * Forgets the credential (sign out).
 *
 * @example
 * forgetCredential();
 */
export function forgetCredential(): void {
  sessionStorage.removeItem(key);
}
