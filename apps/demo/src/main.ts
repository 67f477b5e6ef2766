import { defineElement } from '@qingyuan/elements';
import { DemoApp } from './demo-app.js';
import { DemoAuditScreen } from './screens/audit-screen.js';
import { DemoFundingScreen } from './screens/funding-screen.js';
import { DemoMeetingScreen } from './screens/meeting-screen.js';
import { DemoVoteScreen } from './screens/vote-screen.js';

defineElement('demo-meeting-screen', DemoMeetingScreen);
defineElement('demo-vote-screen', DemoVoteScreen);
defineElement('demo-funding-screen', DemoFundingScreen);
defineElement('demo-audit-screen', DemoAuditScreen);
defineElement('qy-demo-app', DemoApp);
