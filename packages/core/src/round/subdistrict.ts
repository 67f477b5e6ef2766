import * as z from 'zod/mini';
import { CommunitySchema } from '../domain/community.js';
import { IdSchema } from '../validation/id.js';
import { LocalizedTextSchema } from '../text/localized-text.js';
import { addDuplicateIdIssues } from '../validation/unique-ids.js';

/**
 * A subdistrict 街道 running the cycle: its communities, and the governance bodies (by id) of
 * its street office 街道办事处 and community service center 社区服务中心 — the bodies that fund
 * and vet projects — and of its supervision and audit group 项目监审组.
 *
 * @example
 * SubdistrictSchema.parse({
 *   id: 'qingyuan',
 *   name: { 'zh-CN': '清源街道', en: 'Qingyuan Subdistrict' },
 *   communities: [{ id: 'jinhuali', name: { 'zh-CN': '金华里', en: 'Jinhuali' } }],
 *   streetOffice: 'qingyuan-street-office',
 *   serviceCenter: 'qingyuan-service-center',
 *   supervisionGroup: 'qingyuan-supervision',
 * });
 */
export const SubdistrictSchema = z
  .object({
    id: IdSchema,
    name: LocalizedTextSchema,
    communities: z.array(CommunitySchema).check(z.minLength(1)),
    /** The street office's governance body (kind `street-office`). */
    streetOffice: IdSchema,
    /** The community service center's governance body (kind `service-center`). */
    serviceCenter: IdSchema,
    /** The supervision and audit group (kind `supervision-group`). */
    supervisionGroup: z.optional(IdSchema),
  })
  .check(
    z.superRefine((subdistrict, ctx) =>
      addDuplicateIdIssues(
        ctx,
        subdistrict.communities.map((community) => community.id),
        ['communities'],
        { 'zh-CN': '社区', en: 'communities' },
      ),
    ),
  )
  .register(z.globalRegistry, {
    id: 'Subdistrict',
    description: 'A subdistrict (街道) with its communities and the bodies that fund and vet.',
  });

/** A subdistrict with its communities and bodies. */
export type Subdistrict = z.infer<typeof SubdistrictSchema>;
