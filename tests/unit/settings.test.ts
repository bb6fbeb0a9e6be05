import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, parseSettings } from '../../lib/settings/schema';

describe('settings', () => {
  it('defaults follow ARCHITECTURE.md', () => {
    expect(DEFAULT_SETTINGS.tier).toBe('free');
    expect(DEFAULT_SETTINGS.monthlyNoteBudget).toBe(5);
    expect(DEFAULT_SETTINGS.nudges.checkInAfterDays).toBe(7);
    expect(DEFAULT_SETTINGS.nudges.closeOutAfterDays).toBe(14);
    expect(DEFAULT_SETTINGS.defaultMinutes).toBe(20);
  });
  it('keeps the valid parts of a damaged record', () => {
    const s = parseSettings({ tier: 'premium', nudges: 'garbage', me: { name: 'Ada' } });
    expect(s.tier).toBe('premium');
    expect(s.me.name).toBe('Ada');
    expect(s.nudges).toEqual(DEFAULT_SETTINGS.nudges);
  });
  it('survives nothing at all', () => {
    expect(parseSettings(undefined)).toEqual(DEFAULT_SETTINGS);
    expect(parseSettings('x')).toEqual(DEFAULT_SETTINGS);
  });
});
