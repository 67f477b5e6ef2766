import type { Context } from 'hono';
import { z } from 'zod';
import {
  IdSchema,
  PbBallotElectionSchema,
  PbBallotTextsSchema,
  approvalElection,
  parseDocument,
  toPointer,
  type PbBallotElectionJSON,
  type PbBallotJSON,
  type PbBallotTexts,
} from '@qingyuan/core';
import { httpProblem, type RequestProblem } from './error-responses.js';
import { droppedFields } from './unknown-fields.js';

/**
 * The rule a PB election is counted with: core's greedy, Equal Shares or sequential Phragmén.
 *
 * @example
 * PbRuleRequestSchema.parse({ name: 'equal-shares' }); // { name: 'equal-shares', utility: 'cost', completion: 'none' }
 */
export const PbRuleRequestSchema = z.discriminatedUnion('name', [
  z.strictObject({
    name: z.literal('greedy'),
    utility: z.enum(['cost', 'cardinality']).default('cost'),
  }),
  z.strictObject({
    name: z.literal('equal-shares'),
    utility: z.enum(['cost', 'cardinality']).default('cost'),
    completion: z.enum(['none', 'greedy', 'add1']).default('none'),
  }),
  z.strictObject({ name: z.literal('sequential-phragmen') }),
]);

/**
 * `POST /organizations/:id/pb-elections`: the election's id, ballot sheet and rule.
 *
 * @example
 * CreatePbElectionRequestSchema.parse({ id: 'pb-2027', sheet, rule: { name: 'greedy' } });
 */
export const CreatePbElectionRequestSchema = z.strictObject({
  id: IdSchema,
  /** Core's `PbBallotElection` with `PbBallotTexts` (checked by {@link pbSheetOf}). */
  sheet: z.unknown(),
  rule: PbRuleRequestSchema,
});

/**
 * `PATCH /organizations/:id/pb-elections/:election`: a new sheet and/or rule (draft only).
 *
 * @example
 * UpdatePbElectionRequestSchema.parse({ rule: { name: 'sequential-phragmen' } });
 */
export const UpdatePbElectionRequestSchema = z.strictObject({
  sheet: z.unknown().optional(),
  rule: PbRuleRequestSchema.optional(),
});

/**
 * `POST …/codes`: how many voting codes to issue.
 *
 * @example
 * IssuePbCodesRequestSchema.parse({ count: 300 });
 */
export const IssuePbCodesRequestSchema = z.strictObject({
  count: z.int().min(1).max(1000),
});

/**
 * `POST …/census`: SHA-256 hashes (hex) of census identifiers (see `censusHash`).
 *
 * @example
 * PbCensusRequestSchema.parse({ hashes: [censusHash('AB-123')] });
 */
export const PbCensusRequestSchema = z.strictObject({
  hashes: z
    .array(
      z.string().regex(/^[0-9a-fA-F]{64}$/, { message: 'Expected a SHA-256 hash: 64 hex digits' }),
    )
    .min(1)
    .max(5000),
});

const ballotFields = {
  district: z.string().min(1).max(200).optional(),
  projects: z.array(z.string().min(1).max(200)).max(1000),
  points: z.array(z.number()).max(1000).optional(),
};

/**
 * `POST …/ballots`: a voter's code (or census identifier) and core's PB ballot document.
 *
 * @example
 * CastPbBallotRequestSchema.parse({ code: 'K7Q2-9XWD-…', district: 'north', projects: ['n1', 'c4'] });
 */
export const CastPbBallotRequestSchema = z.strictObject({
  code: z.string().min(1).max(200),
  ...ballotFields,
});

/** `POST …/codes/check`: one voting code or census identifier, asked about before voting. */
export const PbCodeCheckRequestSchema = z.strictObject({
  code: z.string().min(1).max(200),
});

/**
 * `POST …/paper-ballots`: one officer's entry of the paper ballot numbered `number`.
 *
 * @example
 * PaperBallotRequestSchema.parse({ number: 'P-0042', projects: ['a', 'c'] });
 */
export const PaperBallotRequestSchema = z.strictObject({
  number: z.string().trim().min(1).max(64),
  ...ballotFields,
});

/**
 * Core's PB ballot document of a cast or paper-ballot request, with its keys in one order (so
 * two equal ballots are equal as JSON).
 *
 * @example
 * pbBallotOf({ code: 'K7Q2', projects: ['a'] }); // { projects: ['a'] }
 */
export function pbBallotOf(body: {
  district?: string | undefined;
  projects: string[];
  points?: number[] | undefined;
}): PbBallotJSON {
  return {
    ...(body.district === undefined ? {} : { district: body.district }),
    projects: body.projects,
    ...(body.points === undefined ? {} : { points: body.points }),
  };
}

/** A checked ballot sheet: the election part (for core's checks and rules) and the texts. */
export interface PbSheet {
  /** The sheet as sent (stored and served as it is). */
  document: Record<string, unknown>;
  election: PbBallotElectionJSON;
  texts: PbBallotTexts;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** Two parsed outputs of one document as one (objects merged key by key, arrays by index). */
function merged(a: unknown, b: unknown): unknown {
  if (Array.isArray(a) && Array.isArray(b)) {
    return Array.from({ length: Math.max(a.length, b.length) }, (_, i) => merged(a[i], b[i]));
  }
  if (isRecord(a) && isRecord(b)) {
    const out: Record<string, unknown> = { ...b };
    for (const [key, value] of Object.entries(a))
      out[key] = key in b ? merged(value, b[key]) : value;
    return out;
  }
  return a === undefined ? b : a;
}

/**
 * Reads a PB ballot sheet (what `<qy-pb-ballot>` reads): core's `PbBallotElectionSchema` and
 * `PbBallotTextsSchema` on the same object, every field neither knows refused at its path,
 * then what the schemas cannot see: project ids must be unique and costs exact non-negative
 * numbers (core's `approvalElection` checks), every district of a project needs its budget in
 * `districtBudgets`, `minLength` may not exceed `maxLength`, and every text must name a
 * project of the sheet. Throws the `400 invalid-request` answer listing every problem under
 * `sheet`, in the client's language.
 *
 * @example
 * const sheet = pbSheetOf(c, body.sheet); // sheet.election.rules.format === 'knapsack'
 */
export function pbSheetOf(c: Context, raw: unknown): PbSheet {
  const problems: RequestProblem[] = [];
  const parse = <T>(schema: z.core.$ZodType<T>): T | undefined => {
    const result = parseDocument(schema, raw, { locale: c.var.locale });
    if (result.ok) return result.value;
    for (const issue of result.issues) {
      const path = ['sheet', ...issue.path];
      problems.push({
        path,
        pointer: toPointer(path),
        code: issue.code,
        message: issue.message,
      });
    }
    return undefined;
  };
  const election = parse(PbBallotElectionSchema);
  const texts = parse(PbBallotTextsSchema);
  if (election === undefined || texts === undefined) throw invalidSheet(c, problems);
  const zh = c.var.locale === 'zh-CN';
  const add = (path: (string | number)[], code: string, en: string, zhText: string) =>
    problems.push({
      path: ['sheet', ...path],
      pointer: toPointer(['sheet', ...path]),
      code,
      message: zh ? zhText : en,
    });
  for (const path of droppedFields(raw, merged(election, texts))) {
    add(
      path,
      'unrecognized_keys',
      `Unknown field "${String(path.at(-1))}"`,
      `未知字段"${String(path.at(-1))}"`,
    );
  }
  const built = approvalElection({
    budget: election.budget,
    projects: election.projects.map((p) => ({ id: p.id, cost: p.cost })),
    ballots: [],
  });
  if (!built.ok) {
    for (const v of built.violations) {
      problems.push({
        path: ['sheet', ...v.path],
        pointer: toPointer(['sheet', ...v.path]),
        code: v.rule,
        message: v.message[zh ? 'zh-CN' : 'en'],
      });
    }
  }
  election.projects.forEach((project, i) => {
    if (
      project.district !== undefined &&
      election.districtBudgets?.[project.district] === undefined
    ) {
      add(
        ['projects', i, 'district'],
        'pb-sheet.district-budget',
        `Project ${project.id} is on district ${project.district}'s list, which has no budget in districtBudgets`,
        `项目 ${project.id} 属于 ${project.district} 区清单，但 districtBudgets 中没有该区的预算`,
      );
    }
  });
  const { minLength, maxLength } = election.rules;
  if (minLength !== undefined && maxLength !== undefined && minLength > maxLength) {
    add(
      ['rules', 'minLength'],
      'pb-sheet.length-range',
      `minLength (${minLength}) is larger than maxLength (${maxLength})`,
      `minLength（${minLength}）大于 maxLength（${maxLength}）`,
    );
  }
  const ids = new Set(election.projects.map((p) => p.id));
  texts.projects.forEach((project, i) => {
    if (!ids.has(project.id)) {
      add(
        ['projects', i, 'id'],
        'pb-sheet.unknown-project',
        `No project ${project.id} has a cost`,
        `项目 ${project.id} 没有费用`,
      );
    }
  });
  if (problems.length > 0) throw invalidSheet(c, problems);
  return { document: raw as Record<string, unknown>, election, texts };
}

function invalidSheet(c: Context, problems: RequestProblem[]) {
  return httpProblem(
    c,
    400,
    'invalid-request',
    { en: 'The request body is not valid', 'zh-CN': '请求内容不符合要求' },
    { problems },
  );
}
