/** What the Vitest stub endpoint (`stub-endpoint.ts`) has seen since its last reset. */
export interface StubState {
  attempts: number;
  answered: number;
  stored: { key: string; body: string; authorization: string }[];
}

/** Where the stub endpoint takes POSTs (ballots, reports, records… any JSON document). */
export const STUB_ENDPOINT = '/__stub/ballots';

/**
 * Sets how the stub endpoint behaves: `{ down: true }` (offline), `{ refuse: true }` (422),
 * `{ loseAnswers: true }` (stores, then drops the answer), `{ reset: true }`.
 */
export async function stub(control: Record<string, unknown>): Promise<void> {
  await fetch('/__stub/control', { method: 'POST', body: JSON.stringify(control) });
}

/** What the stub endpoint has received and stored. */
export async function stubState(): Promise<StubState> {
  return (await fetch('/__stub/state')).json();
}

/**
 * A fresh device and a fresh stub: the page's storage (every element's outbox) emptied, the stub
 * endpoint up, accepting and holding nothing. For `beforeEach` (and `afterEach`) of a test file
 * whose elements post.
 *
 * @example
 * beforeEach(freshDeviceAndStub);
 */
export async function freshDeviceAndStub(): Promise<void> {
  localStorage.clear();
  await stub({ reset: true, down: false, refuse: false });
}
