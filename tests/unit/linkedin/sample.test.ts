// The bundled demo page (tests/demo/sample-profile.html): a fictional person on a hand-written page
// in the sdui-2026 structure. `npm start` and the e2e tests open it, so the reader must read all of it.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { readProfile, type Reading } from '../../../lib/linkedin';
import { ReadingSchema } from '../../../lib/linkedin/schema';
import { SAMPLE } from '../../demo/sample';
import { parseHtml, startsWith } from './fixtures';

const PROFILE_URL = `https://www.linkedin.com/in/${SAMPLE.slug}/`;

describe('the bundled sample profile', () => {
  let doc: Document;
  let reading: Reading;
  let before = '';
  beforeAll(() => {
    doc = parseHtml(readFileSync(SAMPLE.file, 'utf8'), PROFILE_URL);
    before = doc.documentElement.outerHTML;
    reading = readProfile(doc, PROFILE_URL);
  });

  it('is a logged-in sdui-2026 page of someone else, read in full', () => {
    expect(reading.generation).toBe('sdui-2026');
    expect(reading.viewer).toBe('other');
    expect(reading.missing).toEqual([]);
    expect(reading.profile.url).toBe(PROFILE_URL);
    expect(reading.profile.slug).toBe('amara-okonkwo-demo');
  });

  it('reads the top card', () => {
    const p = reading.profile;
    expect(p.fullName).toBe('Amara Okonkwo');
    expect(p.fullName).toBe(SAMPLE.person);
    expect(p.firstName).toBe('Amara');
    expect(p.firstName).toBe(SAMPLE.firstName);
    expect(p.headline).toBe('Staff Product Designer at Fernwood Health | Design systems for clinical tools');
    expect(p.location).toBe('London, England, United Kingdom');
    expect(p.pronouns).toBe('She/Her');
    expect(p.connectionDegree).toBe('2nd');
    expect(p.current).toEqual({ title: 'Staff Product Designer', company: 'Fernwood Health' });
  });

  it('reads About', () => {
    expect(startsWith(reading.profile.about, 40)).toBe('I design software for people who have no');
    expect(reading.profile.about).toContain('design systems');
    expect(reading.profile.about).not.toMatch(/…\s*more$/);
  });

  it('reads every role, one entry per role of the grouped company', () => {
    const exp = reading.profile.experience;
    expect(exp.map((e) => [e.title, e.company, e.dates])).toEqual([
      ['Staff Product Designer', 'Fernwood Health', 'Sep 2026 - Present'],
      ['Senior Product Designer', 'Tidewell Bank', 'Jan 2022 - Aug 2026'],
      ['Product Designer', 'Tidewell Bank', 'Jul 2019 - Dec 2021'],
      ['UX Designer', 'Brightloom', 'Sep 2016 - Jun 2019'],
      ['Design Intern', 'Okapi Press', 'Jun 2016 - Aug 2016'],
    ]);
    expect(exp[0]?.location).toBe('London, England, United Kingdom');
  });

  it('reads Education', () => {
    expect(reading.profile.education).toEqual([
      { school: 'Northbridge School of Art', degree: 'Master of Arts - MA, Interaction Design', dates: '2015 – 2016' },
      { school: 'University of Ashdown', degree: 'Bachelor of Arts - BA, Graphic Communication', dates: '2012 – 2015' },
    ]);
  });

  it('reads her posts and her repost, the repost with the original text', () => {
    const act = reading.profile.activity;
    expect(act.map((a) => [a.kind, startsWith(a.text, 30)])).toEqual([
      ['post', 'Two months into my new role at'],
      ['repost', 'We just published the accessib'],
      ['post', 'After seven years I am leaving'],
      ['post', 'The write-up of my Design Syst'],
    ]);
    expect(act.map((a) => a.when)).toEqual(['3w', '1mo', '3mo', '4mo']);
    for (const a of act) expect(a.url).toMatch(/^https:\/\/www\.linkedin\.com\/feed\/update\/urn:li:activity:\d{19}\/$/);
  });

  it('reads the Featured article and the visible skills', () => {
    expect(reading.profile.featured).toEqual([
      {
        title: 'Tokens for tired eyes: designing for the night shift',
        url: 'https://www.linkedin.com/pulse/tokens-tired-eyes-designing-night-shift-amara-okonkwo-demo/',
      },
    ]);
    expect(reading.profile.skills).toEqual(['Design Systems', 'Accessibility', 'User Research', 'Prototyping']);
  });

  it('is a valid Reading and leaves the page as it was', () => {
    const parsed = ReadingSchema.safeParse(reading);
    expect(parsed.success, parsed.error?.message).toBe(true);
    expect(doc.documentElement.outerHTML === before).toBe(true);
  });

  it('is self-contained: no scripts, no remote images or styles', () => {
    const html = readFileSync(SAMPLE.file, 'utf8');
    expect(doc.querySelectorAll('script, img, link[rel="stylesheet"], iframe')).toHaveLength(0);
    expect(html).not.toMatch(/url\(\s*['"]?https?:/i);
  });
});
