import type { ExecutionTeam } from '../domain/execution-team.js';
import type { LocalizedText } from '../text/localized-text.js';
import type { TrainingKind, TrainingSession } from './training-session.js';

/** One training a participant attended, as shown beside their name. */
export interface TrainingRecord {
  readonly training: string;
  readonly kind: TrainingKind;
  readonly title: LocalizedText;
  readonly start: string;
  readonly end: string;
  readonly completed: boolean;
  /** Curriculum units attended, by id (every unit when the attendance names none). */
  readonly units: readonly string[];
}

/**
 * The trainings a participant attended, earliest first (then by id), so a platform can show
 * them when the participant joins an execution team or is proposed in an application.
 *
 * @example
 * trainingsOf('p-guo', [capacityTraining, ablePeopleWorkshop]).map((r) => r.kind);
 * // ['able-people-workshop']
 */
export function trainingsOf(
  participant: string,
  sessions: readonly TrainingSession[],
): TrainingRecord[] {
  const records: TrainingRecord[] = [];
  for (const session of sessions) {
    const entry = session.attendance.find((a) => a.participant === participant);
    if (!entry) continue;
    records.push({
      training: session.id,
      kind: session.kind,
      title: session.title,
      start: session.start,
      end: session.end,
      completed: entry.completed,
      units: entry.units ?? session.curriculum.map((unit) => unit.id),
    });
  }
  return records.sort((a, b) =>
    a.start !== b.start ? (a.start < b.start ? -1 : 1) : a.training < b.training ? -1 : 1,
  );
}

/**
 * The trainings of every member of an execution team, by participant id in the team's order:
 * what the team learnt before it took the project on.
 *
 * @example
 * teamTrainings(team, trainings).get('p-guo')?.[0]?.kind; // 'able-people-workshop'
 */
export function teamTrainings(
  team: ExecutionTeam,
  sessions: readonly TrainingSession[],
): Map<string, TrainingRecord[]> {
  return new Map(
    team.members.map((member) => [member.participant, trainingsOf(member.participant, sessions)]),
  );
}
