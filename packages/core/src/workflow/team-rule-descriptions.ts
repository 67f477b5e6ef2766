import { teamChecks } from './team-rules.js';
import { message, withDescriptions, type ProjectRule } from './project-rule.js';

// What each rule of `team-rules.ts` asks, in both languages: apart from the checks, so a bundle that
// only replays histories (`projectCommonChecks`) leaves the descriptions out.

/**
 * {@link teamChecks} with each rule's description: these rules in `projectLifecycle` and
 * `projectRuleCatalog`.
 *
 * @example
 * teamRules.map((rule) => rule.description.en);
 */
export const teamRules: readonly ProjectRule[] = /* @__PURE__ */ withDescriptions(
  teamChecks,
  () => ({
    'team.signs-own-contract': message(
      '每位成员亲自签署自己的职责合同，不能由他人代签或代记',
      'Every member signs their own responsibility contract; nobody signs or records it for them',
    ),
    'team.resident-member': message(
      '执行小组至少有一名社区居民（居民自治），除非本轮另有规定',
      'The execution team has at least one resident among its members (居民自治), unless the round waives it',
    ),
  }),
);
