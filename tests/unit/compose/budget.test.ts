import { describe, expect, it } from 'vitest';
import { noteBudget } from '../../../lib/compose';

const at = (y: number, m: number, d: number, h = 12) => Date.UTC(y, m - 1, d, h);

describe('noteBudget (ARCHITECTURE.md §3: notes per calendar month)', () => {
  const now = at(2026, 3, 10);
  it('counts only this month', () => {
    expect(noteBudget([at(2026, 3, 1), at(2026, 3, 9), at(2026, 2, 28), at(2025, 3, 5)], now, 5)).toEqual({ used: 2, left: 3, budget: 5 });
  });
  it('never goes below zero', () => {
    expect(noteBudget([1, 2, 3, 4, 5, 6].map((d) => at(2026, 3, d)), now, 5)).toEqual({ used: 6, left: 0, budget: 5 });
  });
  it('works with nothing sent and with a zero budget', () => {
    expect(noteBudget([], now, 5)).toEqual({ used: 0, left: 5, budget: 5 });
    expect(noteBudget([at(2026, 3, 2)], now, 0)).toEqual({ used: 1, left: 0, budget: 0 });
  });
  it("uses the user's month, not UTC's, when given a zone", () => {
    const lateMarch = Date.UTC(2026, 2, 31, 23, 30); // 1 April in Stockholm
    const aprilNow = Date.UTC(2026, 3, 2, 12);
    expect(noteBudget([lateMarch], aprilNow, 5).used).toBe(0);
    expect(noteBudget([lateMarch], aprilNow, 5, 'Europe/Stockholm').used).toBe(1);
  });
  it('falls back to UTC for an unknown zone and ignores junk times', () => {
    expect(noteBudget([at(2026, 3, 2), Number.NaN], now, 5, 'Not/AZone')).toEqual({ used: 1, left: 4, budget: 5 });
  });
});
