import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  forgetCredential,
  keptCredentials,
  storedCredential,
  storeCredential,
  switchCredential,
  type ConsoleCredential,
} from './credential-store.js';

/** A tab's sessionStorage, in memory. */
function memoryStorage(): Storage {
  const items = new Map<string, string>();
  return {
    get length() {
      return items.size;
    },
    key: (index) => [...items.keys()][index] ?? null,
    getItem: (name) => items.get(name) ?? null,
    setItem: (name, value) => void items.set(name, String(value)),
    removeItem: (name) => void items.delete(name),
    clear: () => items.clear(),
  };
}

const operator: ConsoleCredential = { token: 'qyk_a', organization: 'default', role: 'operator' };
const organizer: ConsoleCredential = { token: 'qyr_b', organization: 'default', role: 'organizer' };
const meetingToken: ConsoleCredential = { token: 'qyo_c', meeting: 'm', role: 'meeting-organizer' };

describe("the tab's credentials", () => {
  beforeEach(() => vi.stubGlobal('sessionStorage', memoryStorage()));
  afterEach(() => vi.unstubAllGlobals());

  it('keeps each credential signed in with, the newest in use', () => {
    expect(storedCredential()).toBeUndefined();
    storeCredential(operator);
    storeCredential(organizer);
    expect(storedCredential()).toEqual(organizer);
    expect(keptCredentials()).toEqual([organizer, operator]);
  });

  it('signs in again with a kept token without keeping it twice', () => {
    storeCredential(operator);
    storeCredential(organizer);
    storeCredential({ ...operator, organization: 'other' });
    expect(keptCredentials()).toEqual([{ ...operator, organization: 'other' }, organizer]);
  });

  it('switches to a kept credential, and to nothing it does not keep', () => {
    storeCredential(operator);
    storeCredential(organizer);
    storeCredential(meetingToken);
    expect(switchCredential(operator.token)).toEqual(operator);
    expect(keptCredentials()).toEqual([operator, meetingToken, organizer]);
    expect(switchCredential('qyr_gone')).toBeUndefined();
    expect(storedCredential()).toEqual(operator);
  });

  it('signs out of the credential in use and goes on with the next one', () => {
    storeCredential(operator);
    storeCredential(organizer);
    expect(forgetCredential()).toEqual(operator);
    expect(keptCredentials()).toEqual([operator]);
    expect(forgetCredential()).toBeUndefined();
    expect(sessionStorage.getItem('qy-console-credential')).toBeNull();
  });

  it('reads the one credential an earlier console kept, and nothing from what it cannot read', () => {
    sessionStorage.setItem('qy-console-credential', JSON.stringify(operator));
    expect(keptCredentials()).toEqual([operator]);
    sessionStorage.setItem('qy-console-credential', '{not json');
    expect(storedCredential()).toBeUndefined();
    sessionStorage.setItem('qy-console-credential', JSON.stringify([{ token: 1 }, organizer]));
    expect(keptCredentials()).toEqual([organizer]);
  });
});
