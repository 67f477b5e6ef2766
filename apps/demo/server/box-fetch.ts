/**
 * How the demo's server side calls its ballot box: a path on the box and fetch's `init` (the
 * in-process box's base URL is added by the caller's `BoxFetch`).
 */
export type BoxFetch = (path: string, init?: RequestInit) => Promise<Response>;

/**
 * The box's JSON answer, or an Error naming the seeding step `what` with the box's status and
 * its answer: a seed the box refuses must stop the demo's start loudly, never half-seed.
 *
 * @example
 * const meeting = await boxAnswer<{ organization: string }>(box('/meetings/m1'), 'Reading the demo meeting');
 */
export async function boxAnswer<T>(response: Promise<Response>, what: string): Promise<T> {
  const res = await response;
  const text = await res.text();
  if (!res.ok) throw new Error(`${what} failed (${res.status}): ${text}`);
  return JSON.parse(text) as T;
}

/**
 * POSTs `body` as JSON to `path` on the box, with `token` as the Bearer credential when given
 * and any further `headers` (an `Idempotency-Key`, say).
 *
 * @example
 * await boxAnswer(postJson(box, '/collections', { kind: 'work-records' }, operatorKey), 'Creating a collection');
 */
export function postJson(
  box: BoxFetch,
  path: string,
  body: unknown,
  token?: string,
  headers: Record<string, string> = {},
): Promise<Response> {
  return box(path, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      ...headers,
    },
    body: JSON.stringify(body),
  });
}
