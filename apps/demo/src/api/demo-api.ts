import type { RankedProject, ReviewMeeting } from '@qingyuan/core';

/** The demo session as the browser sees it. */
export interface DemoSession {
  meetingId: string;
  voters: { id: string; code: string }[];
  /** The id of the needs survey the residents answer. */
  survey: string;
  applications: string;
  surveyResponses: string;
  /** URLs other devices on the network can open (empty when the demo listens on loopback). */
  lanUrls: string[];
}

/** The ballot box's lifecycle states of a meeting. */
export type MeetingStatus = 'draft' | 'weights-locked' | 'open' | 'closed' | 'published';

/** A meeting as the ballot box returns it. */
export interface MeetingState {
  id: string;
  status: MeetingStatus;
  meeting: ReviewMeeting;
  turnout: { codes: number; voted: number; submissions: number };
}

/** A rule the ballot box says a request broke. */
export interface BoxViolation {
  rule: string;
  message: string;
}

/** The ballot box's answer: the body, or the problem in words a person can read. */
export type BoxResult<T> = { ok: true; value: T } | { ok: false; status: number; message: string };

/** One entry of the meeting's hash-chained audit log. */
export interface AuditEntry {
  seq: number;
  kind: string;
  at: string;
  data: Record<string, unknown>;
  hash: string;
  prevHash: string;
}

/** A document stored in one of the ballot box's collections, as it was sent. */
export interface CollectionItem {
  seq: number;
  receivedAt: string;
  document: unknown;
}

/** A live ranking pushed by the ballot box. */
export interface LiveRanking {
  counted: number;
  ranking: RankedProject[];
}

async function call<T>(path: string, init?: RequestInit): Promise<BoxResult<T>> {
  let response: Response;
  try {
    response = await fetch(path, {
      ...init,
      headers: { 'content-type': 'application/json', ...init?.headers },
    });
  } catch (error) {
    return { ok: false, status: 0, message: String(error) };
  }
  const body: unknown = await response.json().catch(() => undefined);
  if (response.ok) return { ok: true, value: body as T };
  const b = (body ?? {}) as { message?: string; violations?: BoxViolation[] };
  const detail = b.violations?.map((v) => v.message).join('; ');
  return {
    ok: false,
    status: response.status,
    message: detail || b.message || response.statusText,
  };
}

/**
 * The demo's calls: the ballot box under `/api` and the demo's organizer endpoints under
 * `/demo` (which hold the organizer token on the server side).
 *
 * @example
 * const session = await demoApi.session();
 */
export const demoApi = {
  session: () => call<DemoSession>('/demo/session'),
  reset: () => call<DemoSession>('/demo/reset', { method: 'POST' }),
  meeting: (id: string) => call<MeetingState>(`/api/meetings/${encodeURIComponent(id)}`),
  act: (action: 'lock-weights' | 'open' | 'close' | 'publish') =>
    call<MeetingState>(`/demo/meeting/${action}`, { method: 'POST' }),
  updateMeeting: (meeting: ReviewMeeting) =>
    call<MeetingState>('/demo/meeting', { method: 'PATCH', body: JSON.stringify({ meeting }) }),
  results: () => call<LiveRanking & { rejected: unknown[] }>('/demo/meeting/results'),
  log: () => call<{ log: AuditEntry[] }>('/demo/meeting/log'),
  applications: () => call<{ items: CollectionItem[] }>('/demo/applications'),
  surveyResponses: () => call<{ items: CollectionItem[] }>('/demo/survey-responses'),
  submitApplication: (collection: string, document: unknown) =>
    call<{ seq: number }>(`/api/collections/${encodeURIComponent(collection)}/items`, {
      method: 'POST',
      body: JSON.stringify({ document }),
    }),
};
