import type { LocalizedMessage } from '../locale/localized-message.js';
import { Rational } from '../math/rational.js';
import type {
  EqualSharesExplanation,
  EqualSharesRound,
  EqualSharesUnfunded,
} from './equal-shares-explanation.js';

/** Why one project was or was not funded by Equal Shares, as data and in words. */
export type EqualSharesProjectExplanation =
  | { project: string; status: 'funded'; round: EqualSharesRound; text: LocalizedMessage }
  | {
      project: string;
      status: 'completion' | 'unfunded';
      unfunded: EqualSharesUnfunded;
      text: LocalizedMessage;
    };

/**
 * One project's story from an {@link EqualSharesExplanation}: the round that bought it and how
 * its supporters paid, or why it was not bought (the money its supporters still had, the
 * shortfall, how many more supporters it needed, which project won its last round, whether
 * it fits the unspent budget), in zh-CN and English. Null when the id is not in the election.
 * Amounts in words are exact when they have at most two decimals, otherwise marked `≈`.
 *
 * @example
 * const story = explainEqualSharesProject(explainEqualShares(election), '7');
 * story?.text.en; // 'Project 7 (cost 60) was funded in round 1 of Equal Shares. …'
 */
export function explainEqualSharesProject(
  explanation: EqualSharesExplanation,
  projectId: string,
): EqualSharesProjectExplanation | null {
  const round = explanation.rounds.find((r) => r.project === projectId);
  if (round)
    return { project: projectId, status: 'funded', round, text: fundedText(explanation, round) };
  const unfunded = explanation.unfunded.find((u) => u.project === projectId);
  if (!unfunded) return null;
  return {
    project: projectId,
    status: unfunded.boughtByCompletion ? 'completion' : 'unfunded',
    unfunded,
    text: unfundedText(explanation, unfunded),
  };
}

/**
 * An amount for prose: exact when it has at most two decimals, else `≈` and two decimals.
 *
 * @example
 * showAmount(Rational.of(1, 3)); // '≈0.33'
 */
export function showAmount(value: Rational): string {
  const exact = value.mul(Rational.of(100)).denominator === 1n;
  return exact ? value.toDecimal(2) : `≈${value.toDecimal(2)}`;
}

/**
 * A price per unit of utility for prose: often far below 1 under cost utility, so exact when
 * it has at most six decimals, else `≈` and six significant-enough decimals.
 */
function showPrice(value: Rational): string {
  const exact = value.mul(Rational.of(1_000_000)).denominator === 1n;
  return exact ? value.toDecimal(6) : `≈${value.toDecimal(6)}`;
}

function fundedText(x: EqualSharesExplanation, r: EqualSharesRound): LocalizedMessage {
  const full = r.payments.find((p) => p.amount.equals(r.fullShare));
  const partial = r.payments.filter((p) => !p.amount.equals(r.fullShare));
  const partialVoters = partial.reduce((n, p) => n + p.voters, 0);
  const en = [
    `Project ${r.project} (cost ${showAmount(r.cost)}) was funded in round ${r.round} of Equal Shares.`,
    `Each of its ${r.supporters} supporters started with ${showAmount(x.perVoterBudget)}.`,
    r.fullShare.isZero()
      ? 'It costs nothing, so it was selected before the first round.'
      : `${full?.voters ?? 0} of them paid the full share of ${showAmount(r.fullShare)}` +
        (partialVoters > 0
          ? `, and ${partialVoters} paid all they had left (less than the full share).`
          : '.'),
    `Price per unit of utility: ${showPrice(r.price)}; effective vote count: ${showAmount(r.effectiveVotes)}.`,
    `After this round the voters had spent ${showAmount(r.spent)} of ${showAmount(x.budget)}.`,
  ].join(' ');
  const zh = [
    `项目 ${r.project}（费用 ${showAmount(r.cost)}）在平等份额法（Equal Shares）第 ${r.round} 轮获得资助。`,
    `其 ${r.supporters} 名支持者每人起始份额为 ${showAmount(x.perVoterBudget)}。`,
    r.fullShare.isZero()
      ? '该项目费用为零，因此在第一轮之前即被选中。'
      : `其中 ${full?.voters ?? 0} 人各支付了完整份额 ${showAmount(r.fullShare)}` +
        (partialVoters > 0
          ? `，另有 ${partialVoters} 人支付了其剩余的全部金额（少于完整份额）。`
          : '。'),
    `每单位效用的价格：${showPrice(r.price)}；有效票数：${showAmount(r.effectiveVotes)}。`,
    `本轮之后，投票人共支出 ${showAmount(r.spent)}（预算 ${showAmount(x.budget)}）。`,
  ].join('');
  return { en, 'zh-CN': zh };
}

function unfundedText(x: EqualSharesExplanation, u: EqualSharesUnfunded): LocalizedMessage {
  const head = {
    en: `Project ${u.project} (cost ${showAmount(u.cost)}) was not funded by Equal Shares`,
    zh: `项目 ${u.project}（费用 ${showAmount(u.cost)}）未获平等份额法（Equal Shares）资助`,
  };
  const tail = {
    en: u.boughtByCompletion
      ? ` It was then bought by the greedy completion from the ${showAmount(x.unusedBudget)} Equal Shares left unspent.`
      : '',
    zh: u.boughtByCompletion
      ? `之后由贪心补全用平等份额法未用完的 ${showAmount(x.unusedBudget)} 购买。`
      : '',
  };
  if (u.reason === 'no-supporters') {
    return {
      en: `${head.en}: nobody approved it.${tail.en}`,
      'zh-CN': `${head.zh}：没有人赞成它。${tail.zh}`,
    };
  }
  if (u.reason === 'no-utility') {
    return {
      en: `${head.en}: it costs nothing, so under cost utility it brings no satisfaction and is never bought.${tail.en}`,
      'zh-CN': `${head.zh}：其费用为零，在费用效用下不带来满意度，因此不会被购买。${tail.zh}`,
    };
  }
  const en = [
    `${head.en}.`,
    `Its ${u.supporters} supporters started with ${showAmount(u.supportersStartMoney)} together and still held ${showAmount(u.supportersMoney)} when the rule stopped, ${showAmount(u.shortfall)} short of its cost.`,
    u.moreSupportersNeeded === null
      ? ''
      : `It would have needed ${u.moreSupportersNeeded} more supporter${u.moreSupportersNeeded === 1 ? '' : 's'} with a full share of ${showAmount(x.perVoterBudget)}.`,
    u.lostTo
      ? `Its supporters could last pay for it in round ${u.lostTo.round}, which project ${u.lostTo.project} won at a price per unit of utility of ${showPrice(u.lostTo.winnerPrice)} against its ${showPrice(u.lostTo.ownPrice)}; after that they could no longer afford it.`
      : 'Its supporters could never pay for it together.',
    u.fitsUnusedBudget
      ? `It would fit in the ${showAmount(x.unusedBudget)} Equal Shares left unspent.`
      : `It would not fit in the ${showAmount(x.unusedBudget)} Equal Shares left unspent.`,
  ]
    .filter((s) => s !== '')
    .join(' ');
  const zh = [
    `${head.zh}。`,
    `其 ${u.supporters} 名支持者起始共有 ${showAmount(u.supportersStartMoney)}，规则结束时仍有 ${showAmount(u.supportersMoney)}，距其费用还差 ${showAmount(u.shortfall)}。`,
    u.moreSupportersNeeded === null
      ? ''
      : `还需要 ${u.moreSupportersNeeded} 名持有完整份额（${showAmount(x.perVoterBudget)}）的支持者。`,
    u.lostTo
      ? `其支持者最后一次能负担它是在第 ${u.lostTo.round} 轮，该轮由项目 ${u.lostTo.project} 以每单位效用价格 ${showPrice(u.lostTo.winnerPrice)} 胜出（本项目为 ${showPrice(u.lostTo.ownPrice)}）；此后他们已无力负担。`
      : '其支持者合起来始终无力负担它。',
    u.fitsUnusedBudget
      ? `平等份额法未用完的 ${showAmount(x.unusedBudget)} 足以支付它。`
      : `平等份额法未用完的 ${showAmount(x.unusedBudget)} 不足以支付它。`,
  ].join('');
  return { en: `${en}${tail.en}`, 'zh-CN': `${zh}${tail.zh}` };
}
