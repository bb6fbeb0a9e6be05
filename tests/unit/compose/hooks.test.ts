import { describe, expect, it } from 'vitest';
import { findHooks } from '../../../lib/compose';
import { whyYou } from '../../../lib/compose/people';
import { fixtureProfiles, HAVE_FIXTURES, ME_EMPTY, ME_FULL, NOW, person } from './profiles';

const kinds = (...args: Parameters<typeof findHooks>) => findHooks(...args).map((h) => h.id);

describe('findHooks: most specific first (ASK.md §2.2)', () => {
  const full = person('full', {
    firstName: 'Ana', headline: 'Head of Data | Analytics', location: 'Stockholm, Sweden',
    current: { title: 'Head of Data', company: 'Finch' },
    activity: [
      { kind: 'repost', text: 'Somebody else wrote this one about hiring.' },
      { kind: 'post', text: 'Small pull requests ship faster. Here is our checklist.' },
      { kind: 'article', text: 'Writing design docs people read' },
      { kind: 'comment', text: 'Great point, thanks for sharing this.' },
    ],
    featured: [{ title: 'CV_2024.pdf' }, { title: 'Keynote: data teams that ship' }],
    experience: [{ title: 'Head of Data', company: 'Finch', dates: 'Jan 2026 - Present' }, { title: 'Analyst', company: 'Kustbank', dates: '2019 - 2025' }],
    education: [{ school: 'KTH Royal Institute of Technology' }, { school: 'Lakeview Institute of Technology' }],
  });

  it('orders post/article, featured, role change, shared ground, headline', () => {
    expect(kinds(full, ME_FULL, NOW)).toEqual(['post:1', 'article:2', 'featured:1', 'role-change:0', 'shared-school:1', 'shared-org', 'shared-city', 'headline']);
  });
  it('skips reposts, comments and file-name featured items', () => {
    const ids = kinds(full, ME_EMPTY, NOW);
    expect(ids).not.toContain('post:0');
    expect(ids).not.toContain('featured:0');
    expect(ids.some((id) => id.startsWith('comment'))).toBe(false);
  });
  it('needs `now` for a role change, and only counts recent ongoing roles', () => {
    expect(kinds(full, ME_EMPTY)).not.toContain('role-change:0');
    expect(kinds(full, ME_EMPTY, Date.UTC(2027, 5, 1))).not.toContain('role-change:0');
  });
  it('quotes the first sentence of a post and labels it briefly', () => {
    const post = findHooks(full, ME_EMPTY, NOW)[0];
    expect(post?.detail).toBe('Small pull requests ship faster');
    expect([...(post?.label ?? '')].length).toBeLessThanOrEqual(40);
  });
  it('cuts long posts at a word with an ellipsis', () => {
    const p = person('long', { activity: [{ kind: 'post', text: `${'word '.repeat(200)}end` }] });
    const d = findHooks(p)[0]?.detail ?? '';
    expect(d.endsWith('word…')).toBe(true);
    expect([...d].length).toBeLessThanOrEqual(60);
  });
  it('quotes posts in scripts without spaces, but not one-word posts', () => {
    const p = person('cjk', { activity: [{ kind: 'post', text: 'Great!' }, { kind: 'post', text: '我们今天发布了新版本，感谢团队。' }] });
    expect(findHooks(p).map((h) => [h.id, h.detail])).toEqual([['post:1', '我们今天发布了新版本，感谢团队。'.replace(/。$/, '')]]);
  });
  it('never quotes a golden-rule phrase, and strips template braces', () => {
    const p = person('risky', { activity: [{ kind: 'post', text: 'Will you be my mentor? Why that question fails.' }, { kind: 'post', text: 'Dear {{first_name}}, templates fail' }] });
    const posts = findHooks(p).filter((h) => h.kind === 'post');
    expect(posts.map((h) => h.id)).toEqual(['post:1']);
    expect(posts[0]?.detail).toBe('Dear first_name, templates fail');
  });
  it('describes current work in their own words first, their title alone only after shared ground', () => {
    const withAbout = person('about', { about: 'I help new managers find their feet.', current: { title: 'Coach', company: 'Self' } });
    expect(findHooks(withAbout)[0]).toMatchObject({ kind: 'current-work', detail: 'I help new managers find their feet' });
    const titleOnly = person('title', { current: { title: 'Staff Engineer', company: 'Finch' }, location: 'Stockholm, Sweden' });
    expect(kinds(titleOnly, ME_FULL, NOW)).toEqual(['shared-org', 'shared-city', 'current-work', 'headline']);
  });
  it.each([
    // the headline's status is no opening (ASK.md §2.2); a golden-rule status is never quoted
    ['Open to work', []],
    ['Seeking a mentor | Data analyst', ['headline:Data analyst']],
    ['#OpenToWork | Product Designer', ['headline:Product Designer']],
    ['Helping founders scale', ['headline:Helping founders scale']],
  ] as const)('headline %j → %j', (headline, expected) => {
    expect(findHooks(person('h', { headline })).map((h) => `${h.id}:${h.detail}`)).toEqual(expected);
  });
  it.each([
    // a mention LinkedIn prints before the first sentence is not their words (sdui-2026-b)
    ['BLFX I enjoy building teams that ship.', 'I enjoy building teams that ship'],
    ['@Marisol We shipped the new onboarding today.', 'We shipped the new onboarding today'],
    ['ISTRAL The best growth experiments start small.', 'The best growth experiments start small'],
    ['AI is changing how small teams work.', 'AI is changing how small teams work'],
    ['NASA engineers taught me patience.', 'NASA engineers taught me patience'],
  ])('quotes the post %j as %j', (text, detail) => {
    expect(findHooks(person('m', { activity: [{ kind: 'post', text }] }))[0]?.detail).toBe(detail);
  });
  it('drops a quotation that says "undefined" rather than edit their words', () => {
    const p = person('u', { activity: [{ kind: 'post', text: 'Why undefined behaviour bites in C and what to do.' }], featured: [{ title: 'Talk: undefined is not a function' }], headline: 'undefined' });
    expect(findHooks(p)).toEqual([]);
  });
  it('cuts a long title where it is whole, never passing a clipped one off as whole', () => {
    const p = person('t', { current: { title: 'Senior Software Engineer, Machine Learning Platform and Infrastructure', company: 'Finch' } });
    expect(findHooks(p).find((h) => h.id === 'current-work')).toMatchObject({ detail: 'Senior Software Engineer at Finch', short: 'Senior Software Engineer' });
  });
  it.each([
    // "Self-employed" on both sides is no shared workplace, and no organisation for their title (ASK.md §2.2)
    [{ organisation: 'Self-employed' }, { title: 'Illustrator', company: 'Self-employed' }, ['current-work:Illustrator', 'headline:Illustrator']],
    [{ organisation: 'Freelance' }, { title: 'Writer', company: 'Freelance' }, ['current-work:Writer', 'headline:Writer']],
    [{ organisation: 'Finch' }, { title: 'Staff Engineer', company: 'Finch' }, ['shared-org:Finch', 'current-work:Staff Engineer at Finch', 'headline:Staff Engineer']],
  ] as const)('shared organisation: me %j, them %j → %j', (me, current, expected) => {
    expect(findHooks(person('o', { current }), me).map((h) => `${h.id}:${h.detail}`)).toEqual(expected);
  });
  it.each([
    ['York', 'New York, New York, United States', false],
    ['York', 'York, England, United Kingdom', true],
    ['New York', 'New York City Metropolitan Area', true],
    ['Stockholm', 'Greater Stockholm Metropolitan Area', true],
    ['Stockholm, Sweden', 'Stockholm, Stockholm County, Sweden', true],
    ['London', 'London, Ontario, Canada', true],
    ['Sweden', 'Stockholm, Stockholm County, Sweden', false],
  ])('shared city: %j in %j → %s (the whole first part of the location)', (city, location, shared) => {
    expect(findHooks(person('c', { location }), { city }).some((h) => h.kind === 'shared-city')).toBe(shared);
  });
  it('offers nothing for an empty profile', () => {
    expect(findHooks(person('nobody'), ME_FULL, NOW)).toEqual([]);
  });
});

// Without ../shared (outside CI) this table has no rows and says so; nothing is skipped.
describe('findHooks on the fixtures', () => {
  if (!HAVE_FIXTURES) {
    it('needs the real fixtures in ../shared/fixtures/linkedin, absent here', () => {
      console.warn('Real LinkedIn fixtures are absent: findHooks is checked on synthetic profiles only.');
      expect(fixtureProfiles()).toEqual([]);
    });
    return;
  }
  const first = (name: string) => findHooks(fixtureProfiles().find((f) => f.name === name)!.profile, ME_EMPTY, NOW)[0];
  it.each([
    ['sdui-2026-b', 'post:0'],
    ['sdui-2026-self', 'post:0'],
    ['ember-2024-a', 'current-work'],
    ['public-2024-a', 'post:0'],
    ['public-2023-a', 'article:0'],
    ['public-2026-a', 'article:0'],
    ['ember-2024-e', 'headline'],
    ['public-2024-b', 'current-work'],
  ])('%s opens with %s', (name, id) => {
    expect(first(name)?.id).toBe(id);
  });
  it('quotes sdui-2026-b without the mention, and names public-2023-a\'s company without its tagline', () => {
    expect(first('sdui-2026-b')?.detail).toMatch(/^I enjoy building teams/);
    const pub = fixtureProfiles().find((f) => f.name === 'public-2023-a')!.profile;
    expect(whyYou(pub)).toBe('your experience as Co-Founder & CTO at Pericles');
  });
  it('finds nothing on a not-found page', () => {
    expect(first('not-found-2024')).toBeUndefined();
  });
  it('skips the featured PDF on the self view', () => {
    const hooks = findHooks(fixtureProfiles().find((f) => f.name === 'sdui-2026-self')!.profile);
    expect(hooks.some((h) => h.kind === 'featured')).toBe(false);
  });
});
