/**
 * A page partly in another language bears on a goal typed in English by its work words (glossary.ts), and a draft in English
 * names a job title in English (in-english.ts). From set 11's blind review (s24): a customs broker's invitation in Spanish, to
 * an import coordinator moving to a customs agency, was read as nothing that bears on her goal; "As an agente aduanal, …",
 * "your work as a pedagogisk leder" and "marceneiro and owner" were left untranslated.
 */
import { describe, expect, it } from 'vitest';
import { glossOf } from '../../../lib/compose/glossary';
import { titlesInEnglish } from '../../../lib/compose/in-english';
import { relevance, terms } from '../../../lib/compose/meaning';
import { unseenDraft, unseenPerson } from './unseen';

describe('work words of other languages', () => {
  it.each([
    ['aduanal', ['customs']],
    ['Importadora', []], // keys are lower case: terms() lowers every word before it asks
    ['importadora', ['import']],
    ['agência', ['agency']],
    ['barnehagelærer', ['preschool', 'teacher']],
    ['Übersetzer'.toLowerCase(), ['translator']],
    ['infirmière', ['nurse']],
    ['customs', []],
    ['bridge', []],
  ])('%s → %j', (word, english) => expect(glossOf(word)).toEqual(english));

  it('a Spanish line on moving from an importer to a customs agency bears on that goal typed in English', () => {
    const line = 'Si trabajas en comercio exterior en una empresa importadora y estás pensando en pasarte a una agencia aduanal, escríbeme.';
    expect(relevance(terms('move from the importer side to a customs agency'), line)).toBeGreaterThanOrEqual(3);
    // The page's own words are kept too: the quote is theirs.
    expect(terms(line).stems.has('aduan')).toBe(true);
  });
});

describe('job titles in English', () => {
  it('each part of a title with parts, whole titles only', () => {
    const p = titlesInEnglish(unseenPerson('hector-garza-agente-aduanal'));
    expect(p.current?.title).toBe('Customs Broker / Managing Partner');
    expect(p.experience.map((e) => e.title)).toContain('Tariff Classifier');
    // "Tramitador" has no English title of its own: it stays as the page says it.
    expect(p.experience.map((e) => e.title)).toContain('Tramitador');
  });
  it('a title already in English is the same profile', () => {
    const p = unseenPerson('jihye-park-ux-research');
    expect(titlesInEnglish(p)).toBe(p);
  });
  it.each([
    ['hector-garza-agente-aduanal', 'aroha', /agente aduanal/i],
    ['ingrid-solheim-barnehage', 'aroha', /pedagogisk leder/i],
    ['rui-figueiredo-luthier-coimbra', 'renata', /marceneiro/i],
  ])('%s, from %s: no untranslated title in the draft', (slug, sender, title) => {
    const d = unseenDraft(slug, sender);
    expect(d.body).not.toMatch(title);
  });
});

describe('the customs broker who invites people at importers', () => {
  const d = unseenDraft('hector-garza-agente-aduanal', 'renata');
  it('the draft takes him up on it, the popup calls the fit good, and the questions are his to answer', () => {
    expect(d.body).toMatch(/^I'm taking you up on your offer to talk\./m);
    expect(d.fit.level).toBe('good');
    expect(d.body).toMatch(/^- What would you tell an import coordinator who wants to move into a customs agency\?$/m);
  });
  it('a note says so too', () => {
    expect(unseenDraft('hector-garza-agente-aduanal', 'renata', 'connection-note').body).toMatch(/^Hi Héctor, I'm taking you up on your offer to talk\. I'm Renata, /);
  });
});
