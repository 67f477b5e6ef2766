import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { needsSurvey2007, seedSurveyResponses } from '../src/data/needs-survey-2007.js';
import { seedApplications } from '../src/data/pilot-applications.js';
import { pilotMeeting } from '../src/data/pilot-2007.js';
import { workRecords } from '../src/data/project-histories.js';
import { seedDemoPb, type DemoPbElection } from './demo-pb.js';
import { seedDemoRound, type DemoRound } from './demo-round.js';
import { seedOpenSpace } from './demo-open-space.js';
import { seedLiuyinliRound } from './liuyinli-round.js';
import { boxAnswer, postJson, type BoxFetch } from './box-fetch.js';

/** Bumped when the seed changes, so a session saved by an older demo is seeded afresh. */
export const demoSeedVersion = 7;

/** One attendee of the demo meeting and the voting code the ballot box issued for them. */
export interface DemoVoter {
  id: string;
  code: string;
}

/** What the demo remembers about the ballot box's state between restarts. */
export interface DemoSession {
  /** The {@link demoSeedVersion} the session was seeded with. */
  version: number;
  meetingId: string;
  /** Secret: stays on the server, the browser asks the demo's own endpoints to act with it. */
  organizerToken: string;
  voters: DemoVoter[];
  applications: { id: string; token: string };
  surveyResponses: { id: string; token: string };
  /** The work record cards 工作记录卡 (a `work-records` collection: every card a core `WorkRecord`). */
  workRecords: { id: string; token: string };
  /** The round on the ballot box the meeting reviews, with the role credentials (secret). */
  round: DemoRound;
  /**
   * The Open Space session the year starts with, on the ballot box, and the participant codes
   * of the three residents whose views the demo switches between (one dot budget each).
   */
  openSpace: { id: string; codes: { participant: string; code: string }[] };
  /**
   * The FICTIONAL Liuyinli round (core's example, seeded funded and under way) whose reading
   * corner the demo's users take through a scope change and the termination workflow.
   */
  fictional: DemoRound;
  /**
   * The round's further review meetings the organizer created in the demo, each with the voting
   * codes the box issued for the demo's attendees (absent in a session saved before any).
   */
  reviewMeetings?: { id: string; voters: DemoVoter[] }[];
  /**
   * The PB screen's elections, one per ballot format, with their voting codes (seeded with the
   * rest on every reset; absent only in a session saved by an older demo).
   */
  pbElections?: DemoPbElection[];
}

/** The part of a session the browser sees (no organizer token, no collection tokens). */
export type PublicDemoSession = Pick<DemoSession, 'meetingId' | 'voters' | 'openSpace'> & {
  survey: string;
  /** The round's id and its organisation (no credential). */
  round: { id: string; organization: string };
  /** The fictional Liuyinli round's id and organisation (no credential). */
  fictionalRound: { id: string; organization: string };
  applications: string;
  surveyResponses: string;
  workRecords: string;
};

/**
 * Seeds a fresh demo in the ballot box: the 2007 review meeting as a draft (with a new id, so
 * older runs stay in the database and in its audit log), a voting code per attendee, and two
 * collections checked against core's schemas: survey responses (with the residents' seeded
 * answers), applications (the four 2007 pilot applications and two later ones) and work record
 * cards (the seeded projects' cards, checked against core's `WorkRecord`); and the
 * round the meeting reviews (see `seedDemoRound`), under the meeting's id.
 *
 * @example
 * The meeting and the collections are created with `operatorKey` (the ballot box refuses
 * anonymous ones); each answers its own organizer token, which the session keeps.
 *
 * @example
 * const session = await seedDemo((path, init) => fetch(box.url + path, init), operatorKey);
 */
export async function seedDemo(box: BoxFetch, operatorKey: string): Promise<DemoSession> {
  const meetingId = `${pilotMeeting.id}-${randomBytes(3).toString('hex')}`;
  const post = (path: string, body: unknown, token?: string) => postJson(box, path, body, token);
  const created = await boxAnswer<{ organizerToken: string }>(
    post(
      '/meetings',
      { meeting: { ...pilotMeeting, id: meetingId }, liveResults: true },
      operatorKey,
    ),
    'Creating the demo meeting',
  );
  const issued = await boxAnswer<{ codes: { voter: string; code: string }[] }>(
    post(
      `/meetings/${meetingId}/codes`,
      { voters: pilotMeeting.voters.map((v) => v.id) },
      created.organizerToken,
    ),
    'Issuing voting codes',
  );
  const applications = await boxAnswer<{ id: string; organizerToken: string }>(
    post('/collections', { kind: 'applications', schema: 'Application' }, operatorKey),
    'Creating the applications collection',
  );
  const surveyResponses = await boxAnswer<{ id: string; organizerToken: string }>(
    post('/collections', { kind: 'survey-responses', schema: 'SurveyResponse' }, operatorKey),
    'Creating the survey collection',
  );
  const cards = await boxAnswer<{ id: string; organizerToken: string }>(
    post('/collections', { kind: 'work-records' }, operatorKey),
    'Creating the work record collection',
  );
  for (const document of workRecords) {
    await boxAnswer(post(`/collections/${cards.id}/items`, { document }), 'Seeding a work record');
  }
  for (const document of seedApplications) {
    await boxAnswer(
      post(`/collections/${applications.id}/items`, { document }),
      'Seeding an application',
    );
  }
  for (const document of seedSurveyResponses()) {
    await boxAnswer(
      post(`/collections/${surveyResponses.id}/items`, { document }),
      'Seeding a survey response',
    );
  }
  const openSpace = await seedOpenSpace(box, operatorKey, meetingId);
  const round = await seedDemoRound(box, operatorKey, meetingId, meetingId, openSpace.id);
  const fictional = await seedLiuyinliRound(
    box,
    operatorKey,
    round.organization,
    meetingId.slice(pilotMeeting.id.length + 1),
  );
  // The PB screen's elections: one draft per ballot format, with its voting codes.
  const pbElections = await seedDemoPb(box, round.organization, round.roles.organizer);
  return {
    version: demoSeedVersion,
    meetingId,
    round,
    fictional,
    organizerToken: created.organizerToken,
    voters: issued.codes.map(({ voter, code }) => ({ id: voter, code })),
    applications: { id: applications.id, token: applications.organizerToken },
    surveyResponses: { id: surveyResponses.id, token: surveyResponses.organizerToken },
    workRecords: { id: cards.id, token: cards.organizerToken },
    openSpace,
    pbElections,
  };
}

/**
 * Reads the saved session, or undefined when there is none (first start, after a reset, or
 * saved by a demo with other seed data).
 *
 * @example
 * const session = loadSession('.data/session.json') ?? (await seedDemo(box, operatorKey));
 */
export function loadSession(file: string): DemoSession | undefined {
  try {
    const session = JSON.parse(readFileSync(file, 'utf8')) as DemoSession;
    return session.version === demoSeedVersion ? session : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Saves the session beside the database so a restart continues the same demo.
 *
 * @example
 * saveSession('.data/session.json', session);
 */
export function saveSession(file: string, session: DemoSession): void {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify(session, null, 2)}\n`, { mode: 0o600 });
}

/**
 * The session as the browser may see it.
 *
 * @example
 * publicSession(session).voters[0]; // { id: 'v01', code: '…' }
 */
export function publicSession(session: DemoSession): PublicDemoSession {
  return {
    meetingId: session.meetingId,
    voters: session.voters,
    survey: needsSurvey2007.id,
    round: { id: session.round.id, organization: session.round.organization },
    fictionalRound: { id: session.fictional.id, organization: session.fictional.organization },
    applications: session.applications.id,
    surveyResponses: session.surveyResponses.id,
    workRecords: session.workRecords.id,
    openSpace: session.openSpace,
  };
}
