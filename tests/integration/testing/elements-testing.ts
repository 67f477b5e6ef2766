/**
 * The test helpers of `@qingyuan/elements` (fixtures, axe, layout checks, the 2007 pilot
 * meeting and survey), which the package keeps out of its published files. This is the one
 * place the integration tests reach into the elements' sources; the elements themselves are
 * imported from their build (`@qingyuan/elements/define/…`), as a site would.
 */
export * from '../../../packages/elements/src/testing/fixture.js';
export * from '../../../packages/elements/src/testing/axe.js';
export * from '../../../packages/elements/src/testing/layout.js';
export * from '../../../packages/elements/src/testing/meetings.js';
export { pilotSurvey } from '../../../packages/elements/src/needs-survey/needs-survey.fixture.js';
export { binheSheet } from '../../../packages/elements/src/pb-ballot/pb-ballot.fixture.js';
