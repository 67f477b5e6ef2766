import { describe, expect, expectTypeOf, it } from 'vitest';
import * as core from '../index.js';
import type {
  AllocateFundsResult,
  FundingViolation,
  Locale,
  LocalizedMessage,
  LocalizedText,
  OverrideViolation,
  ParseDocumentOptions,
  ReviewMeetingInput,
  RuleCheck,
  Violation,
} from '../index.js';
import { MoneySchema } from '../money/money.js';
import { parseDocument } from '../validation/parse-document.js';

describe('one locale type, one message pair, one violation shape', () => {
  it('Locale lists the shipped locales, and wording functions take it', () => {
    expect(core.locales).toEqual(['zh-CN', 'en']);
    expect(core.isLocale('zh-CN') && !core.isLocale('zh')).toBe(true);
    expectTypeOf<ParseDocumentOptions['locale']>().toEqualTypeOf<Locale | undefined>();
    expectTypeOf(core.explainProject).parameter(3).toEqualTypeOf<Locale | undefined>();
  });

  it('LocalizedMessage is the one message pair, and a LocalizedText', () => {
    expectTypeOf<LocalizedMessage>().toExtend<LocalizedText>();
    expectTypeOf<Violation['message']>().toEqualTypeOf<LocalizedMessage>();
  });

  it('funding and override violations are Violation narrowed to their rules', () => {
    expectTypeOf<FundingViolation>().toEqualTypeOf<
      Violation<'fund-amount' | 'currency-mismatch'>
    >();
    expectTypeOf<OverrideViolation>().toExtend<Violation>();
    expectTypeOf<
      Extract<AllocateFundsResult, { ok: false }>['violations'][number]
    >().toExtend<Violation>();
    expectTypeOf<RuleCheck<'a'>>().toExtend<RuleCheck>();
  });

  it('parseDocument failures carry violations in both locales, beside the one-locale issues', () => {
    const result = parseDocument(
      MoneySchema,
      { amount: 10.5, currency: 'CNY' },
      { locale: 'zh-CN' },
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.violations).toEqual([
      {
        rule: 'money-integer',
        path: ['amount'],
        message: {
          'zh-CN': result.issues[0]!.message,
          en: expect.stringMatching(/whole number of minor units/) as string,
        },
      },
    ]);
  });

  it('functions that read a meeting take ReviewMeetingInput: literals without defaults compile', () => {
    expectTypeOf(core.tally).parameter(0).toEqualTypeOf<ReviewMeetingInput>();
    expectTypeOf(core.tallyColumns).parameter(0).toEqualTypeOf<ReviewMeetingInput>();
    expectTypeOf(core.explainProject).parameter(0).toEqualTypeOf<ReviewMeetingInput>();
    expectTypeOf(core.weightSensitivity).parameter(0).toEqualTypeOf<ReviewMeetingInput>();
    expectTypeOf(core.fundingCandidates).parameter(0).toEqualTypeOf<ReviewMeetingInput>();
    expectTypeOf(core.isRecused).parameter(0).toEqualTypeOf<ReviewMeetingInput>();
    const meeting = {
      id: 'm',
      criteria: [{ id: 'c', name: 'C', weight: 1 }],
      method: { type: 'approval' },
      projects: [
        { id: 'p', title: 'P', community: 'x', requested: { amount: 1, currency: 'CNY' } },
      ],
      voters: [{ id: 'v' }],
    } satisfies ReviewMeetingInput;
    const result = core.tally(meeting, [{ voter: 'v', marks: { p: { c: true } } }]);
    expect(core.fundingCandidates(meeting, result)).toEqual([
      { project: 'p', requested: { amount: 1, currency: 'CNY' } },
    ]);
  });
});
