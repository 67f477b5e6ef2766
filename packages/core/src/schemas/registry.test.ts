import { describe, expect, it } from 'vitest';
import { documentSchemaNames, isDocumentSchemaName, toJSONSchema } from './registry.js';

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
