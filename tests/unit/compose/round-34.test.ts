/**
 * r34: two new unseen sets (21: fashion, textiles and garments; 22: education), written by helpers who had not seen the
 * composer, scored blind before any fix at 2.65 and 2.60 of 5, none with all six scores at 4. What broke in general ways: goals
 * pasted as typed ("working towards Leave teaching…", "…in a knitwear factory or a buying/sourcing.", "progress from
 * Merchandiser to Senior Merchandiser", a goal in Portuguese and one in German); a bare "owner" ("I'm Jess, owner, going full
 * time"); titles in Italian, Portuguese and Turkish; offers to talk written "I am happy to do a short call" missed; posts about a
 * shop cat or a daughter's science fair opened drafts; "What convinced you that a big part of your job has been showing
 * parents?"; "you promoted to Head Teacher"; "I teach I'm Year Head"; "You also write that otsukaresama deshita".
 */
import { describe, expect, it } from 'vitest';
import { goal } from '../../../lib/compose/goals';
import { titleInEnglish } from '../../../lib/compose/glossary';
import { invitationIn, invitedName, headsOf } from '../../../lib/compose/invitation';
import { orgName } from '../../../lib/compose/names';
import { topicOf, withSubject } from '../../../lib/compose/clauses';
import { workBit } from '../../../lib/compose/compose-ask';
import { lineQuestion } from '../../../lib/compose/line-questions';
import { withArticle } from '../../../lib/compose/text';
import { foreignStretch, openingLanguage } from '../../../lib/settings/language';
import { UNSEEN_SETS, unseenDraft } from './unseen';

const [SET21, SET22] = [UNSEEN_SETS[20]!, UNSEEN_SETS[21]!];
const CHANNELS = ['message', 'connection-note'] as const;
const every = (set: typeof SET21, sender: string) => set.people.flatMap((p) => CHANNELS.map((ch) => ({ who: `${p.slug} ${ch}`, body: unseenDraft(p.slug, sender, ch).body })));

describe('a goal said as the sender means it', () => {
  it.each([
    // Leaving is no goal of its own: where they are heading is.
    ['Leave teaching in July 2027 and start retraining as a tailor. I\'m deciding between two routes.', 'retrain as a tailor'],
    ['want to leave bpo this year, 7 yrs na night shift and im so tired. plan is teach english online to japanese or korean students first then maybe open my own small tutorial center', 'teach English online to Japanese or Korean students'],
    ['To serve as a curriculum and assessment specialist for an international examination board.', 'become a curriculum and assessment specialist for an international examination board'],
    ['I respectfully wish to progress from Merchandiser to Senior Merchandiser within the next twelve months.', 'progress from merchandiser to senior merchandiser'],
    ['move from London to Manchester', 'move from London to Manchester'],
    // Too long: its date, then its last alternative, never "…or a buying/sourcing." cut before its noun.
    ['Get a 6-8 week internship for summer 2027 (May to July) in a knitwear factory or a buying/sourcing office, ideally in Bangladesh.', 'get a 6-8 week internship in a knitwear factory or a buying/sourcing office'],
  ])('%s → %s', (typed, said) => expect(goal(typed)?.text).toBe(said));

  it.each([
    'Nos próximos 12 meses quero encontrar 3-4 novas marcas clientes no Reino Unido e nos EUA, because our two biggest clients are leaving.',
    'Produkte mitentwickeln, die Kindern wirklich beim Lernen helfen – maybe product manager one day.',
  ])('a goal in another language it cannot say in English is unsaid: %s', (typed) => expect(goal(typed)).toBeNull());

  it('never pastes a goal typed in Portuguese or German into a draft', () => {
    for (const [set, sender] of [[SET21, 'beatriz-family-knitwear-factory'], [SET22, 'lena-grundschule-edtech']] as const) {
      for (const d of every(set, sender)) expect(d.body, d.who).not.toMatch(/próximos|quero|mitentwickeln|Kindern/);
    }
  });
});

describe('who the sender is, as a person says it', () => {
  it.each([
    ['Diretora Comercial', 'Commercial Director'],
    ['Responsabile Sviluppo Prodotto ed Export', 'Head of Product Development and Export'],
    ['Üretim Planlama Müdürü', 'Production Planning Manager'],
    ['Gerente de Producción', 'Production Manager'],
  ])('%s is %s', (title, english) => expect(titleInEnglish(title)).toBe(english));

  it('names a bare "owner" with the business, or as a business owner, never "Jess, owner,"', () => {
    for (const d of every(SET21, 'jess-vintage-reseller')) {
      expect(d.body, d.who).toMatch(/Jess(?: Moreno)?, (?:the owner of Second Spin Vintage|a business owner)/);
      expect(d.body, d.who).not.toMatch(/Jess(?: Moreno)?, owner\b|owner at/);
    }
  });

  it('never runs a clause of "what I do" into another: "I teach I\'m Year Head"', () => {
    expect(workBit("I teach Leaving Cert Higher Level maths and I'm Year Head for 3rd year", 'I was promoted to Head Teacher')).toBe('');
    for (const d of every(SET22, 'sinead-yearhead-to-dp')) expect(d.body, d.who).not.toMatch(/I teach I'm/);
  });

  it('says a word-like acronym as a word and keeps letters people write in capitals', () => {
    expect(withArticle('LINC instructor')).toBe('a LINC instructor');
    expect(withArticle('MBA student')).toBe('an MBA student');
    const drafts = SET22.people.map((p) => unseenDraft(p.slug, 'jomar-bpo-to-esl').body).join('\n');
    expect(drafts).not.toMatch(/\ban LINC\b|Vertex Bpo/);
  });

  it('drops a company\'s legal form in Peru and Turkey', () => {
    expect(orgName('Tejidos Misti S.A.C.')).toBe('Tejidos Misti');
    expect(orgName('Trakya Denim Konfeksiyon A.Ş.')).toBe('Trakya Denim Konfeksiyon');
  });
});

describe('their page, read as they wrote it', () => {
  it('finds an offer made as "I am happy to do a short call", and names its people as the sender is one', () => {
    const inv = invitationIn('If you are a textile engineering student or a young merchandiser/IE/QA person in Bangladesh thinking of moving into sustainability or compliance, I am happy to do a short call, usually Friday afternoons.');
    expect(inv?.quote).toMatch(/I am happy to do a short call$/);
    expect(invitedName(inv!.whom, headsOf('Merchandiser'))).toBe('young merchandisers in Bangladesh');
    expect(unseenDraft('farzana-haque-4a91b2203', 'rafiq-dhaka-merchandiser').body).toMatch(/your offer to young merchandisers in Bangladesh/);
  });

  it('never takes up an offer by a verb any offer uses ("hire", "keep")', () => {
    // An early-years founder's offer to teachers opening a centre is not for a primary teacher after an edtech job.
    expect(unseenDraft('akinyi-otieno-ecde', 'lena-grundschule-edtech').body).not.toMatch(/offer|so here I am/);
    expect(unseenDraft('thandeka-nkosi-learningsupport', 'sinead-yearhead-to-dp').body).not.toMatch(/offer|so here I am/);
    expect(unseenDraft('thandeka-nkosi-learningsupport', 'lily-tran-student-teacher').body).toMatch(/so here I am|your offer/);
  });

  it('opens on their work before their life outside it', () => {
    for (const s of ['jess-vintage-reseller', 'rafiq-dhaka-merchandiser']) expect(unseenDraft('callum-dewhurst-tailor', s).body).not.toMatch(/shop cat|Customers love her/);
    expect(unseenDraft('farzana-haque-4a91b2203', 'helen-teacher-to-tailor', 'connection-note').body).not.toMatch(/science fair/);
  });

  it.each([
    ['Promoted to Head Teacher in 2015', 'I was promoted to Head Teacher in 2015'],
    ['Led a department of 9 maths teachers', 'I led a department of 9 maths teachers'],
  ])('a CV line done to them is said so: %s', (line, said) => expect(withSubject(line)).toBe(said));

  it('asks what convinced them only of a view, never of an account of their own job', () => {
    expect(lineQuestion('A big part of my job has been showing parents, and sometimes teachers, that a child sorting bottle tops by colour is doing mathematics.')).not.toMatch(/big part of your job/);
    for (const s of SET22.senders) expect(unseenDraft('akinyi-otieno-ecde', s.id).body).not.toMatch(/convinced you that a big part/);
  });

  it('never says thanks in another language back as a reason, nor names a topic ending on "I\'ve"', () => {
    for (const s of SET22.senders) expect(unseenDraft('haruka-sato-ibdp', s.id).body).not.toMatch(/otsukaresama/i);
    expect(topicOf("Best and hardest decision I've made")).not.toMatch(/I've$/);
  });

  it('never quotes a short line that opens in Italian to a sender who writes none, and reads "Non-auditioned" as English', () => {
    expect(openingLanguage('Sono cresciuta tra i telai')).toBe('Italian');
    expect(openingLanguage('Non-auditioned community choir, 70+ members')).toBe('');
    expect(unseenDraft('giulia-ferraris-biella', 'rafiq-dhaka-merchandiser', 'connection-note').body).not.toMatch(/Sono cresciuta/);
  });

  it('never quotes a line in Spanish to a sender who writes none', () => {
    expect(foreignStretch('Eso no le dice nada al estudiante')?.language).toBe('Spanish');
    for (const s of ['lily-tran-student-teacher', 'sinead-yearhead-to-dp', 'mohamed-adel-formal']) expect(unseenDraft('javiera-munoz-saavedra', s, 'connection-note').body).not.toMatch(/Eso no le dice/);
  });

  it('never asks how they ended up where the line it quotes says they moved', () => {
    for (const s of ['lily-tran-student-teacher', 'sinead-yearhead-to-dp']) {
      const body = unseenDraft('haruka-sato-ibdp', s).body;
      expect(body).toMatch(/moving to international education|moved to international education/);
      expect(body).not.toMatch(/How did you end up at Rokko/);
      expect(body).toMatch(/^- What was hardest about that move\?$/m);
    }
  });

  it('never cuts what the sender does inside its brackets', () => {
    expect(unseenDraft('haruka-sato-ibdp', 'mohamed-adel-formal').body).not.toMatch(/\(Years|\(\w[^)]*,\s+so\b/);
  });

  it('asks no one how they studied for a standard their factory is certified to', () => {
    expect(unseenDraft('farzana-haque-4a91b2203', 'rafiq-dhaka-merchandiser').body).not.toMatch(/studying for your (?:ZDHC|GOTS)/);
    expect(unseenDraft('farzana-haque-4a91b2203', 'beatriz-family-knitwear-factory').body).not.toMatch(/studying for your/);
  });
});
