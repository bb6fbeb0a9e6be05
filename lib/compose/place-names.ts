import type { Me } from '../settings/schema';
import { fold } from './text';

/**
 * The sender's own city, typed in lower case in what they wrote ("open a small sourdough bakery in krakow", city "Kraków"),
 * said as a place is written: the city field's own spelling where it has capitals, else capitalised ("manchester" →
 * "Manchester"). r27: 31 drafts from one sender said "in krakow". Only words typed all in lower case change.
 */
export function withPlaceNames<T extends Partial<Me>>(me: T): T {
  const city = (me.city ?? '').split(',')[0]?.trim() ?? '';
  if (city.length < 3) return me;
  const proper = /\p{Lu}/u.test(city) ? city : city.replace(/(^|[\s-])(\p{L})/gu, (_, b: string, c: string) => b + c.toUpperCase());
  const want = fold(city);
  const n = city.split(/[\s-]+/).length;
  const fix = (s: string | undefined) => {
    if (!s) return s;
    const words = [...s.matchAll(/\p{L}+/gu)];
    let out = s;
    for (let i = words.length - n; i >= 0; i--) {
      const from = words[i]!.index!;
      const last = words[i + n - 1]!;
      const to = last.index! + last[0].length;
      const seen = s.slice(from, to);
      if (seen !== seen.toLowerCase() || fold(seen.replace(/-/g, ' ')) !== fold(want.replace(/-/g, ' '))) continue;
      out = out.slice(0, from) + proper + out.slice(to);
    }
    return out;
  };
  const out = { ...me };
  for (const k of ['shortTermGoal', 'longTermGoal', 'whatIDo'] as const) if (me[k]) out[k] = fix(me[k]) as T[typeof k];
  return out;
}
