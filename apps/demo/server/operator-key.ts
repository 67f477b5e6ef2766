import { randomBytes } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The operator key the demo's ballot box runs with, so the demo can create its meeting and
 * collections (the ballot box refuses anonymous ones): `QINGYUAN_OPERATOR_KEY` when set, else
 * the key kept in `dataDir/operator-key`, made on the first start (owner-readable only). It is
 * given to `startServer` as `operatorKey` (a key of the organisation `default`), stays in the
 * Vite process and never reaches the browser.
 *
 * @example
 * const operatorKey = demoOperatorKey('.data'); // 'qyk_…', the same on every start
 */
export function demoOperatorKey(
  dataDir: string,
  env: Record<string, string | undefined> = process.env,
): string {
  const given = env.QINGYUAN_OPERATOR_KEY;
  if (given) return given;
  const file = join(dataDir, 'operator-key');
  try {
    const kept = readFileSync(file, 'utf8').trim();
    if (kept !== '') return kept;
  } catch {
    // The first start: no key yet.
  }
  const key = `qyk_${randomBytes(24).toString('base64url')}`;
  writeFileSync(file, `${key}\n`, { mode: 0o600 });
  return key;
}
