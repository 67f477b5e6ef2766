import { defineElement } from '@qingyuan/elements';
import { DemoApp } from './demo-app.js';

defineElement('qy-demo-app', DemoApp);
