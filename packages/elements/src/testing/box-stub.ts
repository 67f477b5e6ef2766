/**
 * Test helpers for the stub ballot box the Vitest server runs at `/__boxstub/`
 * (`box-stub-endpoint.ts`): set it up, push live events, read what it received.
 */

/** What the stub box has received. */
export interface BoxStubState {
  items: { collection: string; key: string; document: unknown }[];
  requests: string[];
  streams: Record<string, number>;
}

/**
 * Sets the stub box up: `{ reset: true }`, meetings (`results: null` hides results), collections.
 *
 * @example
 * await boxStub({ reset: true, meetings: { m1: { meeting, status: 'open', results: null } } });
 */
export async function boxStub(control: Record<string, unknown>): Promise<void> {
  await fetch('/__boxstub/control', { method: 'POST', body: JSON.stringify(control) });
}

/**
 * Sends one Server-Sent Event to every open event stream of a meeting; returns how many.
 *
 * @example
 * await pushBoxEvent('m1', 'ranking', { meeting: 'm1', counted: 4, ranking });
 */
export async function pushBoxEvent(meeting: string, event: string, data: unknown): Promise<number> {
  const response = await fetch('/__boxstub/push', {
    method: 'POST',
    body: JSON.stringify({ meeting, event, data }),
  });
  return ((await response.json()) as { sent: number }).sent;
}

/** What the stub box has received. */
export async function boxStubState(): Promise<BoxStubState> {
  return (await fetch('/__boxstub/state')).json() as Promise<BoxStubState>;
}
