// What a reading says beyond the fields: lazy cards, not-found pages, headings in other languages.
import { describe, expect, it } from 'vitest';
import { isStillLoading, readProfile } from '../../../lib/linkedin';
import { ReadingSchema } from '../../../lib/linkedin/schema';
import { loadFixture, parseHtml, REAL_DIR } from './fixtures';

const sduiCard = (key: string, inner: string) =>
  `<div componentkey="com.linkedin.sdui.profile.card.refACoAAFAKE${key}"><section>${inner}</section></div>`;
const sduiTop = sduiCard(
  'Topcard',
  `<a href="https://www.linkedin.com/in/ilsemarchetti/"><h2>Ilse Marchetti</h2></a><p>Service designer</p>
   <div><p>Rotterdam</p><p><a href="https://www.linkedin.com/in/ilsemarchetti/overlay/contact-info/">Contact info</a></p></div>`,
);

describe('lazy cards (sdui-2026-self)', () => {
  it('reports Experience and Education as still loading, then as read once filled', () => {
    const lazy = parseHtml(
      `${sduiTop}<div componentkey="profileCardsExperienceOnlyilsemarchetti"></div>
       <div componentkey="profile_top_card_education_lazy_anchor_ilsemarchetti"></div>`,
    );
    const first = readProfile(lazy, 'https://www.linkedin.com/in/ilsemarchetti/');
    expect(first.missing).toEqual(expect.arrayContaining(['experience:loading', 'education:loading']));
    expect(isStillLoading(first)).toBe(true);

    const filled = parseHtml(
      `${sduiTop}${sduiCard(
        'ExperienceTopLevelSection',
        `<h2>Experience</h2><div componentkey="entity-collection-item-1"><a href="/company/1/"><p>Designer</p><p>Larchwood Studio</p><p>2021 - Present</p></a></div>`,
      )}`,
    );
    const again = readProfile(filled, 'https://www.linkedin.com/in/ilsemarchetti/');
    expect(again.profile.experience).toEqual([{ title: 'Designer', company: 'Larchwood Studio', dates: '2021 - Present' }]);
    expect(isStillLoading(again)).toBe(false);
  });

  // Only with the real fixtures (CI); fixtures.test.ts says so when they are absent.
  it.each(REAL_DIR ? ['sdui-2026-self'] : [])('on the real self view (%s)', (name) => {
    const f = loadFixture(REAL_DIR as string, name);
    const r = readProfile(f.doc, f.expected.url);
    expect(r.missing).toEqual(expect.arrayContaining(['experience:loading', 'education:loading']));
    expect(isStillLoading(r)).toBe(true);
  });
});

describe('not-found pages', () => {
  it('name nobody and keep the requested profile URL', () => {
    const doc = parseHtml(
      `<main><div class="page-not-found"><h1>An exact match for <strong>Zed-Quill</strong> could not be found.</h1></div></main>`,
    );
    const r = readProfile(doc, 'https://www.linkedin.com/in/Zed-Quill/?trk=x');
    expect(r.generation).toBe('not-found');
    expect(r.profile.fullName).toBeNull();
    expect(r.profile.url).toBe('https://www.linkedin.com/in/zed-quill/');
    expect(ReadingSchema.safeParse(r).success).toBe(true);
  });
});

describe('card headings when anchors are gone', () => {
  // An Ember page whose card anchors (#experience, #education, #about) were renamed: only the
  // French headings are left to find the cards by.
  const card = (heading: string, body: string) =>
    `<section><div><h2><span aria-hidden="true">${heading}</span><span class="visually-hidden">${heading}</span></h2></div>${body}</section>`;
  const entity = (...lines: string[]) =>
    `<ul><li><div data-view-name="profile-component-entity"><div></div><div><div>${lines
      .map((l) => `<span aria-hidden="true">${l}</span>`)
      .join('')}</div></div></div></li></ul>`;
  const doc = parseHtml(`
    <section data-member-id="1"><a href="/in/elodie-durand/overlay/contact-info/">Coordonnées</a><h1>Élodie Durand</h1></section>
    ${card('Infos', '<div><span aria-hidden="true">Je dessine des ponts.</span></div>')}
    ${card('Expérience', entity('Ingénieure', 'Pontis · CDI', 'janv. 2020 - aujourd’hui · 5 ans'))}
    ${card('Formation', entity('École des Ponts', 'Diplôme d’ingénieur, Génie civil', '2014 - 2019'))}`);

  it('finds them by their French names', () => {
    const r = readProfile(doc, 'https://www.linkedin.com/in/elodie-durand/');
    expect(r.profile.about).toBe('Je dessine des ponts.');
    expect(r.profile.experience).toEqual([{ title: 'Ingénieure', company: 'Pontis', dates: 'janv. 2020 - aujourd’hui' }]);
    expect(r.profile.current).toEqual({ title: 'Ingénieure', company: 'Pontis' });
    expect(r.profile.education).toEqual([{ school: 'École des Ponts', degree: 'Diplôme d’ingénieur, Génie civil', dates: '2014 - 2019' }]);
  });
});
