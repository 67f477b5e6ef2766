/**
 * Test helpers for the real ballot box the Vitest server runs at `/__box/`
 * (`ballot-box-endpoint.ts`: `@qingyuan/server` on an in-memory SQLite database).
 */

/**
 * The operator key of the test ballot box (`ballot-box-endpoint.ts` makes it a key of the
 * organisation `default`): creating meetings and collections needs one.
 *
 * @example
 * await box('POST', '/meetings', { meeting }, testOperatorKey);
 */
export const testOperatorKey = 'qyk_elements-test-operator-key-0001';

/**
 * Calls the ballot box's API as a test (no `Idempotency-Key`, so the simulated network
 * trouble of {@link network} never touches it) and returns the JSON answer; throws on non-2xx.
 *
 * @example
 * const { organizerToken } = await box<{ organizerToken: string }>('POST', '/meetings', { meeting }, testOperatorKey);
 */
export async function box<T>(
  method: string,
  path: string,
  body?: unknown,
  token?: string,
): Promise<T> {
  const response = await fetch(`/__box${path}`, {
    method,
    headers: {
      'Content-Type': 'application/json',
      ...(token ? { Authorization: `Bearer ${token}` } : {}),
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  if (!response.ok) {
    throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
  }
  return (await response.json()) as T;
}

/**
 * Sets how the network treats the elements' deliveries (requests with an `Idempotency-Key`):
 * `down` drops them before the box sees them, `loseAnswers` drops the box's answer.
 *
 * @example
 * await network({ down: true }); // the element's POST fails as when offline
 */
export async function network(control: { down?: boolean; loseAnswers?: boolean }): Promise<void> {
  await fetch('/__box/__control', { method: 'POST', body: JSON.stringify(control) });
}

let names = 0;

/**
 * A fresh id for a meeting or test resource on the shared box (one box serves the whole run).
 *
 * @example
 * const id = uniqueId('e2e'); // 'e2e-1730000000000-1'
 */
export function uniqueId(prefix: string): string {
  return `${prefix}-${Date.now()}-${++names}`;
}
