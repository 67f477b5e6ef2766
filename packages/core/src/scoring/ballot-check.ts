import { isMarksShape, isPlainJsonObject } from './marks-shape.js';
import type { LocalizedMessage } from '../locale/localized-message.js';
import { BallotSchema, type Ballot } from '../meeting/ballot.js';
import type { ReviewMeeting } from '../meeting/review-meeting.js';
import { parseDocument, toWhere } from '../validation/parse-document.js';

/**
 * Why a ballot was not counted:
 * - `malformed`: not a ballot at all (BallotSchema fails: no voter id, marks not an object…);
 * - `unknown-voter`, `unknown-project`, `unknown-criterion`: an id the meeting does not list;
 * - `wrong-mark-type`: `true`/`false` in a score meeting, a number in an approval meeting,
 *   or anything else that is not a mark;
 * - `out-of-range`: a score below `min` or above `max`;
 * - `superseded`: a later valid ballot of the same voter counts instead.
 */
export type RejectionRule =
  | 'malformed'
  | 'unknown-voter'
  | 'unknown-project'
  | 'unknown-criterion'
  | 'wrong-mark-type'
  | 'out-of-range'
  | 'superseded';

/** One reason a ballot was rejected: a rule, where in the ballot, and what is wrong. */
export interface RejectionReason {
  readonly rule: RejectionRule;
  /** Path inside the ballot, e.g. `['marks', 'jinhuali-home', 'feasibility']`. */
  readonly path: readonly (string | number)[];
  /** English text, e.g. `marks["jinhuali-home"].feasibility: expected true or false, got 3`. */
  readonly message: string;
  /** The same text in zh-CN and en. */
  readonly text: LocalizedMessage;
}

/** The outcome of checking one ballot against a meeting. */
export type BallotCheck =
  | { readonly ok: true; readonly ballot: Ballot }
  | { readonly ok: false; readonly voter: string | null; readonly reasons: RejectionReason[] };

/**
 * Builds a rejection reason from a rule, a path and the bilingual description.
 *
 * @example
 * rejectionReason('superseded', [], { en: 'superseded by ballot 3', 'zh-CN': '已被第 3 张选票取代' });
 */
export function rejectionReason(
  rule: RejectionRule,
  path: readonly (string | number)[],
  what: LocalizedMessage,
): RejectionReason {
  const where = path.length > 0 ? `${toWhere(path)}: ` : '';
  const text = { en: `${where}${what.en}`, 'zh-CN': `${where}${what['zh-CN']}` };
  return { rule, path, message: text.en, text };
}

/** What a mark of this meeting must be, in both languages. */
function expectedMark(meeting: ReviewMeeting): LocalizedMessage {
  const method = meeting.method;
  return method.type === 'approval'
    ? { en: 'expected true or false', 'zh-CN': '应为 true 或 false' }
    : {
        en: `expected an integer from ${method.min} to ${method.max}`,
        'zh-CN': `应为 ${method.min} 至 ${method.max} 的整数`,
      };
}

function shown(value: unknown): string {
  try {
    const text = JSON.stringify(value);
    return text === undefined ? String(value) : text.length > 40 ? `${text.slice(0, 37)}...` : text;
  } catch {
    return String(value);
  }
}

/** Known ids of a meeting, built once per tally. */
export interface MeetingIndex {
  readonly voters: ReadonlyMap<string, number>;
  readonly projects: ReadonlyMap<string, number>;
  readonly criteria: ReadonlyMap<string, number>;
}

/**
 * Indexes a meeting's voters, projects and criteria by id.
 *
 * @example
 * indexMeeting(meeting).projects.get('jinhuali-home'); // 0
 */
export function indexMeeting(meeting: ReviewMeeting): MeetingIndex {
  const byId = (items: readonly { id: string }[]) =>
    new Map(items.map((item, index) => [item.id, index] as const));
  return {
    voters: byId(meeting.voters),
    projects: byId(meeting.projects),
    criteria: byId(meeting.criteria),
  };
}

/**
 * Checks one ballot of any shape against a meeting and returns every reason it cannot count
 * (all of them, not just the first), or the typed ballot. `superseded` is decided by the tally,
 * which sees all ballots.
 *
 * @example
 * const check = checkBallot(meeting, { voter: 'v99', marks: {} });
 * check.ok === false && check.reasons[0]!.rule; // 'unknown-voter'
 */
export function checkBallot(
  meeting: ReviewMeeting,
  input: unknown,
  index: MeetingIndex = indexMeeting(meeting),
): BallotCheck {
  const reasons: RejectionReason[] = [];
  const voterField = (input as { voter?: unknown } | null)?.voter;
  const voter = typeof voterField === 'string' ? voterField : null;
  const parsed = isBallotShape(input)
    ? ({ ok: true, value: input } as const)
    : parseDocument(BallotSchema, input, { locale: 'en' });
  // Marks already reported by the structural check (`project\u0000criterion`).
  const reported = new Set<string>();
  let voterReported = false;
  if (!parsed.ok) {
    const zh = parseDocument(BallotSchema, input, { locale: 'zh-CN' });
    const zhIssues = zh.ok ? [] : zh.issues;
    parsed.issues.forEach((issue, i) => {
      const path = [...issue.path];
      if (path.length === 3 && path[0] === 'marks') {
        const mark = (input as { marks: Record<string, Record<string, unknown>> }).marks[
          path[1] as string
        ]?.[path[2] as string];
        const expected = expectedMark(meeting);
        reported.add(`${path[1]}\u0000${path[2]}`);
        reasons.push(
          rejectionReason('wrong-mark-type', path, {
            en: `${expected.en}, got ${shown(mark)}`,
            'zh-CN': `${expected['zh-CN']},实为 ${shown(mark)}`,
          }),
        );
      } else {
        if (path[0] === 'voter') voterReported = true;
        reasons.push(
          rejectionReason('malformed', path, {
            en: issue.message,
            'zh-CN': zhIssues[i]?.message ?? issue.message,
          }),
        );
      }
    });
  }
  // Go on checking ids and marks wherever the shape allows, so every reason is reported. The
  // ids are read from the input itself, never from the schema's output: zod's records drop an
  // own `__proto__` key (which JSON.parse creates), and a ballot must not count with a key of
  // it silently gone. No id can be `__proto__` (ids begin with a letter or digit), so such a
  // key is reported as an unknown project or criterion, with its path.
  const marksField = marksOf(input);
  if (voter !== null && !voterReported && !index.voters.has(voter)) {
    reasons.push(
      rejectionReason('unknown-voter', ['voter'], {
        en: `unknown voter "${voter}"`,
        'zh-CN': `未知投票人"${voter}"`,
      }),
    );
  }
  const method = meeting.method;
  for (const [project, marks] of Object.entries(marksField ?? {})) {
    if (!index.projects.has(project)) {
      reasons.push(
        rejectionReason('unknown-project', ['marks', project], {
          en: `unknown project "${project}"`,
          'zh-CN': `未知项目"${project}"`,
        }),
      );
      continue;
    }
    if (marks === null || typeof marks !== 'object') continue;
    for (const [criterion, mark] of Object.entries(marks)) {
      const path = ['marks', project, criterion];
      if (!index.criteria.has(criterion)) {
        reasons.push(
          rejectionReason('unknown-criterion', path, {
            en: `unknown criterion "${criterion}"`,
            'zh-CN': `未知评审指标"${criterion}"`,
          }),
        );
      } else if (reported.has(`${project}\u0000${criterion}`)) {
        continue;
      } else if ((method.type === 'approval') !== (typeof mark === 'boolean')) {
        const expected = expectedMark(meeting);
        reasons.push(
          rejectionReason('wrong-mark-type', path, {
            en: `${expected.en}, got ${shown(mark)}`,
            'zh-CN': `${expected['zh-CN']},实为 ${shown(mark)}`,
          }),
        );
      } else if (
        method.type === 'score' &&
        typeof mark === 'number' &&
        (mark < method.min || mark > method.max)
      ) {
        const expected = expectedMark(meeting);
        reasons.push(
          rejectionReason('out-of-range', path, {
            en: `${expected.en}, got ${mark}`,
            'zh-CN': `${expected['zh-CN']},实为 ${mark}`,
          }),
        );
      }
    }
  }
  if (!parsed.ok || reasons.length > 0) return { ok: false, voter, reasons };
  const ballot = parsed.value;
  return { ok: true, ballot };
}

/** The `marks` of a raw ballot when it is an object, else null. */
function marksOf(input: unknown): Record<string, unknown> | null {
  const marks = (input as { marks?: unknown } | null)?.marks;
  return marks !== null && typeof marks === 'object' && !Array.isArray(marks)
    ? (marks as Record<string, unknown>)
    : null;
}

/**
 * The reason an earlier valid ballot does not count: ballot `by` (0-based input index) of the
 * same voter replaces it.
 *
 * @example
 * supersededReason(4).message; // 'superseded by the later ballot #5 of the same voter'
 */
export function supersededReason(by: number): RejectionReason {
  return rejectionReason('superseded', [], {
    en: `superseded by the later ballot #${by + 1} of the same voter`,
    'zh-CN': `已被同一投票人随后的第 ${by + 1} 张选票取代`,
  });
}

/** The pattern of `IdSchema` (a test checks they agree). */
const idPattern = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$/;

/**
 * A fast structural check that accepts only what `BallotSchema` accepts (plain objects, a
 * voter id, boolean or safe-integer marks); anything else goes to the schema, which decides
 * and explains. Keeps the tally from paying for a full schema parse of every valid ballot.
 *
 * @example
 * isBallotShape({ voter: 'v01', marks: { p: { c: true } } }); // true
 */
export function isBallotShape(input: unknown): input is Ballot {
  if (!isPlainJsonObject(input)) return false;
  const { voter, marks } = input;
  return typeof voter === 'string' && idPattern.test(voter) && isMarksShape(marks);
}
