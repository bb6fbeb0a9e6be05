import { describe, expect, it } from 'vitest';
import { firstSegment, isRole } from '../../../lib/compose/headline';
import { orgName, roleName } from '../../../lib/compose/names';
import { expertise, identity, whyYou } from '../../../lib/compose/people';
import { safeInsert } from '../../../lib/compose/text';
import { person } from './profiles';

describe('whyYou: "as" only for a role, nothing for a status or a slogan (ARCHITECTURE.md §2)', () => {
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

describe('identity: who I am in one clause (ARCHITECTURE.md §2)', () => {
  it.each([
    [{ name: 'Ada', role: 'backend engineer', organisation: 'Finch' }, "I'm Ada, a backend engineer at Finch"],
    // "Self-employed" is no organisation, on my side as on theirs
    [{ name: 'María José García-López', role: 'UX Designer', organisation: 'Self-employed' }, "I'm María José García-López, a UX Designer"],
    [{ role: 'Illustrator', organisation: 'Freelance' }, "I'm an Illustrator"],
    [{ name: 'Sam', organisation: 'Self-employed' }, "I'm Sam"],
    [{ organisation: 'Pericles - Co-Pilot for Cold Sales' }, 'I work at Pericles'],
    // "what I do" without a role: a role-like line is who I am, a verb phrase says what I do
    [{ name: 'Sam', whatIDo: 'final year CS student' }, "I'm Sam, a final-year CS student"],
    [{ whatIDo: 'backend engineer at a fintech startup' }, "I'm a backend engineer at a fintech startup"],
    [{ name: 'Sam', whatIDo: "I'm a student at KTH", organisation: 'KTH' }, "I'm Sam, a student at KTH"],
    [{ name: 'Sam', whatIDo: 'an apprentice electrician' }, "I'm Sam, an apprentice electrician"],
    [{ name: 'Ada', whatIDo: 'I build payment systems for small shops' }, "I'm Ada, and I build payment systems for small shops"],
    [{ name: 'Ada', whatIDo: 'Build payment systems' }, "I'm Ada, and I build payment systems"],
    [{ name: 'Ada', whatIDo: 'Building payment systems' }, "I'm Ada, and I'm building payment systems"],
    [{ name: 'Ada', whatIDo: 'payments infrastructure' }, "I'm Ada, and I work on payments infrastructure"],
  ])('%j → %j', (me, expected) => {
    expect(identity(me)).toBe(expected);
  });
  it.each([
    // a note's few words (ARCHITECTURE.md §3): the role without its organisation, a typed role cut like a title
    [{ name: 'Ada', role: 'backend engineer', organisation: 'Finch' }, "I'm Ada, a backend engineer"],
    [{ name: 'Sam', whatIDo: 'final year CS student at KTH' }, "I'm Sam, a final-year CS student"],
    [{ name: 'Ada', whatIDo: 'I build payment systems' }, "I'm Ada"],
  ])('short: %j → %j', (me, expected) => {
    expect(identity(me, true)).toBe(expected);
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

describe('names in sentences (ARCHITECTURE.md §2, §2.3)', () => {
  it.each([
    ['Self-employed', ''], ['self employed', ''], ['Freelance', ''], ['Freelancer', ''], ['Independent Consultant', ''],
    ['Stealth Startup', ''], ['Confidential', ''], ['Finch', 'Finch'], ['Independent Bank of Oslo and the North Sea Region', 'Independent Bank of Oslo and the North…'],
    // a tagline is no part of the name (public-2023-a); a hyphen inside a word is
    ['Pericles - Co-Pilot for Cold Sales', 'Pericles'], ['Acme | We build rockets', 'Acme'], ['Rolls-Royce', 'Rolls-Royce'], ['Self-employed - Design', ''],
    // "at the University of Nairobi" (a10 unseen review); a name that is not "<institution> of …" takes none
    ['University of Nairobi', 'the University of Nairobi'], ['Bank of Ireland', 'the Bank of Ireland'], ['Hoa Sen Foundation', 'Hoa Sen Foundation'], ['Stanford University', 'Stanford University'],
    // The legal form, as people leave it out when they speak (r17 review: "your work at Pathways Learning Ltd")
    ['Pathways Learning Ltd', 'Pathways Learning'], ['Trafo Mobility GmbH', 'Trafo Mobility'], ['Västkust Infra AB', 'Västkust Infra'], ['Acme, Inc.', 'Acme'], ['Sahyadri Consultancy Services', 'Sahyadri Consultancy Services'],
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
