// Test data: the review meeting of the four 2007 pilot projects and its ballots, whose totals are
// worked out by hand in weighted-tally.test.ts and in docs/scoring.md. The one copy lives in
// `@qingyuan/core/examples` (src/examples/); this file only names it for the scoring tests.
export { pilotBallots, pilotMeeting } from '../examples/index.js';
