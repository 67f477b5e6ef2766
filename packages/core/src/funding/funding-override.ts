import * as z from 'zod/mini';
import { RankingDepartureSchema } from '../domain/funding-decision.js';
import type { LocalizedText } from '../text/localized-text.js';
import { checkArgument } from '../validation/check-argument.js';
import type { Violation } from '../validation/violation.js';
import type { FundAllocation, FundGrant } from './allocate-funds.js';

/**
 * A manual change of a project's grant after the rule (the service center deciding "together
 * with the opinions of street leaders and experts"): a departure from the ranking (who
 * decided, `by`, a participant id, and why) with the amount decided. In the funding decision
 * document it becomes one of the `departures` (see `fundingDecisionFrom`).
 *
 * @example
 * FundingOverrideSchema.parse({
 *   project: 'jinhuiyuan-efamily', granted: 300000, by: 'p-center',
 *   reason: { 'zh-CN': '专家建议先试点半年', en: 'Experts advised a six-month pilot first' },
 * });
 */
// The departure's fields spread into a new object rather than `z.extend(…)`: the same schema,
// and zod's `extend` (about 2 KB before minification) stays out of every page of the elements'
// CDN build, which share one copy of zod (no other schema of core extends one).
export const FundingOverrideSchema = z
  .object({
    ...RankingDepartureSchema.shape,
    /** The amount decided, in minor units. */
    granted: z.int().check(z.nonnegative()),
    decidedAt: z.optional(z.iso.datetime({ offset: true })),
  })
  .register(z.globalRegistry, {
    id: 'FundingOverride',
    description:
      'A recorded manual change of a grant: a departure from the ranking with its amount.',
  });

/** A recorded manual change of a grant. */
export type FundingOverride = z.infer<typeof FundingOverrideSchema>;

const OverrideListSchema = z.array(FundingOverrideSchema);

/** What `applyOverrides` reads of an allocation (as `allocateFunds` makes it). */
const AllocationShape = z.object({
  fund: z.number(),
  grants: z.array(
    z.object({
      project: z.string(),
      rank: z.number(),
      requested: z.number(),
      granted: z.number(),
      status: z.string(),
    }),
  ),
});

/** A grant after overrides, with what the rule gave. */
export interface FinalFundGrant extends FundGrant {
  /** What the rule granted. */
  readonly ruleGranted: number;
  /** The override that set this grant, if any. */
  readonly override?: FundingOverride;
}

/** One difference between the rule's outcome and the final decision. */
export interface FundingDifference {
  readonly project: string;
  readonly rule: number;
  readonly final: number;
  /** `final - rule`, in minor units. */
  readonly change: number;
  /** Who decided (a participant id). */
  readonly by: string;
  readonly reason: LocalizedText;
}

/**
 * A violated rule of overriding: the SDK's one {@link Violation} shape, narrowed to these rules.
 *
 * @example
 * const v: OverrideViolation = { rule: 'over-fund', path: ['overrides'],
 *   message: { 'zh-CN': '合计超过资金总额', en: 'The grants add up to more than the fund' } };
 */
export type OverrideViolation = Violation<
  'unknown-project' | 'duplicate-override' | 'above-request' | 'over-fund'
>;

/** The outcome of {@link applyOverrides}. */
export type OverrideResult =
  | {
      readonly ok: true;
      readonly grants: readonly FinalFundGrant[];
      readonly granted: number;
      readonly remaining: number;
      /** Only the projects whose grant changed, in rank order. */
      readonly differences: readonly FundingDifference[];
    }
  | { readonly ok: false; readonly violations: readonly OverrideViolation[] };

/**
 * Applies recorded manual decisions to the rule's allocation and shows the difference. Fails
 * (as a value, with every violation) on an unknown project, two overrides of one project, a
 * grant above the request, or a total above the fund. Overrides that are not
 * `FundingOverride` documents (a fractional amount, no reason) or an allocation that is not the
 * result of `allocateFunds` throw an `InvalidInputError` with the violations and their paths:
 * validate overrides a person typed with `parseDocument(FundingOverrideSchema, …)` first.
 *
 * @example
 * const result = applyOverrides(allocation, [
 *   { project: 'b', granted: 0, by: 'p-center', reason: 'already funded by the district' },
 * ]);
 * result.ok && result.differences; // [{ project: 'b', rule: 500, final: 0, change: -500, … }]
 */
export function applyOverrides(
  allocation: FundAllocation,
  overrides: readonly FundingOverride[],
): OverrideResult {
  checkArgument(AllocationShape, allocation, {
    function: 'applyOverrides',
    argument: 'allocation',
    expected: 'FundAllocation',
  });
  checkArgument(OverrideListSchema, overrides, {
    function: 'applyOverrides',
    argument: 'overrides',
    expected: 'FundingOverride[]',
  });
  const violations: OverrideViolation[] = [];
  const byProject = new Map<string, FundingOverride>();
  const grants = new Map(allocation.grants.map((grant) => [grant.project, grant] as const));
  overrides.forEach((override, i) => {
    const grant = grants.get(override.project);
    if (grant === undefined) {
      violations.push({
        rule: 'unknown-project',
        message: {
          'zh-CN': `调整了不存在的项目“${override.project}”`,
          en: `Override of unknown project "${override.project}"`,
        },
        path: [i, 'project'],
      });
      return;
    }
    if (byProject.has(override.project)) {
      violations.push({
        rule: 'duplicate-override',
        message: {
          'zh-CN': `项目“${override.project}”被调整了两次`,
          en: `Project "${override.project}" is overridden twice`,
        },
        path: [i, 'project'],
      });
    }
    if (override.granted > grant.requested) {
      violations.push({
        rule: 'above-request',
        message: {
          'zh-CN': `项目“${override.project}”的资助额 ${override.granted} 超过了申请额 ${grant.requested}`,
          en: `The grant of ${override.granted} for "${override.project}" is above its request of ${grant.requested}`,
        },
        path: [i, 'granted'],
      });
    }
    byProject.set(override.project, override);
  });
  const finals = allocation.grants.map((grant): FinalFundGrant => {
    const override = byProject.get(grant.project);
    if (override === undefined) return { ...grant, ruleGranted: grant.granted };
    const granted = override.granted;
    const status = granted === 0 ? 'skipped' : granted >= grant.requested ? 'funded' : 'partial';
    return { ...grant, granted, status, ruleGranted: grant.granted, override };
  });
  const granted = finals.reduce((sum, grant) => sum + grant.granted, 0);
  if (granted > allocation.fund) {
    violations.push({
      rule: 'over-fund',
      message: {
        'zh-CN': `资助总额 ${granted} 超过了资金总额 ${allocation.fund}`,
        en: `The grants add up to ${granted}, above the fund of ${allocation.fund}`,
      },
      path: [],
    });
  }
  if (violations.length > 0) return { ok: false, violations };
  const differences = finals
    .filter((grant) => grant.override !== undefined && grant.granted !== grant.ruleGranted)
    .map((grant) => ({
      project: grant.project,
      rule: grant.ruleGranted,
      final: grant.granted,
      change: grant.granted - grant.ruleGranted,
      by: grant.override!.by,
      reason: grant.override!.reason,
    }));
  return { ok: true, grants: finals, granted, remaining: allocation.fund - granted, differences };
}
