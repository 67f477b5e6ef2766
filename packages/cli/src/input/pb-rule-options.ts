import {
  equalShares,
  greedy,
  messagePair,
  Rational,
  sequentialPhragmen,
  type ApprovalElection,
  type BudgetOutcome,
  type EqualSharesCompletion,
  type Locale,
} from '@qingyuan/core/pabulib';
import { UsageError } from '../io.js';

/** The allocation rules the PB commands run. */
export const PB_RULES = ['greedy', 'equal-shares', 'phragmen'] as const;
const UTILITIES = ['cost', 'cardinality'] as const;
const COMPLETIONS = ['none', 'greedy', 'add1'] as const;

/** A rule with its options, as `--rule`, `--utility`, `--completion`, `--add1-step` give it. */
export interface PbRuleOptions {
  rule: (typeof PB_RULES)[number];
  utility: (typeof UTILITIES)[number];
  completion: EqualSharesCompletion;
  add1Step?: Rational;
  /** Whether `--utility` was given (phragmen refuses it). */
  utilityGiven: boolean;
}

/** The flags {@link parsePbRuleOptions} reads, as `node:util` parseArgs gives them. */
export interface PbRuleFlags {
  rule?: string | undefined;
  utility?: string | undefined;
  completion?: string | undefined;
  'add1-step'?: string | undefined;
}

/** The message in the language asked for, of a pair written Chinese first (core's order). */
const say = (lang: Locale, zh: string, en: string) => messagePair(zh, en)[lang];

/**
 * A command-line value that must be one of `allowed` (undefined when the flag is absent); a
 * UsageError in the language asked for otherwise.
 *
 * @example
 * oneOfFlag('--format', 'table', ['json', 'table'], 'en'); // 'table'
 */
export function oneOfFlag<T extends string>(
  flag: string,
  value: string | undefined,
  allowed: readonly T[],
  lang: Locale,
): T | undefined {
  if (value === undefined) return undefined;
  if (!(allowed as readonly string[]).includes(value)) {
    throw new UsageError(
      say(
        lang,
        `${flag}：应为 ${allowed.join('、')} 之一，实际为"${value}"`,
        `${flag}: expected ${allowed.join(', ')}, got "${value}"`,
      ),
    );
  }
  return value as T;
}

/**
 * Reads and checks the rule flags: `--rule` is required; `--utility` has no meaning for
 * phragmen; `--completion` and `--add1-step` only for equal-shares; `--add1-step` needs
 * `--completion add1` and a positive exact number. Every refusal is one UsageError line.
 *
 * @example
 * parsePbRuleOptions({ rule: 'equal-shares', completion: 'add1' }, 'en').completion; // 'add1'
 */
export function parsePbRuleOptions(flags: PbRuleFlags, lang: Locale): PbRuleOptions {
  const rule = oneOfFlag('--rule', flags.rule, PB_RULES, lang);
  if (rule === undefined) {
    throw new UsageError(
      say(
        lang,
        `必须给出 --rule：${PB_RULES.join('、')}`,
        `--rule is required: ${PB_RULES.join(', ')}`,
      ),
    );
  }
  const utility = oneOfFlag('--utility', flags.utility, UTILITIES, lang) ?? 'cost';
  const completion = oneOfFlag('--completion', flags.completion, COMPLETIONS, lang) ?? 'none';
  if (rule === 'phragmen' && flags.utility !== undefined) {
    throw new UsageError(
      say(
        lang,
        `--utility 对 --rule phragmen 没有意义（序贯 Phragmén 把每个费用分摊给赞成者，没有效用）：如需效用请用 --rule equal-shares --utility ${utility} 或 --rule greedy --utility ${utility}`,
        '--utility has no meaning for --rule phragmen (sequential Phragmén spreads each cost over its approvers; it has no utility): for a utility use --rule equal-shares --utility ' +
          `${utility} or --rule greedy --utility ${utility}`,
      ),
    );
  }
  if (rule !== 'equal-shares') {
    for (const flag of ['completion', 'add1-step'] as const) {
      if (flags[flag] !== undefined) {
        throw new UsageError(
          rule === 'greedy'
            ? say(
                lang,
                `--${flag} 对 --rule greedy 没有意义（贪心法已花掉所能花的一切）：如需补全请用 --rule equal-shares --completion greedy|add1`,
                `--${flag} has no meaning for --rule greedy (greedy already spends all it can): for a completion use --rule equal-shares --completion greedy|add1`,
              )
            : say(
                lang,
                `--${flag} 对 --rule phragmen 没有意义（序贯 Phragmén 在下一个项目放不下时停止）：如需补全请用 --rule equal-shares --completion greedy|add1`,
                `--${flag} has no meaning for --rule phragmen (sequential Phragmén stops when the next project does not fit): for a completion use --rule equal-shares --completion greedy|add1`,
              ),
        );
      }
    }
  }
  let add1Step: Rational | undefined;
  const stepText = flags['add1-step'];
  if (stepText !== undefined) {
    if (completion !== 'add1') {
      throw new UsageError(
        say(lang, '--add1-step 需要 --completion add1', '--add1-step needs --completion add1'),
      );
    }
    let value: Rational | null = null;
    try {
      value = Rational.parse(stepText);
    } catch {
      value = null;
    }
    if (value === null || value.sign() <= 0) {
      throw new UsageError(
        say(
          lang,
          `--add1-step：应为正数，实际为"${stepText}"`,
          `--add1-step: expected a positive number, got "${stepText}"`,
        ),
      );
    }
    add1Step = value;
  }
  return {
    rule,
    utility,
    completion,
    utilityGiven: flags.utility !== undefined,
    ...(add1Step ? { add1Step } : {}),
  };
}

/**
 * Runs the chosen rule on an election.
 *
 * @example
 * runPbRule(election, parsePbRuleOptions({ rule: 'greedy' }, 'en')).selected;
 */
export function runPbRule(election: ApprovalElection, options: PbRuleOptions): BudgetOutcome {
  const { rule, utility, completion, add1Step } = options;
  if (rule === 'greedy') return greedy(election, { utility });
  if (rule === 'phragmen') return sequentialPhragmen(election);
  return equalShares(election, { utility, completion, ...(add1Step ? { add1Step } : {}) });
}
