/**
 * Registers every Qingyuan element (import for its side effect). This is the `qingyuan.js`
 * entry of the CDN build.
 *
 * @example
 * import '@qingyuan/elements/define/qingyuan.js';
 */
import './ballot.js';
import './ranking-table.js';
import './weight-editor.js';
import './needs-survey.js';
import './application-form.js';
import './project-status.js';
import './idea-board.js';
import './pb-results.js';
import './pb-ballot.js';
import './needs-report.js';
import './funding-decision.js';
import './execution-team.js';
import './work-record.js';
import './closing-report.js';
