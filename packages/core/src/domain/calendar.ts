import * as z from 'zod/mini';

/**
 * A calendar date, ISO 8601 `YYYY-MM-DD` (the day an activity starts, a contract is signed).
 *
 * @example
 * CalendarDateSchema.parse('2007-05-01');
 */
export const CalendarDateSchema = z.iso.date().register(z.globalRegistry, { id: 'CalendarDate' });

/** A calendar date `YYYY-MM-DD`. */
export type CalendarDate = z.infer<typeof CalendarDateSchema>;

/**
 * An instant, ISO 8601 date-time with `Z` or an offset (`2008-03-15T09:30:00+08:00`).
 *
 * @example
 * TimestampSchema.parse('2008-03-15T09:30:00+08:00');
 */
export const TimestampSchema = z.iso
  .datetime({ offset: true })
  .register(z.globalRegistry, { id: 'Timestamp' });

/** An ISO 8601 date-time. */
export type Timestamp = z.infer<typeof TimestampSchema>;
