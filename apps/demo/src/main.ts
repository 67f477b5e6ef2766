import { defineElement } from '@qingyuan/elements';
import { DemoBarChart } from './charts/bar-chart.js';
import { DemoApp } from './demo-app.js';
import { DemoApplicationsScreen } from './screens/applications-screen.js';
import { DemoAuditScreen } from './screens/audit-screen.js';
import { DemoClosingScreen } from './screens/closing-screen.js';
import { DemoExecutionScreen } from './screens/execution-screen.js';
import { DemoFundingScreen } from './screens/funding-screen.js';
import { DemoMeetingScreen } from './screens/meeting-screen.js';
import { DemoReportScreen } from './screens/report-screen.js';
import { DemoSurveyScreen } from './screens/survey-screen.js';
import { DemoVoteScreen } from './screens/vote-screen.js';
import { installRandomUuid } from './random-uuid-shim.js';

// A phone that opens a QR link over the LAN (plain http) has no crypto.randomUUID, which the
// ballot's outbox and the survey use when they submit.
installRandomUuid(globalThis.crypto);

defineElement('demo-bar-chart', DemoBarChart);
defineElement('demo-survey-screen', DemoSurveyScreen);
defineElement('demo-report-screen', DemoReportScreen);
defineElement('demo-applications-screen', DemoApplicationsScreen);
defineElement('demo-meeting-screen', DemoMeetingScreen);
defineElement('demo-vote-screen', DemoVoteScreen);
defineElement('demo-funding-screen', DemoFundingScreen);
defineElement('demo-execution-screen', DemoExecutionScreen);
defineElement('demo-closing-screen', DemoClosingScreen);
defineElement('demo-audit-screen', DemoAuditScreen);
defineElement('qy-demo-app', DemoApp);
