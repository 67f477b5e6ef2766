import * as z from 'zod/mini';
import { MoneySchema } from '../money/money.js';
import { LocalizedTextSchema } from '../text/localized-text.js';
import { IdSchema } from '../validation/id.js';
import { CastingVoteSchema, LotSchema, TieBreakChainSchema } from './tie-break.js';
import { minBelowMax } from '../validation/check-messages.js';
import { duplicateId, unknownReference } from '../validation/reference-messages.js';
import { validationIssue } from '../validation/validation-text.js';

/**
 * The largest weight a criterion or a voter group may have. With weights at most this, scores
 * within ±{@link MAX_SCORE_MAGNITUDE} and at most 2^32 criteria and voters (a JavaScript array's
 * limit), every published total is below 10^41: finite, so results always serialize to JSON
 * numbers and pass `TallyResultSchema` (a weight of 1e308 would make totals overflow to
 * `Infinity`, written to JSON as `null`).
 *
 * @example
 * WeightSchema.safeParse(MAX_WEIGHT + 1).success; // false
 */
export const MAX_WEIGHT = 1_000_000;

/**
 * The largest magnitude of a score scale's `min` and `max`: 2^31 − 1, so every score fits the
 * 32-bit columns of `tallyColumns` and published figures stay finite (see {@link MAX_WEIGHT}).
 *
 * @example
 * VotingMethodSchema.safeParse({ type: 'score', min: 0, max: MAX_SCORE_MAGNITUDE }).success; // true
 */
export const MAX_SCORE_MAGNITUDE = 2 ** 31 - 1;

const weightDescription =
  'Positive and at most 1000000 (10^6), used exactly as written. The bound keeps every published figure finite.';
const scoreBoundDescription =
  'An integer from -2147483647 to 2147483647 (±(2^31 − 1)). The bound keeps every published figure finite.';

/**
 * A weight (of a criterion or a voter group): positive, at most {@link MAX_WEIGHT}.
 *
 * @example
 * WeightSchema.safeParse(1e308).success; // false
 */
export const WeightSchema = z
  .number()
  .check(z.positive(), z.lte(MAX_WEIGHT))
  .register(z.globalRegistry, { description: weightDescription });

/** One end of a score scale: an integer within ±{@link MAX_SCORE_MAGNITUDE}. */
const ScoreBoundSchema = z
  .int()
  .check(z.gte(-MAX_SCORE_MAGNITUDE), z.lte(MAX_SCORE_MAGNITUDE))
  .register(z.globalRegistry, { description: scoreBoundDescription });

/**
 * One criterion of a review meeting (公益性, 可行性, 可持续性 in the case study) with the
 * weight agreed before the meeting. Weights are positive, at most {@link MAX_WEIGHT}, and used
 * exactly as written.
 */
export const CriterionSchema = z
  .object({
    id: IdSchema,
    name: LocalizedTextSchema,
    weight: WeightSchema,
    description: z.optional(LocalizedTextSchema),
  })
  .register(z.globalRegistry, { id: 'Criterion' });

/** One criterion with its agreed weight. */
export type Criterion = z.infer<typeof CriterionSchema>;

/**
 * How an attendee marks a (project, criterion) pair: approval (`true`/`false`), or an integer
 * score from `min` to `max` (each within ±{@link MAX_SCORE_MAGNITUDE}).
 */
export const VotingMethodSchema = z
  .discriminatedUnion('type', [
    z.object({ type: z.literal('approval') }),
    z.object({ type: z.literal('score'), min: ScoreBoundSchema, max: ScoreBoundSchema }).check(
      z.refine((method) => method.min < method.max, {
        message: minBelowMax.en,
        path: ['max'],
      }),
    ),
  ])
  .register(z.globalRegistry, { id: 'VotingMethod' });

/** Approval or score voting. */
export type VotingMethod = z.infer<typeof VotingMethodSchema>;

/**
 * A community a review meeting refers to, with the name people read (the id is what projects
 * and voters give as their `community`).
 *
 * @example
 * MeetingCommunitySchema.parse({ id: 'binhe-dongli', name: { 'zh-CN': '滨河东里', en: 'Binhe Dongli' } });
 */
export const MeetingCommunitySchema = z
  .object({ id: IdSchema, name: LocalizedTextSchema })
  .register(z.globalRegistry, { id: 'MeetingCommunity' });

/** A community a review meeting refers to, with its name. */
export type MeetingCommunity = z.infer<typeof MeetingCommunitySchema>;

/** A project on a review meeting's agenda. */
export const MeetingProjectSchema = z
  .object({
    id: IdSchema,
    title: LocalizedTextSchema,
    community: IdSchema,
    requested: MoneySchema,
    summary: z.optional(LocalizedTextSchema),
    /** Who applied for the project (voter or participant ids): they sit out its vote. */
    applicants: z.optional(z.array(IdSchema)),
    /** The project's proposed team (voter or participant ids): they sit out its vote. */
    team: z.optional(z.array(IdSchema)),
  })
  .register(z.globalRegistry, { id: 'MeetingProject' });

/** A project on a review meeting's agenda. */
export type MeetingProject = z.infer<typeof MeetingProjectSchema>;

/**
 * A conflict of interest a voter declares on a project (a relative on its team, a business
 * link): the voter sits out that project's vote, whatever the meeting's `recusal`.
 *
 * @example
 * DeclaredConflictSchema.parse({ project: 'jinhuali-home', reason: { 'zh-CN': '家人是志愿者', en: 'A relative volunteers there' } });
 */
export const DeclaredConflictSchema = z
  .object({ project: IdSchema, reason: z.optional(LocalizedTextSchema) })
  .register(z.globalRegistry, { id: 'DeclaredConflict' });

/** A conflict of interest a voter declares on a project. */
export type DeclaredConflict = z.infer<typeof DeclaredConflictSchema>;

/**
 * An attendee allowed to vote. `community` drives own-community recusal; `participant` links
 * the voter to a participant (so a project's `applicants` and `team` may name either id);
 * `conflicts` lists the projects the voter declared a conflict of interest on.
 */
export const VoterSchema = z
  .object({
    id: IdSchema,
    community: z.optional(IdSchema),
    group: z.optional(IdSchema),
    participant: z.optional(IdSchema),
    conflicts: z.optional(z.array(DeclaredConflictSchema)),
  })
  .register(z.globalRegistry, { id: 'Voter' });

/** An attendee allowed to vote. */
export type Voter = z.infer<typeof VoterSchema>;

function duplicates(ids: readonly string[]): string[] {
  const seen = new Set<string>();
  const repeated = new Set<string>();
  for (const id of ids) (seen.has(id) ? repeated : seen).add(id);
  return [...repeated];
}

/**
 * A review meeting (项目评审会) in the interchange format `meeting.json`: criteria with their
 * weights, the voting method, how counts aggregate, the recusal rule, projects and voters.
 * Optionally the tie-break chain declared before voting (`tieBreak`, default `["criteria",
 * "requested"]`), the `chair` who holds a casting vote, the published `lot` seed and the
 * chair's `castingVotes`; projects may list `applicants` and `team`, voters the `conflicts`
 * they declared (all three recuse the voter from the project, see `recusalReason`). Optionally
 * `communities`, the names of the communities it refers to (`communityName` reads them): when
 * given, it lists every project's community once (voters' communities may be listed too).
 *
 * @example
 * ReviewMeetingSchema.parse({
 *   id: 'qingyuan-2008',
 *   criteria: [{ id: 'public-benefit', name: { 'zh-CN': '公益性', en: 'Public benefit' }, weight: 0.4 }],
 *   method: { type: 'approval' },
 *   projects: [{ id: 'jinhuali-home', title: '新居民之家', community: 'jinhuali',
 *                requested: { amount: 1000000, currency: 'CNY' } }],
 *   voters: [{ id: 'v01', community: 'yuhuayuan' }],
 * });
 */
export const ReviewMeetingSchema = z
  .object({
    id: IdSchema,
    title: z.optional(LocalizedTextSchema),
    criteria: z.array(CriterionSchema).check(z.minLength(1)),
    method: VotingMethodSchema,
    aggregate: z._default(z.enum(['sum', 'mean']), 'sum'),
    recusal: z._default(z.enum(['none', 'own-community']), 'none'),
    projects: z.array(MeetingProjectSchema),
    voters: z.array(VoterSchema),
    /**
     * Optional: the communities the meeting refers to, with their names, so pages show
     * "滨河东里" rather than `binhe-dongli`. When given, every project's community is listed.
     */
    communities: z.optional(z.array(MeetingCommunitySchema)).register(z.globalRegistry, {
      description:
        "The communities the meeting refers to, each with its name; when given, every project's community is listed once.",
    }),
    /**
     * Optional extension: a weight per voter group (`{ "resident": 1, "expert": 2 }`). Each
     * ballot's marks and its share of the mean's denominator count times its voter's group
     * weight; voters with no group or an unlisted group weigh 1. Absent: every ballot weighs 1.
     */
    groupWeights: z.optional(z.record(IdSchema, WeightSchema)).register(z.globalRegistry, {
      description: `Weight per voter group; unlisted groups weigh 1. Each weight: ${weightDescription}`,
    }),
    /** The tie-break chain, declared before voting opens (absent: `["criteria", "requested"]`). */
    tieBreak: z.optional(TieBreakChainSchema),
    /** The chair (a voter or participant id), who holds the casting vote. */
    chair: z.optional(IdSchema),
    /** The seed of the drawing of lots, once published. */
    lot: z.optional(LotSchema),
    /** The chair's casting votes, each on projects tied in the count. */
    castingVotes: z.optional(z.array(CastingVoteSchema)),
  })
  .check(
    z.superRefine((meeting, ctx) => {
      const lists = {
        criteria: '评审标准',
        projects: '项目',
        voters: '投票人',
        communities: '社区',
      } as const;
      for (const [key, zh] of Object.entries(lists) as [keyof typeof lists, string][]) {
        const ids = (meeting[key] ?? []).map((item) => item.id);
        for (const id of duplicates(ids)) {
          const list = { 'zh-CN': zh, en: key };
          ctx.addIssue(
            validationIssue(duplicateId, { id, list }, [key, ids.lastIndexOf(id), 'id']),
          );
        }
      }
      if (meeting.communities) {
        const named = new Set(meeting.communities.map((community) => community.id));
        meeting.projects.forEach((project, p) => {
          if (!named.has(project.community)) {
            ctx.addIssue(
              validationIssue(
                unknownReference,
                { id: project.community, list: { 'zh-CN': '社区', en: 'communities' } },
                ['projects', p, 'community'],
              ),
            );
          }
        });
      }
      const agenda = new Set(meeting.projects.map((project) => project.id));
      meeting.voters.forEach((voter, v) =>
        voter.conflicts?.forEach((conflict, c) => {
          if (!agenda.has(conflict.project)) {
            ctx.addIssue(
              validationIssue(
                unknownReference,
                { id: conflict.project, list: { 'zh-CN': '项目', en: 'projects' } },
                ['voters', v, 'conflicts', c, 'project'],
              ),
            );
          }
        }),
      );
      const castFor = new Set<string>();
      meeting.castingVotes?.forEach((vote, i) =>
        vote.projects.forEach((id, j) => {
          const path = ['castingVotes', i, 'projects', j];
          if (!agenda.has(id)) {
            ctx.addIssue(
              validationIssue(
                unknownReference,
                { id, list: { 'zh-CN': '项目', en: 'projects' } },
                path,
              ),
            );
          } else if (castFor.has(id)) {
            ctx.addIssue(
              validationIssue(
                duplicateId,
                { id, list: { 'zh-CN': '决定票', en: 'castingVotes' } },
                path,
              ),
            );
          }
          castFor.add(id);
        }),
      );
    }),
  )
  .register(z.globalRegistry, {
    id: 'ReviewMeeting',
    description: 'A review meeting in the Qingyuan interchange format.',
  });

/** A review meeting in the interchange format. */
export type ReviewMeeting = z.infer<typeof ReviewMeetingSchema>;
/** A review meeting document before defaults are applied. */
export type ReviewMeetingInput = z.input<typeof ReviewMeetingSchema>;
