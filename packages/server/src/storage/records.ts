import type { MeetingState, MeetingStatus, ReviewMeeting, Violation } from '@qingyuan/core';
import type { AuditEntry } from '../audit/hash-chain.js';

/** A stored meeting with its settings and its lifecycle state (replayed from its history). */
export interface MeetingRecord {
  id: string;
  /** The id of the organisation that owns the meeting. */
  organization: string;
  document: ReviewMeeting;
  /**
   * The lifecycle status in `@qingyuan/core`'s names (`voting-open`, `results-published`…),
   * the same as `state.status`. The HTTP API shows it under shorter names, mapped only at the
   * edge (`apiStatus`, in `http/meeting-view.ts` and the answers built beside it).
   */
  status: MeetingStatus;
  /** The state `@qingyuan/core`'s `meetingLifecycle` derives from the meeting's event history. */
  state: MeetingState;
  /** How many events the meeting's history holds. */
  historyLength: number;
  /** When true, results and the ranking are visible while voting is still open. */
  liveResults: boolean;
  /** Origins (e.g. `https://ngo.example`) whose pages may call this meeting's API. */
  corsOrigins: string[];
  createdAt: string;
  updatedAt: string;
}

/** One stored ballot submission. The one with the highest `seq` for its code counts. */
export interface StoredBallot {
  /** The anonymous public id of the voting code (never the secret code). */
  code: string;
  /**
   * The voter id the ballot counts for, as published: the code id, also for a code issued to a
   * named voter (whose name is never shown next to a ballot; see `anonymousMeeting`).
   */
  voter: string;
  /** 1 for the code's first submission, 2 for the one that replaced it, … */
  seq: number;
  marks: Record<string, Record<string, boolean | number>>;
  receipt: string;
  /** The audit log entry that records this submission. */
  logSeq: number;
  castAt: string;
  /** Whether this submission is the code's last (the one that counts). */
  counted: boolean;
}

/** How many codes exist, how many have voted, how many submissions were made. */
export interface Turnout {
  codes: number;
  voted: number;
  submissions: number;
}

/** A voting code as issued: the secret `code` is returned only once, here. */
export interface IssuedCode {
  id: string;
  code: string;
  voter: string;
}

/** A decision on a change: go ahead (with what to write), or the rules it breaks. */
export type Decision<T> = ({ ok: true } & T) | { ok: false; violations: Violation[] };

export type { AuditEntry, Violation };
