import type {
  Application,
  FundingDecision,
  ProjectEvent,
  RankedProject,
  ResultsSummarySheet,
  ReviewMeeting,
  Round,
  Vetting,
  Locale,
  LocalizedText,
  OpenSpaceReport,
} from '@qingyuan/core';
import type { MeetingAction } from '@qingyuan/server/meeting';
import type { RoundAgenda } from '../meeting/review-agenda.js';
import { roleCredential, type DemoRole } from './demo-roles.js';

/** The demo session as the browser sees it. */
export interface DemoSession {
  meetingId: string;
  voters: { id: string; code: string }[];
  /** The id of the needs survey the residents answer. */
  survey: string;
  /** The round on the ballot box the demo meeting reviews. */
  round: { id: string; organization: string };
  /** The FICTIONAL Liuyinli round (core's example), whose project the demo terminates. */
  fictionalRound: { id: string; organization: string };
  applications: string;
  surveyResponses: string;
  /** The ballot box's collection of work record cards. */
  workRecords: string;
  /**
   * The year's Open Space session on the ballot box, and the participant codes of the residents
   * whose views its screen switches between.
   */
  openSpace: { id: string; codes: { participant: string; code: string }[] };
  /** URLs other devices on the network can open (empty when the demo listens on loopback). */
  lanUrls: string[];
}

/** The ballot box's lifecycle states of a meeting. */
export type MeetingStatus =
  'draft' | 'weights-locked' | 'open' | 'closed' | 'published' | 'funding-decided';

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
export type BoxResult<T> =
  { ok: true; value: T } | { ok: false; status: number; message: string; violations?: string[] };

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

/** One project of the round as the ballot box keeps it: its status and whole history. */
export interface RoundProjectRecord {
  id: string;
  status: string;
  history: ProjectEvent[];
}

/** The demo's round as the ballot box stores it (read through the demo's shared board). */
export interface RoundView {
  organization: string;
  id: string;
  round: Round;
  applications: Application[];
  vettings: Vetting[];
  summarySheets: ResultsSummarySheet[];
  decisions: FundingDecision[];
  projects: RoundProjectRecord[];
}

/** The ballot box's receipt of a round change: its entry's place in the round's log. */
export interface RoundReceipt {
  round: string;
  seq: number;
  hash: string;
}

/** A live ranking pushed by the ballot box. */
export interface LiveRanking {
  counted: number;
  ranking: RankedProject[];
}

/** Calls the ballot box or the demo's endpoints: the JSON body, or the problem in words. */
export async function call<T>(path: string, init?: RequestInit): Promise<BoxResult<T>> {
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
    ...(b.violations ? { violations: b.violations.map((v) => v.message) } : {}),
  };
}

/** Calls the ballot box (`/api…`) with the organizer's credential of the round, in `locale`. */
async function asOrganizer<T>(
  round: { id: string; organization: string },
  path: string,
  locale: Locale,
  init: RequestInit = {},
): Promise<BoxResult<T>> {
  const credential = await roleCredential('organizer', round.id);
  if (!credential) return { ok: false, status: 403, message: 'no credential for organizer' };
  return call<T>(path, {
    ...init,
    headers: { authorization: `Bearer ${credential.token}`, 'accept-language': locale },
  });
}

const meetingPath = (id: string) => `/api/meetings/${encodeURIComponent(id)}`;

/**
 * The address of the demo's Open Space session on the ballot box (anyone reads its public view,
 * its report and its event stream there).
 *
 * @example
 * openSpacePath(session); // '/api/organizations/<org>/sessions/os-qingyuan-2007-ab12cd'
 */
export function openSpacePath(session: DemoSession): string {
  return `/api/organizations/${encodeURIComponent(session.round.organization)}/sessions/${encodeURIComponent(session.openSpace.id)}`;
}

/**
 * Where the ballot box records a project's events (and a member's signature with their code).
 *
 * @example
 * projectEventsPath(session.round, 'jinhuali-home');
 * // '/api/organizations/<org>/rounds/<round>/projects/jinhuali-home/events'
 */
export function projectEventsPath(
  round: { id: string; organization: string },
  project: string,
): string {
  return `/api/organizations/${encodeURIComponent(round.organization)}/rounds/${encodeURIComponent(round.id)}/projects/${encodeURIComponent(project)}/events`;
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
  /** The Open Space session's public view (its ideas, without names or codes). */
  openSpace: (session: DemoSession) =>
    call<{ ideas: { id: string; title: LocalizedText }[] }>(openSpacePath(session)),
  /** The Open Space session's report: ideas by dots, each followed to its applications. */
  openSpaceReport: (session: DemoSession, locale: Locale) =>
    call<OpenSpaceReport>(`${openSpacePath(session)}/report`, {
      headers: { 'accept-language': locale },
    }),
  act: (action: MeetingAction) => call<MeetingState>(`/demo/meeting/${action}`, { method: 'POST' }),
  updateMeeting: (meeting: ReviewMeeting) =>
    call<MeetingState>('/demo/meeting', { method: 'PATCH', body: JSON.stringify({ meeting }) }),
  results: () => call<LiveRanking & { rejected: unknown[] }>('/demo/meeting/results'),
  /** The published results of one of the round's meetings (anyone may read them once public). */
  meetingResults: (id: string) => call<LiveRanking>(`${meetingPath(id)}/results`),
  log: () => call<{ log: AuditEntry[] }>('/demo/meeting/log'),
  applications: () => call<{ items: CollectionItem[] }>('/demo/applications'),
  surveyResponses: () => call<{ items: CollectionItem[] }>('/demo/survey-responses'),
  workRecords: () => call<{ items: CollectionItem[] }>('/demo/work-records'),
  /** The round of the cycle, or another of the demo's rounds (the fictional Liuyinli one) by id. */
  round: (id?: string) =>
    call<RoundView>(id ? `/demo/round?round=${encodeURIComponent(id)}` : '/demo/round'),
  /** The public accountability view of a funded project (anyone may read it; no personal data). */
  publicProject: (round: { id: string; organization: string }, project: string) =>
    call<Record<string, unknown>>(
      `/api/organizations/${encodeURIComponent(round.organization)}/rounds/${encodeURIComponent(round.id)}/projects/${encodeURIComponent(project)}/public`,
    ),
  /** The round's agenda (core's `agendaFromVetted`), read with the organizer's credential. */
  agenda: (round: { id: string; organization: string }, locale: Locale) =>
    asOrganizer<RoundAgenda>(
      round,
      `/api/organizations/${encodeURIComponent(round.organization)}/rounds/${encodeURIComponent(round.id)}/agenda`,
      locale,
    ),
  /**
   * Creates a further review meeting of the round (the demo's server side holds the operator
   * key the box asks for, and issues the attendees' codes); the organizer's credential says who
   * asks. A retry with the same id answers the meeting created the first time.
   */
  createReviewMeeting: (
    round: { id: string; organization: string },
    meeting: ReviewMeeting,
    locale: Locale,
  ) =>
    asOrganizer<{ id: string; voters: { id: string; code: string }[] }>(
      round,
      '/demo/review-meetings',
      locale,
      { method: 'POST', body: JSON.stringify({ meeting }) },
    ),
  /** The voting codes of one of the round's meetings, for its links and QR codes. */
  voters: (meeting: string) =>
    call<{ meeting: string; voters: { id: string; code: string }[] }>(
      `/demo/voters/${encodeURIComponent(meeting)}`,
    ),
  /** A lifecycle action on a meeting of the round, as the organizer (its credential runs them). */
  actOn: (
    round: { id: string; organization: string },
    meeting: string,
    action: MeetingAction,
    locale: Locale,
  ) =>
    asOrganizer<MeetingState>(round, `${meetingPath(meeting)}/${action}`, locale, {
      method: 'POST',
    }),
  /** Saves a meeting document (the weights agreed) as the organizer. */
  saveMeeting: (
    round: { id: string; organization: string },
    meeting: ReviewMeeting,
    locale: Locale,
  ) =>
    asOrganizer<MeetingState>(round, meetingPath(meeting.id), locale, {
      method: 'PATCH',
      body: JSON.stringify({ meeting }),
    }),
  /**
   * Posts to the demo's round as `role`, with that role's own credential (a resident: their
   * community's applicant); refusals come back in `locale`.
   */
  postToRound: async <T>(
    role: Exclude<DemoRole, 'team-member'>,
    round: { id: string; organization: string },
    path: string,
    body: unknown,
    locale: Locale,
    community?: string,
  ): Promise<BoxResult<T>> => {
    const credential = await roleCredential(role, round.id, community);
    if (!credential) return { ok: false, status: 403, message: `no credential for ${role}` };
    return call<T>(
      `/api/organizations/${encodeURIComponent(round.organization)}/rounds/${encodeURIComponent(round.id)}/${path}`,
      {
        method: 'POST',
        headers: { authorization: `Bearer ${credential.token}`, 'accept-language': locale },
        body: JSON.stringify(body),
      },
    );
  },
  /**
   * Signing slips for members of a project's team: one one-time signing code each, minted by
   * the demo's server side for the coordination group only (the organizer's credential says who
   * asks). The codes are secrets: shown once, never stored.
   */
  signingSlips: (round: { id: string; organization: string }, members: string[], locale: Locale) =>
    asOrganizer<{ slips: { member: string; code: string }[] }>(
      round,
      '/demo/signing-slips',
      locale,
      { method: 'POST', body: JSON.stringify({ members }) },
    ),
};
