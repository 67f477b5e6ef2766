import * as z from 'zod/mini';
import { currencyCode, moneyInteger } from '../validation/check-messages.js';

/**
 * An ISO 4217 currency code such as `CNY` or `EUR`.
 */
export const CurrencyCodeSchema = z
  .string()
  .check(z.regex(/^[A-Z]{3}$/, { message: currencyCode.en }));

/**
 * An amount of money in integer minor units (fen, cents) with its currency.
 * Floats are rejected, never rounded: `{ amount: 1000000, currency: 'CNY' }` is 10,000 yuan.
 *
 * @example
 * MoneySchema.parse({ amount: 1000000, currency: 'CNY' }); // 10,000.00 yuan
 */
export const MoneySchema = z
  .object({
    amount: z
      .int({
        // A fraction gets our message; other wrong types keep zod's (localized) one.
        error: (issue) =>
          typeof issue.input === 'number' &&
          Number.isFinite(issue.input) &&
          !Number.isInteger(issue.input)
            ? moneyInteger.en
            : undefined,
      })
      .check(z.nonnegative()),
    currency: CurrencyCodeSchema,
  })
  .register(z.globalRegistry, {
    id: 'Money',
    description: 'Integer minor units (fen, cents) with an ISO 4217 currency.',
  });

/** An amount of money in integer minor units with its currency. */
export type Money = z.infer<typeof MoneySchema>;
