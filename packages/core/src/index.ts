/**
 * The domain of Qingyuan participatory governance: schemas (zod) with their types, the weighted
 * tally and its explanations, funding and participatory-budgeting rules, the Pabulib format,
 * lifecycles and their rules. One line per folder; each folder's `index.ts` lists what it makes
 * public. Subpaths: `@qingyuan/core/examples` (the pilot's documents), `@qingyuan/core/pabulib`
 * (the `.pb` format and the budget rules without the schemas, for a short-lived process),
 * `@qingyuan/core/tally` (building blocks for checking many ballots against one meeting) and
 * `@qingyuan/core/schemas/*.json` (the JSON Schemas).
 *
 * @example
 * import { tally, ReviewMeetingSchema } from '@qingyuan/core';
 *
 * @packageDocumentation
 */

// Shared vocabulary: money, languages, text, numbers, validation.
export * from './money/index.js';
export * from './locale/index.js';
export * from './text/index.js';
export * from './math/index.js';
export * from './validation/index.js';

// The documents.
export * from './meeting/index.js';
export * from './domain/index.js';
export * from './survey/index.js';
export * from './round/index.js';
export * from './open-space/index.js';
export * from './schemas/index.js';

// Scoring a review meeting and funding its ranking.
export * from './scoring/index.js';
export * from './funding/index.js';
export * from './analysis/index.js';

// Participatory budgeting: the .pb format, ballots and allocation rules.
export * from './pabulib/index.js';
export * from './pb-ballot/index.js';
export * from './budget/index.js';

// Lifecycles and the rules of each step.
export * from './workflow/index.js';
