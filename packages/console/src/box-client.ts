import type { Locale } from '@qingyuan/core';
import type { MeetingAction } from '@qingyuan/server/meeting';
import { consoleText, type ConsoleMessageKey } from './console-messages.js';

/**
 * A step of the meeting the console asks the box for; names the lifecycle wording to use: one of
 * the box's lifecycle actions, or a change of the meeting (`patch`) or the issue of codes.
 */
export type ConsoleStep = MeetingAction | 'patch' | 'codes';

/**
 * What to do first when the box refuses a step for the lifecycle's order: by the meeting's
 * status before the step, `default` for any other status.
 */
const lifecycleWords: Partial<
  Record<
    ConsoleStep,
    { readonly default: ConsoleMessageKey; readonly [status: string]: ConsoleMessageKey }
  >
> = {
  'lock-weights': { default: 'lifecycleLockWeights' },
  open: { draft: 'lifecycleOpenDraft', open: 'lifecycleOpenOpen', default: 'lifecycleOpen' },
  close: {
    draft: 'lifecycleCloseDraft',
    'weights-locked': 'lifecycleCloseWeightsLocked',
    default: 'lifecycleClose',
  },
  publish: {
    draft: 'lifecyclePublishDraft',
    'weights-locked': 'lifecyclePublishWeightsLocked',
    open: 'lifecyclePublishOpen',
    default: 'lifecyclePublish',
  },
  patch: { default: 'lifecyclePatch' },
  codes: { default: 'lifecycleCodes' },
};

/**
 * A refusal of the box, in words: its localized message and every violation or request problem
 * it listed (each with where it is), nothing dropped. `status` is kept for the code, never
 * shown alone.
 */
export class BoxRefusal extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly details: readonly string[] = [],
    readonly error?: string,
  ) {
    super(message);
    this.name = 'BoxRefusal';
  }
}

interface ErrorBody {
  error?: unknown;
  message?: unknown;
  violations?: { rule?: unknown; message?: unknown; path?: unknown }[];
  problems?: { message?: unknown; pointer?: unknown; path?: unknown }[];
}

/** Options of {@link BoxClient.request}. */
export interface BoxRequest {
  method?: string;
  body?: unknown;
  /** The lifecycle step asked for, so a refusal of the lifecycle is said in its own words. */
  step?: ConsoleStep;
  /** The meeting's status before the step (API names: `draft`, `open`, …). */
  status?: string;
  /** Whether the request carried a credential kept from sign-in (a `401` then says sign in again). */
  signedIn?: boolean;
}

/**
 * The console's way to the ballot box it is served by (same origin, no CORS): adds the
 * credential as `Authorization: Bearer` and the console's language as `Accept-Language`, and
 * turns any refusal into a {@link BoxRefusal} in words.
 *
 * @example
 * const box = new BoxClient(() => token, () => 'zh-CN');
 * const page = await box.json<{ items: unknown[] }>('/organizations/default/meetings');
 */
export class BoxClient {
  constructor(
    private readonly token: () => string | undefined,
    private readonly locale: () => Locale,
    /** Whether a `401` means the stored credential stopped working (false while signing in). */
    private readonly signedIn = true,
  ) {}

  /** The credential sent with each request, for an element that posts to the box itself. */
  get credential(): string | undefined {
    return this.token();
  }

  /** The answer of a request that succeeded; throws {@link BoxRefusal} otherwise. */
  async request(path: string, options: BoxRequest = {}): Promise<Response> {
    const headers: Record<string, string> = { 'Accept-Language': this.locale() };
    const token = this.token();
    if (token !== undefined) headers.Authorization = `Bearer ${token}`;
    if (options.body !== undefined) headers['Content-Type'] = 'application/json';
    let res: Response;
    try {
      res = await fetch(path, {
        method: options.method ?? 'GET',
        headers,
        ...(options.body !== undefined ? { body: JSON.stringify(options.body) } : {}),
        credentials: 'omit',
        cache: 'no-store',
      });
    } catch {
      throw new BoxRefusal(0, consoleText(this.locale())('unreachable'));
    }
    if (res.ok) return res;
    throw await refusalOf(res, this.locale(), { ...options, signedIn: this.signedIn });
  }

  /** The JSON answer of a request that succeeded. */
  async json<T>(path: string, options: BoxRequest = {}): Promise<T> {
    return (await (await this.request(path, options)).json()) as T;
  }
}

/**
 * The words of a refusal: the box's message, then each violation and problem with its place.
 * A violation of the lifecycle order (`meeting.event-allowed`, which names the statuses that
 * allow the step) is replaced by what to do first ("Lock the weights first.").
 *
 * @example
 * const refusal = await refusalOf(res, 'en', { step: 'open', status: 'draft' });
 * refusal.message; // 'The request breaks the meeting's rules'; refusal.details[0]: 'Lock the weights first.'
 */
export async function refusalOf(
  res: Response,
  locale: Locale,
  request: BoxRequest = {},
): Promise<BoxRefusal> {
  const t = consoleText(locale);
  let body: ErrorBody | undefined;
  try {
    body = (await res.json()) as ErrorBody;
  } catch {
    body = undefined;
  }
  if (body === undefined || typeof body.message !== 'string') {
    return new BoxRefusal(res.status, t('unexpected', { status: res.status }));
  }
  const details: string[] = [];
  for (const violation of body.violations ?? []) {
    if (violation.rule === 'meeting.event-allowed' && request.step !== undefined) {
      const said = lifecycleWords[request.step];
      if (said !== undefined) {
        const status = request.status ?? '';
        details.push(t(Object.hasOwn(said, status) ? said[status]! : said.default));
        continue;
      }
    }
    details.push(withPlace(String(violation.message), violation.path, locale));
  }
  for (const problem of body.problems ?? []) {
    const place =
      typeof problem.pointer === 'string' && problem.pointer !== '' ? problem.pointer : undefined;
    details.push(
      place === undefined
        ? String(problem.message)
        : `${String(problem.message)} (${t('where', { path: place })})`,
    );
  }
  const message =
    res.status === 401 && request.signedIn === true
      ? `${body.message} — ${t('signInAgain')}`
      : body.message;
  return new BoxRefusal(
    res.status,
    message,
    [...new Set(details)],
    typeof body.error === 'string' ? body.error : undefined,
  );
}

/** The documents whose violations name a place worth showing (the meeting's, a round's). */
const placedRoots = new Set([
  'meeting',
  'round',
  'vetting',
  'application',
  'bodies',
  'participants',
]);

/** A violation's message, with its place when it is a place in a document the console sent. */
function withPlace(message: string, path: unknown, locale: Locale): string {
  if (!Array.isArray(path) || !placedRoots.has(String(path[0])) || path.length < 2) return message;
  return `${message} (${consoleText(locale)('where', { path: path.map(String).join(' › ') })})`;
}
