import type { Application, Money } from '@qingyuan/core';
import { sampleApplications } from '@qingyuan/core/examples';

/** Yuan as money in fen. */
export const yuan = (n: number): Money => ({ amount: Math.round(n * 100), currency: 'CNY' });

// The applications are the canonical sample documents of `@qingyuan/core/examples`.
export {
  binheDongliDraft,
  jinhualiApplication,
  jinhuiyuanApplication,
  pilotApplications,
  xinghuayuanApplication,
  yuhuayuanApplication,
  yuhuayuanErliApplication,
} from '@qingyuan/core/examples';

/** Every application the demo seeds into its applications collection. */
export const seedApplications: Application[] = sampleApplications;
