import type { LocalizedMessage } from '../locale/localized-message.js';
import type { EqualSharesExplanation, EqualSharesVoterShare } from './equal-shares-explanation.js';
import { showAmount } from './explain-equal-shares-project.js';

/** What one ballot's share paid for under Equal Shares, as data and in words. */
export interface EqualSharesVoterExplanation {
  share: EqualSharesVoterShare;
  text: LocalizedMessage;
}

/**
 * What the voters who cast exactly the ballot `approved` (project ids, any order) paid with
 * their shares, with the story in zh-CN and English; null when no voter cast that ballot.
 * "What my share paid for", from a voter's receipt.
 *
 * @example
 * explainVoterShare(explainEqualShares(election), ['3', '7'])?.text.en;
 * // 'This ballot (3, 7; cast by 12 voters) started with a share of 20. It paid 20 for project 7 (round 1). …'
 */
export function explainVoterShare(
  explanation: EqualSharesExplanation,
  approved: readonly string[],
): EqualSharesVoterExplanation | null {
  const key = [...new Set(approved)].sort().join('\u0000');
  const share = explanation.voterShares.find((s) => [...s.approved].sort().join('\u0000') === key);
  if (!share) return null;
  const list = share.approved.length > 0 ? share.approved.join(', ') : '—';
  const paid = share.paid.filter((p) => p.amount.sign() > 0);
  const en = [
    `This ballot (${list}; cast by ${share.voters} voter${share.voters === 1 ? '' : 's'}) started with a share of ${showAmount(explanation.perVoterBudget)}.`,
    paid.length === 0
      ? 'It paid for nothing: no project it approves was bought with shares.'
      : `It paid ${paid.map((p) => `${showAmount(p.amount)} for project ${p.project} (round ${p.round})`).join(', ')}.`,
    `Spent ${showAmount(share.spent)}, left ${showAmount(share.left)}.`,
  ].join(' ');
  const zh = [
    `此选票（${list}；共 ${share.voters} 名投票人投出）起始份额为 ${showAmount(explanation.perVoterBudget)}。`,
    paid.length === 0
      ? '它没有为任何项目付款：它赞成的项目都没有用份额购买。'
      : `它支付了：${paid.map((p) => `项目 ${p.project}（第 ${p.round} 轮）${showAmount(p.amount)}`).join('，')}。`,
    `共支出 ${showAmount(share.spent)}，剩余 ${showAmount(share.left)}。`,
  ].join('');
  return { share, text: { en, 'zh-CN': zh } };
}
