// `node --import ./test/load-recorder/register.mjs …` appends the URL of every module the
// process resolves to the file named by QY_LOAD_LOG, one a line: lets a test see which
// packages a command really loads.
import { register } from 'node:module';

register('./hooks.mjs', import.meta.url);
