// Module resolve hook for register.mjs: records each resolved URL, changes nothing.
import { appendFileSync } from 'node:fs';

export async function resolve(specifier, context, nextResolve) {
  const resolved = await nextResolve(specifier, context);
  if (process.env.QY_LOAD_LOG) appendFileSync(process.env.QY_LOAD_LOG, `${resolved.url}\n`);
  return resolved;
}
