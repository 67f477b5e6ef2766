import { z } from 'zod';

/**
 * An ISO 4217 currency code such as `CNY` or `EUR`.
 */
export const CurrencyCodeSchema = z
  .string()
  .regex(/^[A-Z]{3}$/, { message: 'Expected a three-letter ISO 4217 currency code such as "CNY"' });

/**
 * An amount of money in integer minor units (fen, cents) with its currency.
 * Floats are rejected, never rounded: `{ amount: 1000000, currency: 'CNY' }` is 10,000 yuan.
 *
 * @example
 * MoneySchema.parse({ amount: 1000000, currency: 'CNY' }); // 10,000.00 yuan
 */
export const MoneySchema = z
  .object({
    amount: z.int().nonnegative(),
    currency: CurrencyCodeSchema,
  })
  .meta({
    id: 'Money',
    description: 'Integer minor units (fen, cents) with an ISO 4217 currency.',
  });

/** An amount of money in integer minor units with its currency. */
export type Money = z.infer<typeof MoneySchema>;
