import { message, onTeam, personName, projectCheck, type ProjectCheck } from './project-rule.js';

/**
 * The checks of {@link teamRules} (`team-rule-descriptions.ts`), without what each rule asks: what replaying a
 * history runs (`projectCommonChecks`).
 */
export const teamChecks: readonly ProjectCheck[] = [
  projectCheck(
    'team.signs-own-contract',
    ['team-formed', 'team-updated', 'contract-signed'],
    ({ state, event, context }) => {
      if (event.type === 'contract-signed') {
        const violations = [];
        const by = personName(context, event.by, state);
        const member = personName(context, event.payload.member, state);
        if (event.payload.member !== event.by) {
          violations.push({
            rule: 'team.signs-own-contract',
            message: message(
              `${by['zh-CN']} 不能代 ${member['zh-CN']} 签署职责合同，须由本人签署`,
              `${by.en} cannot sign the responsibility contract for ${member.en}; the member signs it in person`,
            ),
            path: ['by'],
          });
        }
        if (!onTeam(state, event.payload.member)) {
          violations.push({
            rule: 'team.signs-own-contract',
            message: message(
              `${member['zh-CN']} 不是执行小组成员，没有职责合同可签`,
              `${member.en} is not on the execution team and has no contract to sign`,
            ),
            path: ['payload', 'member'],
          });
        }
        return violations;
      }
      const before = new Map(
        (state.team?.members ?? []).map((member) => [member.participant, member.contract]),
      );
      return event.payload.team.members.flatMap((member, index) => {
        if (!member.contract.signed || member.participant === event.by) return [];
        const earlier = before.get(member.participant);
        if (earlier?.signed && earlier.signedAt === member.contract.signedAt) return [];
        const by = personName(context, event.by, event.payload);
        const signer = personName(context, member.participant, event.payload);
        return [
          {
            rule: 'team.signs-own-contract',
            message: message(
              `${by['zh-CN']} 不能为 ${signer['zh-CN']} 记录已签署的职责合同；成员须本人签署`,
              `${by.en} cannot record ${signer.en}'s contract as signed; the member signs it in person`,
            ),
            path: ['payload', 'team', 'members', index, 'contract', 'signed'],
          },
        ];
      });
    },
  ),
  projectCheck('team.resident-member', ['execution-started'], ({ state, context }) => {
    if (context.requireResident === false || !state.team) return [];
    const residents = new Set(
      (context.participants ?? [])
        .filter((participant) => participant.roles.includes('resident'))
        .map((participant) => participant.id),
    );
    if (state.team.members.some((member) => residents.has(member.participant))) return [];
    return [
      {
        rule: 'team.resident-member',
        message:
          context.participants === undefined
            ? message(
                '无法确认执行小组中有居民：上下文中没有参与者名册（participants）',
                'Cannot tell whether a resident is on the execution team: the context has no participant records (participants)',
              )
            : message(
                `执行小组成员（${state.team.members.map((m) => personName(context, m.participant, state)['zh-CN']).join('、')}）中没有居民`,
                `No member of the execution team (${state.team.members.map((m) => personName(context, m.participant, state).en).join(', ')}) is a resident`,
              ),
        path: ['team', 'members'],
      },
    ];
  }),
];
