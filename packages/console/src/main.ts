// The organizer console's entry: the page's own few rules and <qy-console> with its views
// (see console-app.ts).
import './page.css';
import './console-app.js';
