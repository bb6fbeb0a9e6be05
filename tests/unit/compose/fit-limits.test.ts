import { describe, expect, it } from 'vitest';
import { composeAsk, findOpeners, textLength } from '../../../lib/compose';
import { fit, type Plan } from '../../../lib/compose/fit';
import type { Profile } from '../../../lib/linkedin/schema';
import { LIMITS } from '../../../lib/linkedin/schema';
import { MeSchema, type Me } from '../../../lib/settings/schema';
import { CHANNELS } from '../../../lib/tracker/schema';
import { filledIn, incomplete } from './checks';
import { ME_EMPTY, ME_FULL, NOW, person, SYNTHETIC } from './profiles';

/** The ask, whole: a message's coffee chat in the coming weeks, or a note's questions in a bounded call or time. */
const ASK = /(?:virtual coffee chat|call) in the coming weeks|questions(?: on that)? in a \d+-min(?:ute)? call\?|questions(?: on that)? if you have \d+ min\?|When you have \d+ min(?:utes)?(?: for a call)?, could I ask (?:you )?\d questions(?: on that)?\?/;
const BOUND = /\b\d+(-minute| minutes|-min| min)\b/;
const long = (word: string, max: number) => `${word} `.repeat(Math.floor(max / (word.length + 1))).trim();
const solid = (max: number, ch = 'x') => ch.repeat(max);

/** Every field at its schema maximum, with and without spaces, and in scripts that count differently. */
function absurd(slug: string, style: 'words' | 'solid' | 'emoji'): Profile {
  const t = (max: number) => (style === 'words' ? long('Lorem', max) : style === 'solid' ? solid(max) : '🚀'.repeat(max / 2));
  return person(slug, {
    fullName: t(LIMITS.name), firstName: t(LIMITS.name), headline: t(LIMITS.headline), location: t(LIMITS.short),
    current: { title: t(LIMITS.short), company: t(LIMITS.short) }, about: t(LIMITS.about),
    experience: [{ title: t(LIMITS.short), company: t(LIMITS.short), dates: 'Jan 2026 - Present', description: t(LIMITS.description) }, { title: `${t(LIMITS.short - 2)}b`, company: t(LIMITS.short), dates: '2010 - 2020' }],
    education: [{ school: t(LIMITS.short) }],
    activity: [{ kind: 'post', text: t(LIMITS.activityText) }, { kind: 'article', text: t(LIMITS.activityText) }],
    featured: [{ title: t(LIMITS.short) }],
    skills: [t(LIMITS.short)],
  });
}

const ME_ABSURD: Me = MeSchema.parse({
  name: long('Maximiliana', 200), role: long('Principal', 200), organisation: long('Corporation', 200), whatIDo: long('build', 300),
  shortTermGoal: long('improve', 500), longTermGoal: long('become', 500), missingSkills: Array.from({ length: 20 }, () => long('skill', 120)),
  guidance: ['technical', 'career', 'organisation', 'encouragement'], school: long('Lorem', 200), city: long('Lorem', 200),
});
const ME_SHARED = MeSchema.parse({ ...ME_ABSURD, school: long('Lorem', 200), organisation: long('Lorem', 200), city: 'Lorem' });

describe('never over the limit (ARCHITECTURE.md §3), whatever the input', () => {
  const profiles = [absurd('absurd-words', 'words'), absurd('absurd-solid', 'solid'), absurd('absurd-emoji', 'emoji'), ...SYNTHETIC.slice(0, 5)];
  const mes = [ME_ABSURD, ME_SHARED, ME_FULL, ME_EMPTY];
  const questions = [undefined, [solid(3000), long('why', 3000), `${long('how', 2000)}?`]];
  it('holds for every hook, channel, tier, tone, me and question set', () => {
    let n = 0;
    for (const profile of profiles) {
      for (const me of mes) {
        // Every hook once (ME_SHARED unlocks the shared-ground ones); the default hook for the others.
        const ids = me === ME_SHARED ? [undefined, ...findOpeners(profile, me).map((h) => h.id)] : [undefined];
        for (const hook of ids) for (const channel of CHANNELS) for (const tier of ['free', 'premium'] as const) {
          for (const [tone, q] of [['warm', questions[0]], ['direct', questions[1]], ['warm', questions[1]]] as const) {
            const d = composeAsk({ profile, me, channel, tier, tone, hook, questions: q, minutes: 1e9, now: NOW, myTimeZone: 'Pacific/Kiritimati' });
            const where = `${profile.slug} ${hook} ${channel} ${tier} ${tone}: ${d.body}`;
            expect(textLength(d.body), where).toBeLessThanOrEqual(d.limit);
            expect(d.length, where).toBe(textLength(d.body));
            if (d.subject !== undefined) expect(textLength(d.subject), where).toBeLessThanOrEqual(200);
            expect(d.body, where).toMatch(ASK);
            expect(d.body, where).toMatch(BOUND);
            expect(filledIn(d), where).not.toMatch(/\bundefined\b|\bnull\b|[{}[\]<>^]/);
            n++;
          }
        }
      }
    }
    expect(n).toBeGreaterThan(500);
  });

  it('keeps a normal name whole even when everything else is absurd', () => {
    const p = { ...absurd('absurd-words', 'words'), firstName: 'Ana', fullName: 'Ana Lopez' };
    for (const channel of CHANNELS) {
      const d = composeAsk({ profile: p, me: ME_ABSURD, channel, now: NOW });
      expect(d.body.startsWith('Hi Ana,') || d.body.startsWith('Hello Ana,') || d.body.startsWith('Dear Ana,'), d.body).toBe(true);
      expect(d.body).toMatch(ASK);
    }
  });

  it('fits a 200-character note for ordinary people without cutting anything mid-word', () => {
    for (const profile of SYNTHETIC) {
      const d = composeAsk({ profile, me: ME_FULL, channel: 'connection-note', now: NOW, myTimeZone: 'Asia/Tokyo' });
      expect(d.length).toBeLessThanOrEqual(200);
      expect(incomplete(filledIn(d)), d.body).toEqual([]);
      expect(d.body).toMatch(/[.!?]$/);
    }
  });
});

describe('fit: the shortening ladder', () => {
  const plan = (over: Partial<Plan> = {}): Plan => ({
    layout: 'note',
    vars: { name: 'Ana', detail: 'a long detail about something specific' },
    slots: [
      { id: 'greet', para: 0, levels: ['Hi {name},'] },
      { id: 'open', para: 0, levels: ['I ^really ^read {detail}.', 'I read it.'] },
      { id: 'who', para: 0, levels: ["I'm a backend engineer at Finch.", ''] },
      { id: 'ask', para: 0, levels: ['Would you be open to a 20-minute chat?'] },
    ],
    ladder: ['plain', { slot: 'who', level: 1 }, { slot: 'open', level: 1 }],
    keep: ['name'],
    ...over,
  });
  it('stops at the first step that fits', () => {
    expect(fit(plan(), 500).text).toBe("Hi Ana, I really read a long detail about something specific. I'm a backend engineer at Finch. Would you be open to a 20-minute chat?");
    expect(fit(plan(), 126)).toMatchObject({ steps: 1, text: "Hi Ana, I read a long detail about something specific. I'm a backend engineer at Finch. Would you be open to a 20-minute chat?" });
    expect(fit(plan(), 100)).toMatchObject({ steps: 2, text: 'Hi Ana, I read a long detail about something specific. Would you be open to a 20-minute chat?' });
    expect(fit(plan(), 70)).toMatchObject({ steps: 3, text: 'Hi Ana, I read it. Would you be open to a 20-minute chat?' });
  });
  it('clips inserted values, the kept ones last, then cuts hard as the final guarantee', () => {
    const big = plan({ vars: { name: 'N'.repeat(300), detail: 'd '.repeat(300) } });
    const r = fit(big, 200);
    expect(r.length).toBeLessThanOrEqual(200);
    expect(r.text).toMatch(/Would you be open to a 20-minute chat\?$/);
    expect(fit(plan(), 10).length).toBeLessThanOrEqual(10);
  });
  it('takes an `ifFits` step only when it reaches the target, so nothing is cut for nothing', () => {
    const soft = plan({ ladder: ['plain', { slot: 'open', level: 1, ifFits: true }, { slot: 'who', level: 1 }] });
    // Cutting the detail alone can't reach 50: it stays; "who" goes as usual.
    expect(fit(soft, 500, 50)).toMatchObject({ steps: 2, text: 'Hi Ana, I read a long detail about something specific. Would you be open to a 20-minute chat?' });
    // It can reach 100: it is taken.
    expect(fit(soft, 500, 100)).toMatchObject({ steps: 2, text: "Hi Ana, I read it. I'm a backend engineer at Finch. Would you be open to a 20-minute chat?" });
  });
  it('treats a soft target as a goal, never as a reason to exceed the limit', () => {
    expect(fit(plan(), 500, 70).text).toBe('Hi Ana, I read it. Would you be open to a 20-minute chat?');
    expect(fit(plan(), 500, 10).steps).toBe(3);
  });
});
