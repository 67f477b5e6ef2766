import { refusalReason } from '../base/outbox.js';

/**
 * What the ballot box said about a typed voting code: it may vote (`valid`), it has voted
 * (`already-used`: a new ballot replaces the old), it is unknown (`not-valid`); or the check
 * could not be made: no connection or no such check on this box (`unreachable`), too many tries (`limited`), or another
 * refusal with the box's reason (`refused`, e.g. this page's origin is not allowed).
 */
export type CodeCheck =
  | { readonly result: 'valid' | 'already-used' | 'not-valid' }
  | { readonly result: 'unreachable'; readonly reason: string }
  | { readonly result: 'limited'; readonly retryAfter: number }
  | { readonly result: 'refused'; readonly status: number; readonly message: string };

/**
 * Asks the ballot box about one voting code (`POST /meetings/:id/codes/check`, in the page's
 * language). Never throws: a network failure is `unreachable`.
 *
 * @example
 * const check = await checkVotingCode('https://box.example/meetings/m1/codes/check', code, 'zh-CN');
 * if (check.result === 'not-valid') showError();
 */
export async function checkVotingCode(url: string, code: string, lang: string): Promise<CodeCheck> {
  let response: Response;
  try {
    response = await fetch(url, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Accept-Language': lang },
      body: JSON.stringify({ code }),
    });
  } catch (error) {
    return {
      result: 'unreachable',
      reason: error instanceof Error ? error.message : String(error),
    };
  }
  if (response.status === 429) {
    const seconds = Number(response.headers.get('Retry-After'));
    return {
      result: 'limited',
      retryAfter: Number.isFinite(seconds) && seconds > 0 ? seconds : 10,
    };
  }
  const text = await response.text().catch(() => '');
  if (response.ok) {
    try {
      const answer: unknown = JSON.parse(text);
      if (answer !== null && typeof answer === 'object' && 'result' in answer) {
        const result = answer.result;
        if (result === 'valid' || result === 'already-used' || result === 'not-valid') {
          return { result };
        }
      }
    } catch {
      // not the box's answer: said below
    }
    return { result: 'refused', status: response.status, message: '' };
  }
  // A box down, or one too old to have the check: the code is checked when the ballot is sent.
  if (response.status >= 500 || response.status === 404 || response.status === 405) {
    return { result: 'unreachable', reason: `HTTP ${response.status}` };
  }
  return { result: 'refused', status: response.status, message: refusalReason(text).slice(0, 300) };
}
