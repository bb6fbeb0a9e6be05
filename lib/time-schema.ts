import { z } from './zod';

/** 1 January 2000 and 1 January 2100 (UTC): no step, chat or note a person records falls outside. */
export const MIN_TIME = Date.UTC(2000, 0, 1);
export const MAX_TIME = Date.UTC(2100, 0, 1);

/**
 * Every stored time: epoch milliseconds, whole, between 2000 and 2100. One schema for the store,
 * the import and every command a page sends, so a time a Date can't hold (8.7e15),
 * a negative or a fraction never reaches IndexedDB, and the CSV never meets an invalid date.
 */
export const TimeSchema = z
  .number()
  .int('should be a whole number of milliseconds')
  .min(MIN_TIME, 'is before the year 2000, not a date a person could mean')
  .max(MAX_TIME, 'is after the year 2100, not a date a person could mean');

export const isTime = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= MIN_TIME && v <= MAX_TIME;
