import { describe, expect, it } from 'vitest';
import {
  documentSchemaNames,
  documentSchemas,
  isDocumentSchemaName,
  toJSONSchema,
} from './registry.js';

describe('toJSONSchema', () => {
  it('publishes every document schema as JSON Schema 2020-12', () => {
    for (const name of documentSchemaNames()) {
      const schema = toJSONSchema(name);
      expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
      expect(schema.$id).toBe(`https://qingyuan.dev/schemas/${name}.json`);
    }
  });

  it('marks fields with defaults as optional in the written document', () => {
    const schema = toJSONSchema('ReviewMeeting') as { required: string[] };
    expect(schema.required).toContain('criteria');
    expect(schema.required).not.toContain('aggregate');
  });

  it("publishes a meeting's optional community names", () => {
    const schema = toJSONSchema('ReviewMeeting') as {
      required: string[];
      properties: Record<string, { type?: string; items?: { $ref?: string } }>;
      $defs: Record<string, { required?: string[] }>;
    };
    expect(schema.required).not.toContain('communities');
    expect(schema.properties.communities?.type).toBe('array');
    expect(schema.properties.communities?.items?.$ref).toBe('#/$defs/MeetingCommunity');
    expect(schema.$defs.MeetingCommunity?.required).toEqual(['id', 'name']);
  });

  it('publishes the execution-phase documents, each validating its example', () => {
    const examples: Record<string, unknown> = {
      ScopeChange: {
        id: 'chg-1',
        project: 'p',
        reason: '增加缝补',
        indicators: [{ id: 'i1', description: '件数', unit: '件', target: 150 }],
        requestedAt: '2007-08-20T10:00:00+08:00',
      },
      ScopeChangeDecision: { change: 'chg-1', body: 'sv', approved: true },
      Disbursement: {
        id: 'd1',
        project: 'p',
        tranche: 1,
        amount: { amount: 600000, currency: 'CNY' },
        paidOn: '2007-05-10',
      },
      Expense: {
        id: 'x1',
        project: 'p',
        line: 'b1',
        item: '货架',
        amount: { amount: 480000, currency: 'CNY' },
        paidOn: '2007-05-20',
        receipt: { number: 'No.1' },
      },
      TerminationProposal: {
        id: 'tp',
        project: 'p',
        proposer: 'service-center',
        reason: '停止活动',
        respondBy: '2007-08-15',
      },
      TerminationResponse: { proposal: 'tp', text: '同意' },
      TerminationDeclined: { proposal: 'tp', body: 'sv', reason: '继续' },
      Refund: {
        id: 'r',
        project: 'p',
        amount: { amount: 250000, currency: 'CNY' },
        paidOn: '2007-08-28',
      },
    };
    for (const [name, example] of Object.entries(examples)) {
      expect(isDocumentSchemaName(name), name).toBe(true);
      if (!isDocumentSchemaName(name)) continue;
      expect(documentSchemas[name].safeParse(example).success, name).toBe(true);
      expect(toJSONSchema(name).type, name).toBe('object');
    }
    expect(documentSchemas.Expense.safeParse({ ...examples.Expense!, line: 7 }).success).toBe(
      false,
    );
  });

  it('publishes the documents of a round (qingyuan schema --list shows them)', () => {
    expect(documentSchemaNames()).toEqual(
      expect.arrayContaining(['Subdistrict', 'Round', 'Vetting', 'ResultsSummarySheet']),
    );
    const round = toJSONSchema('Round') as {
      required: string[];
      properties: Record<string, unknown>;
    };
    expect(round.required).toEqual(
      expect.arrayContaining(['subdistrict', 'year', 'fund', 'applications', 'funded']),
    );
    expect(round.required).not.toContain('carriedOver');
    const vetting = toJSONSchema('Vetting') as { properties: { outcome: { enum: string[] } } };
    expect(vetting.properties.outcome.enum).toEqual(['accepted', 'returned']);
  });

  it('publishes the Open Space, training and community resource documents', () => {
    expect(documentSchemaNames()).toEqual(
      expect.arrayContaining([
        'OpenSpaceSession',
        'DotVote',
        'TrainingSession',
        'CommunityResource',
      ]),
    );
    const application = toJSONSchema('Application') as { properties: Record<string, unknown> };
    expect(application.properties).toHaveProperty('origin');
  });

  it('knows which names exist', () => {
    expect(isDocumentSchemaName('Ballot')).toBe(true);
    expect(isDocumentSchemaName('toString')).toBe(false);
  });
});
