// The organizer console's entry: registers <qy-console> and its views (see console-app.ts).
import './console-app.js';
