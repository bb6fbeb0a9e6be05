import { describe, expect, it } from 'vitest';
import { dateFormat, dayMonthYear } from '../../lib/date-format';

const AT = Date.UTC(2026, 2, 3, 23, 30);

describe('kept date formats', () => {
  it('format as toLocaleDateString does, in every zone asked for', () => {
    const day = dateFormat('en-GB', { weekday: 'short', day: 'numeric', month: 'short' });
    for (const zone of [undefined, 'UTC', 'Asia/Kolkata', 'America/Toronto']) {
      expect(day(zone).format(AT)).toBe(new Date(AT).toLocaleDateString('en-GB', { weekday: 'short', day: 'numeric', month: 'short', ...(zone ? { timeZone: zone } : {}) }));
    }
    expect(day('Asia/Kolkata').format(AT)).toBe('Wed 4 Mar');
    expect(dayMonthYear(AT)).toBe(new Date(AT).toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric' }));
  });

  it('build one formatter per zone, and none before it is used', () => {
    const f = dateFormat('en-US', { year: 'numeric' });
    expect(f('Europe/Paris')).toBe(f('Europe/Paris'));
    expect(f()).toBe(f());
    expect(f('Europe/Paris')).not.toBe(f('Asia/Tokyo'));
  });

  it('throw for a zone Intl does not know, as the constructor does ("" included)', () => {
    const f = dateFormat('en-US', { year: 'numeric' });
    expect(() => f('Mars/Olympus')).toThrow(RangeError);
    expect(() => f('')).toThrow(RangeError);
  });
});
