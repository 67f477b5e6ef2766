import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type * as z from 'zod/mini';
import { documentSchemas } from '../schemas/registry.js';
import * as arb from './arbitraries.fixture.js';

const cases: [keyof typeof documentSchemas, fc.Arbitrary<unknown>][] = [
  ['Community', arb.community],
  ['Participant', arb.participant],
  ['GovernanceBody', arb.governanceBody],
  ['Application', arb.application],
  ['ExecutionTeam', arb.executionTeam],
  ['FundingDecision', arb.fundingDecision],
  ['WorkRecord', arb.workRecord],
  ['ExecutionReport', arb.executionReport],
  ['FinancialAudit', arb.financialAudit],
  ['EvaluationReport', arb.evaluationReport],
  ['Termination', arb.termination],
  ['NeedsSurvey', arb.needsSurvey],
  ['SurveyResponse', arb.surveyResponse],
];

describe('every valid document survives a JSON round trip', () => {
  for (const [name, arbitrary] of cases) {
    it(name, () => {
      const schema = documentSchemas[name] as z.ZodMiniType;
      fc.assert(
        fc.property(arbitrary, (document) => {
          const parsed = schema.safeParse(document);
          expect(parsed.error?.issues ?? []).toEqual([]);
          const again = schema.parse(JSON.parse(JSON.stringify(parsed.data)));
          expect(again).toEqual(parsed.data);
        }),
        { numRuns: 150 },
      );
    });
  }
});
