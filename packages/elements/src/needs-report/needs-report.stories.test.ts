import { describeStories } from '../testing/story-tests.js';
import * as stories from './needs-report.stories.js';

// Every story (every state of the element) renders its args and is axe clean.
describeStories('qy-needs-report', stories);
