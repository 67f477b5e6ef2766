import type { ExecutionTeam } from '@qingyuan/core';
import { jinhualiExecutionHistory } from '@qingyuan/core/examples';

/**
 * Jinhuali's execution team as the project history forms it (only the lead's own contract
 * signed), with duties written into each contract, for tests and stories.
 */
export function jinhualiTeam(): ExecutionTeam {
  const formed = jinhualiExecutionHistory.find((event) => event.type === 'team-formed');
  if (formed?.type !== 'team-formed') throw new Error('the example history forms no team');
  const duties: Record<string, { 'zh-CN': string; en: string }> = {
    'p-li': {
      'zh-CN': '主持例会，对外联络，对项目全面负责',
      en: 'Chairs the meetings, speaks for the team, answers for the whole project',
    },
    'p-zhao': {
      'zh-CN': '管理项目资金，记账并保存收据',
      en: 'Keeps the project’s money, the books and the receipts',
    },
    'p-wang': {
      'zh-CN': '爱心超市值班，联系新居民',
      en: 'Staffs the love supermarket, reaches out to migrant residents',
    },
  };
  return {
    ...formed.payload.team,
    members: formed.payload.team.members.map((member) => ({
      ...member,
      contract: { ...member.contract, duties: duties[member.participant]! },
    })),
  };
}
