/**
 * Registers every Qingyuan element (import for its side effect). This is the `qingyuan.js`
 * entry of the CDN build. Written by scripts/element-entries.mjs from src/define/*: do not edit.
 *
 * @example
 * import '@qingyuan/elements/define/qingyuan.js';
 */
import './application-form.js';
import './ballot.js';
import './closing-report.js';
import './execution-team.js';
import './funding-decision.js';
import './idea-board.js';
import './needs-report.js';
import './needs-survey.js';
import './pb-ballot.js';
import './pb-results.js';
import './project-status.js';
import './ranking-table.js';
import './weight-editor.js';
import './work-record.js';
