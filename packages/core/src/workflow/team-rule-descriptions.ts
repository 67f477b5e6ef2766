import { teamChecks } from './team-rules.js';
import { message, withDescriptions, type ProjectRule } from './project-rule.js';

// What each rule of `team-rules.ts` asks, in both languages: apart from the checks, so
// a bundle that only replays histories (`projectCommonChecks`) leaves the descriptions out.

/**
 * The execution team's rules beyond its leads: every member signs their own responsibility
 * contract (`team.signs-own-contract`: a team document may mark signed only the contract of
 * whoever records it, and a `contract-signed` event is recorded by the member who signs), and
 * at least one member is a resident (`team.resident-member`, 居民自治; a round may waive it
 * with `requireResident: false` in the context).
 *
 * @example
 * teamRules.map((rule) => rule.id); // ['team.signs-own-contract', 'team.resident-member']
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
