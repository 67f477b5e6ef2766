import * as z from 'zod/mini';
import { CalendarDateSchema } from '../domain/calendar.js';
import { CommunityResourceSchema } from '../domain/community-resource.js';
import { ParticipantSchema } from '../domain/participant.js';
import { IdSchema } from '../validation/id.js';
import { LocalizedTextSchema } from '../text/localized-text.js';
import { addDuplicateIdIssues } from '../validation/unique-ids.js';
import { BreakoutGroupSchema } from './breakout-group.js';
import { DotLimitsSchema, DotVoteSchema } from './dot-vote.js';
import { HiddenItemSchema } from './hidden-item.js';
import { NamedPersonSchema } from './named-person.js';
import { OpenSpaceIdeaSchema } from './open-space-idea.js';
import { OpenSpaceTopicSchema } from './open-space-topic.js';
import { duplicateId } from '../validation/reference-messages.js';
import { validationIssue } from '../validation/validation-text.js';

/**
 * An Open Space session (开放空间会议), the step before the needs survey where residents
 * raise the topics themselves: its theme, date, place, facilitator and communities; the
 * participants present (organizers among them); topics each with its convener; breakout
 * groups with notes; ideas (needs and project ideas); dot votes within `dots`; resources
 * the community found it has; and the record of items an organizer hid.
 *
 * The schema checks the shape and that ids are unique; whether references resolve, dots stay
 * within the limits and hidden items have a reason are rules, reported all at once by
 * `checkOpenSpaceSession`.
 *
 * @example
 * OpenSpaceSessionSchema.parse({
 *   id: 'os-2007-08', theme: '我们的社区我们做主', date: '2007-08-25', place: '清源街道社区服务中心',
 *   facilitator: { name: '宋老师' }, organizers: ['p-li'], communities: ['jinhuali'],
 *   participants: [{ id: 'p-li', name: '李主任', roles: ['residents-committee'] }],
 *   dots: { perParticipant: 5, perIdea: 2 },
 *   topics: [], groups: [], ideas: [], votes: [],
 * });
 */
export const OpenSpaceSessionSchema = z
  .object({
    id: IdSchema,
    theme: LocalizedTextSchema,
    date: CalendarDateSchema,
    place: LocalizedTextSchema,
    facilitator: NamedPersonSchema,
    /** Participants (ids) who may hide items: the organizers of the session. */
    organizers: z.array(IdSchema),
    communities: z.array(IdSchema).check(z.minLength(1)),
    participants: z.array(ParticipantSchema),
    dots: DotLimitsSchema,
    topics: z.array(OpenSpaceTopicSchema),
    groups: z.array(BreakoutGroupSchema),
    ideas: z.array(OpenSpaceIdeaSchema),
    votes: z.array(DotVoteSchema),
    resources: z.optional(z.array(CommunityResourceSchema)),
    hidden: z.optional(z.array(HiddenItemSchema)),
  })
  .check(
    z.superRefine((session, ctx) => {
      const ids = (items: readonly { id: string }[]) => items.map((item) => item.id);
      const seen = new Set<string>();
      session.communities.forEach((id, index) => {
        if (seen.has(id))
          ctx.addIssue(
            validationIssue(duplicateId, { id, list: { 'zh-CN': '社区', en: 'communities' } }, [
              'communities',
              index,
            ]),
          );
        seen.add(id);
      });
      addDuplicateIdIssues(ctx, ids(session.participants), ['participants'], {
        'zh-CN': '参与者',
        en: 'participants',
      });
      addDuplicateIdIssues(ctx, ids(session.topics), ['topics'], { 'zh-CN': '议题', en: 'topics' });
      addDuplicateIdIssues(ctx, ids(session.groups), ['groups'], { 'zh-CN': '分组', en: 'groups' });
      addDuplicateIdIssues(ctx, ids(session.ideas), ['ideas'], { 'zh-CN': '点子', en: 'ideas' });
      addDuplicateIdIssues(ctx, ids(session.resources ?? []), ['resources'], {
        'zh-CN': '社区资源',
        en: 'resources',
      });
    }),
  )
  .register(z.globalRegistry, {
    id: 'OpenSpaceSession',
    description: 'An Open Space session (开放空间会议): topics, groups, ideas and dot votes.',
  });

/** An Open Space session. */
export type OpenSpaceSession = z.infer<typeof OpenSpaceSessionSchema>;
