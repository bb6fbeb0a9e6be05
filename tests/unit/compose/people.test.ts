import { describe, expect, it } from 'vitest';
import { firstSegment, isRole } from '../../../lib/compose/headline';
import { orgName, roleName } from '../../../lib/compose/names';
import { expertise, whyYou } from '../../../lib/compose/people';
import { safeInsert } from '../../../lib/compose/text';
import { person } from './profiles';

describe('whyYou: "as" only for a role, nothing for a status or a slogan (ASK.md §2.3)', () => {
  it.each([
    ['Backend Engineer | Platform | Kafka', 'your experience as a Backend Engineer'],
    ['Scrum Master @ Kustbank | Pega Architect', 'your experience as Scrum Master at Kustbank'],
    ['Head of Data', 'your experience as Head of Data'],
    ['Growth Strategy, Consumer & Platform Businesses', 'your experience in Growth Strategy, Consumer & Platform Businesses'],
    ['Helping founders scale', ''],
    ['Open to work', ''],
    ['#OpenToWork | Product Designer', 'your experience as a Product Designer'],
    ['Seeking a mentor', ''],
    ['Looking for my next role', ''],
    ["Hiring! | We're hiring engineers", ''],
    ['Passionate about data', ''],
    ['Building products for the open web | Analytics', 'your experience in Analytics'],
  ])('headline %j → %j', (headline, expected) => {
    expect(whyYou(person('h', { headline }))).toBe(expected);
  });
  it.each([
    [{ title: 'Illustrator', company: 'Self-employed' }, 'your experience as an Illustrator'],
    [{ title: 'Writer', company: 'Freelance' }, 'your experience as a Writer'],
    [{ title: 'Consultant', company: 'Independent' }, 'your experience as a Consultant'],
    [{ title: 'Staff Engineer', company: 'Finch' }, 'your experience as Staff Engineer at Finch'],
    [{ title: 'Senior Software Engineer, Machine Learning Platform and Infrastructure', company: 'Finch' }, 'your experience as Senior Software Engineer at Finch'],
  ])('current %j → %j', (current, expected) => {
    expect(whyYou(person('c', { current }))).toBe(expected);
  });
  it("avoids the role and the words the opening already said (a headline hook doesn't repeat the title)", () => {
    const p = person('r', { headline: 'VP Engineering at Fjord Labs', current: { title: 'VP Engineering', company: 'Fjord Labs' }, skills: ['Platform Strategy'] });
    expect(whyYou(p, true, 'VP Engineering at Fjord Labs')).toBe('your experience in Platform Strategy');
    const field = person('f', { headline: 'Growth Marketing', skills: ['Growth Marketing'] });
    expect(whyYou(field, true, 'Growth Marketing')).toBe('');
  });
  it('reads a role from the headline only when it is one', () => {
    expect(expertise(person('e', { headline: 'Helping founders scale' }))).toEqual({ field: '', role: '' });
    expect(expertise(person('e', { headline: 'Data Lead at Finch | Analytics' }))).toEqual({ field: 'Analytics', role: 'Data Lead' });
  });
});

describe('headline parts', () => {
  it.each([
    ['Backend Engineer', true], ['Engineering Manager', true], ['Managing Director', true], ['VP Engineering', true],
    ['Co-Founder & CTO', true], ['Helping founders scale', false], ['Helping Founders hire & grow tech teams', false],
    ['Growth Strategy', false], ['Open to work', false], ['Researcher', true],
  ])('isRole(%j) is %s', (seg, expected) => {
    expect(isRole(seg)).toBe(expected);
  });
  it.each([
    ['Open to work | Product Designer', 'Product Designer'],
    ['Seeking a mentor | Data analyst', 'Data analyst'],
    ['Hiring | Open to work', ''],
    ['Helping founders scale', 'Helping founders scale'],
  ])('firstSegment(%j) skips statuses → %j', (headline, expected) => {
    expect(firstSegment(headline)).toBe(expected);
  });
});

describe('names in sentences (ASK.md §2.2, §2.3)', () => {
  it.each([
    ['Self-employed', ''], ['self employed', ''], ['Freelance', ''], ['Freelancer', ''], ['Independent Consultant', ''],
    ['Stealth Startup', ''], ['Confidential', ''], ['Finch', 'Finch'], ['Independent Bank of Oslo and the North Sea Region', 'Independent Bank of Oslo and the North…'],
  ])('orgName(%j) → %j', (company, expected) => {
    expect(orgName(company)).toBe(expected);
  });
  it.each([
    ['Staff Engineer', 'Staff Engineer'],
    ['Senior Software Engineer, Machine Learning Platform and Infrastructure', 'Senior Software Engineer'],
    ['Scrum Master - Software Engineer - Payments Platform Modernisation Team', 'Scrum Master'],
    ['Principal Engineer for Distributed Storage Systems and Reliability Work', 'Principal Engineer for Distributed Storage…'],
  ])('roleName(%j) → %j (never a clipped title passed off as whole)', (title, expected) => {
    expect(roleName(title)).toBe(expected);
  });
  it.each([
    ['Ev\u200Bil', 'Evil'], ['Jo\u2060sé', 'José'], ['\uFEFFAnna', 'Anna'], ['co\u00ADoperate', 'cooperate'], ['a\tb', 'a b'],
  ])('safeInsert(%j) → %j: zero-width characters vanish, controls become spaces', (input, expected) => {
    expect(safeInsert(input)).toBe(expected);
  });
});
